import Foundation
import GradePortTesting
import Testing

/// Issue 11, as a new user tries it: two schools' journals of a class `7А`, each with its own
/// `Иванов Иван Петрович`, stay two classes and two children with their own marks in `convert`,
/// the store and `report`; without a school a warning names the risk.
@Suite struct SchoolScopeEndToEndTests {
    /// Two schools' folders with a journal of 7А Математика each, removed when the test ends.
    final class City {
        let folder = GradePortProcess.temporaryFolder()
        var store: String { folder + "/city.sqlite" }
        let first = "Школа 1/7А Математика.csv"
        let second = "Школа 2/7А Математика.csv"

        init() throws {
            try write(first, ["Иванов Иван Петрович,18,17,22", "Серікқызы Аружан Болатқызы,15,14,20"])
            try write(second, ["Иванов Иван Петрович,9,10,12", "Ким Алексей Викторович,11,12,13"])
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        private func write(_ name: String, _ rows: [String]) throws {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try (["ФИО,СОР 1 (20),СОР 2 (20),СОЧ (25)"] + rows).joined(separator: "\n").appending("\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String]) throws -> GradePortProcess.Run {
            try GradePortProcess.run(arguments, in: folder)
        }

        func json(_ arguments: [String]) throws -> (GradePortProcess.Run, [String: Any]) {
            let run = try run(arguments)
            let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
            return (run, json ?? [:])
        }
    }

    static func records(_ json: [String: Any], _ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }

    /// `person id → [assessment title: score]` from gradeport/1 JSON.
    static func marks(_ json: [String: Any]) -> [String: [String: Int]] {
        let titles = Dictionary(
            uniqueKeysWithValues: records(json, "assessments").map { ($0["id"] as! String, $0["title"] as! String) })
        var marks: [String: [String: Int]] = [:]
        for result in records(json, "results") {
            marks[result["person"] as! String, default: [:]][titles[result["assessment"] as! String]!] =
                (result["score"] as? NSNumber)?.intValue
        }
        return marks
    }

    @Test func convertWithSchoolFromFolderKeepsTwoClassesAndTwoChildren() throws {
        let city = try City()
        let (run, json) = try city.json(["convert", city.first, city.second, "--school-from-folder", "--to", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!run.standardError.contains("warning:"), "\(run.standardError)")
        #expect(Self.records(json, "schools").map { $0["name"] as? String } == ["Школа 1", "Школа 2"])
        #expect(Self.records(json, "sources").map { $0["school"] as? String } == ["school:школа 1", "school:школа 2"])
        let classes = Self.records(json, "classes")
        #expect(classes.map { $0["id"] as? String } == ["journal:class:7А@школа 1", "journal:class:7А@школа 2"])
        #expect(classes.map { $0["school"] as? String } == ["school:школа 1", "school:школа 2"])
        let marks = Self.marks(json)
        #expect(marks["journal:7А:иванов иван петрович@школа 1"] == ["СОР 1": 18, "СОР 2": 17, "СОЧ": 22])
        #expect(marks["journal:7А:иванов иван петрович@школа 2"] == ["СОР 1": 9, "СОР 2": 10, "СОЧ": 12])
        #expect(Self.records(json, "people").count == 4)
        #expect(run.standardError.contains("0 results agreed, 0 conflicted"))
    }

    @Test func convertWithoutASchoolWarnsAndSaysHowToFixIt() throws {
        let city = try City()
        let run = try city.run(["convert", city.first, city.second, "--to", "json"])
        #expect(run.status == 0)
        #expect(
            run.standardError.contains(
                "Школа 2/7А Математика.csv: warning: class 7А is also in Школа 1/7А Математика.csv, from another "
                    + "folder, and neither input names its school"))
        #expect(run.standardError.contains("give --school-from-folder"))
        #expect(run.standardError.contains("[unscoped-input]"))
    }

    @Test func schoolAndSchoolFromFolderTogetherAreAUsageErrorForConvert() throws {
        let city = try City()
        let run = try city.run(["convert", city.first, "--school", "Школа 1", "--school-from-folder"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--school and --school-from-folder"))
        let blank = try city.run(["convert", city.first, "--school", " "])
        #expect(blank.status == 2)
        #expect(blank.standardError.contains("--school needs a school name or a 12-digit BIN"))
    }

    @Test func importWithSchoolKeepsTwoChildrenInTheStoreHistoryAndReport() throws {
        let city = try City()
        let one = try city.run(["import", city.first, "--school", "Школа 1", "--store", city.store])
        #expect(one.status == 0, "\(one.standardError)")
        let two = try city.run(["import", city.second, "--school", "123456789012", "--store", city.store])
        #expect(two.status == 0, "\(two.standardError)")
        let history = try city.run(["history", "--json", "--store", city.store])
        let imports =
            (try JSONSerialization.jsonObject(with: Data(history.standardOutput.utf8)) as? [String: Any])?["imports"]
            as? [[String: Any]] ?? []
        #expect(imports.map { $0["school"] as? String } == ["Школа 1", "123456789012"])
        let text = try city.run(["history", "--store", city.store])
        #expect(text.standardOutput.contains("Школа 1/7А Математика.csv  (school Школа 1)"))

        let (_, exported) = try city.json(["export", "--to", "json", "--store", city.store])
        #expect(Self.records(exported, "classes").count == 2)
        let marks = Self.marks(exported)
        #expect(marks["journal:7А:иванов иван петрович@школа 1"]?["СОЧ"] == 22)
        #expect(marks["journal:7А:иванов иван петрович@bin:123456789012"]?["СОЧ"] == 12)

        let (report, json) = try city.json(["report", "--store", city.store, "--format", "json"])
        #expect(report.status == 0, "\(report.standardError)")
        let rows = (json["rows"] as? [[String: Any]] ?? []).filter {
            ($0["student"] as? [String: Any])?["fullName"] as? String == "Иванов Иван Петрович"
        }
        #expect(rows.count == 2)
        // --school selects one school's classes in the store.
        let (filtered, only) = try city.json([
            "report", "--store", city.store, "--format", "json", "--school", "школа 1",
        ])
        #expect(filtered.status == 0, "\(filtered.standardError)")
        let names = (only["rows"] as? [[String: Any]] ?? []).compactMap {
            ($0["student"] as? [String: Any])?["fullName"] as? String
        }
        #expect(Set(names) == ["Иванов Иван Петрович", "Серікқызы Аружан Болатқызы"])
        let unknown = try city.run(["report", "--store", city.store, "--school", "Школа 9"])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("no school 'Школа 9'"))
        #expect(unknown.standardError.contains("the store has: 123456789012, Школа 1"))
    }

    @Test func reportBySchoolFromFoldersGivesEachSchoolsSummary() throws {
        let city = try City()
        let (run, json) = try city.json([
            "report", city.first, city.second, "--school-from-folder", "--by", "school", "--format", "json",
            "--school-year", "2025-2026",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let schools = json["schools"] as? [[String: Any]] ?? []
        #expect(schools.map { $0["school"] as? String } == ["Школа 1", "Школа 2"])
        #expect(schools.map { $0["students"] as? Int } == [2, 2])
        #expect(schools.map { $0["quality"] as? Int } == [100, 0])
        let rows = json["rows"] as? [[String: Any]] ?? []
        #expect(rows.compactMap { $0["school"] as? String } == ["Школа 1", "Школа 1", "Школа 2", "Школа 2"])
        // With the folders as schools, --school selects one.
        let (one, only) = try city.json([
            "report", city.first, city.second, "--school-from-folder", "--school", "Школа 2", "--format", "json",
            "--school-year", "2025-2026",
        ])
        #expect(one.status == 0, "\(one.standardError)")
        let names = (only["rows"] as? [[String: Any]] ?? []).compactMap {
            ($0["student"] as? [String: Any])?["fullName"] as? String
        }
        #expect(names == ["Иванов Иван Петрович", "Ким Алексей Викторович"])
        let html = try city.run([
            "report", city.first, city.second, "--school-from-folder", "--by", "city", "--format", "html",
            "--school-year", "2025-2026",
        ])
        #expect(html.standardOutput.contains("<h2>Город: все школы</h2>"))
        #expect(html.standardOutput.contains("<td>Все школы, 7 классы</td>"))
    }

    @Test func aJournalsSchoolLineScopesItWithoutAnyOption() throws {
        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Школа: Гимназия №1\nФИО,СОР 1 (20),СОЧ (25)\nИванов Иван Петрович,18,22\n".write(
            toFile: folder + "/a 7А Математика.csv", atomically: true, encoding: .utf8)
        try "Мектеп:,№2 мектеп-гимназия\nБИН: 123456789012\nФИО,СОР 1 (20),СОЧ (25)\nИванов Иван Петрович,9,12\n"
            .write(toFile: folder + "/b 7А Математика.csv", atomically: true, encoding: .utf8)
        let run = try GradePortProcess.run(
            ["convert", "a 7А Математика.csv", "b 7А Математика.csv", "--to", "json", "--verbose"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any] ?? [:]
        #expect(
            Self.records(json, "schools").map { "\($0["id"] ?? "") \($0["name"] ?? "") \($0["bin"] ?? "-")" } == [
                "school:гимназия №1 Гимназия №1 -", "school:bin:123456789012 №2 мектеп-гимназия 123456789012",
            ])
        #expect(
            Self.records(json, "classes").map { $0["id"] as? String } == [
                "journal:class:7А@гимназия №1", "journal:class:7А@bin:123456789012",
            ])
        let marks = Self.marks(json)
        #expect(marks["journal:7А:иванов иван петрович@гимназия №1"] == ["СОР 1": 18, "СОЧ": 22])
        #expect(marks["journal:7А:иванов иван петрович@bin:123456789012"] == ["СОР 1": 9, "СОЧ": 12])
        #expect(
            run.standardError.contains(
                "b 7А Математика.csv: info: school '№2 мектеп-гимназия' taken from the rows above the header"))
    }

    /// The merge sample (one school on three platforms): `report --by school` gives its summary.
    @Test func reportBySchoolOnTheMergeSamples() throws {
        let root = Fixtures(testFile: #filePath).packageRoot
        let inputs = ["kundelik-7A-dump.json", "7А Математика 2-тоқсан.csv", "bilimclass-7A-nurlanov.json"].map {
            root + "/Samples/Merge/" + $0
        }
        let run = try GradePortProcess.run(["report"] + inputs + ["--by", "school", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any] ?? [:]
        #expect(json["by"] as? String == "school")
        let schools = json["schools"] as? [[String: Any]] ?? []
        #expect(schools.count == 1)
        #expect(schools.first?["school"] as? String == "КГУ «Школа-гимназия №12»")
        #expect(schools.first?["grade"] as? Int == 7)
        #expect(schools.first?["term"] as? String == "2025-2026/Q2")
        #expect(schools.first?["students"] as? Int == 14)
        #expect((schools.first?["quality"] as? NSNumber)?.stringValue == "71.43")
        #expect(schools.first?["progress"] as? Int == 100)
        #expect(schools.first?["platformMarkDifferences"] as? Int == 2)
    }
}
