import Foundation
import GradePortTesting
import Testing

/// `gradeport report` run as a user would: every format, filters, policies, and bad options.
@Suite struct ReportCommandTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let quarter = fixtures.sample("OnlineMektep/7А Математика 1 четверть.csv")
    static let journal = fixtures.sample("Journal/7Б алгебра 3 ч.csv")

    @Test func helpHasExamples() throws {
        let run = try GradePortProcess.run(["report", "--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Examples:"))
        #expect(run.standardOutput.contains("--policy <kz|FILE>"))
    }

    @Test func theTableIsTheDefault() throws {
        let run = try GradePortProcess.run(["report", Self.quarter])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("7А · Математика · 1 четверть 2025-2026"))
        #expect(
            run.standardOutput.contains(
                "  10  Петров Дмитрий Андреевич            75     76     80   77,75       4          4"))
        #expect(run.standardError.contains("gradeport: report: 12 row(s), 1 class summary(ies)"))
    }

    @Test func jsonFollowsTheContract() throws {
        let run = try GradePortProcess.run(["report", Self.quarter, "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "gradeport-report/1")
        #expect((object["policy"] as? [String: Any])?["id"] as? String == "kz")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 12)
        let petrov = try #require(
            rows.first { ($0["student"] as? [String: Any])?["fullName"] as? String == "Петров Дмитрий Андреевич" })
        #expect(petrov["class"] as? String == "7А")
        #expect(petrov["subject"] as? String == "Математика")
        #expect(petrov["term"] as? String == "2025-2026/Q1")
        #expect((petrov["totalPercent"] as? NSNumber)?.stringValue == "77.75")
        #expect(petrov["mark"] as? Int == 4)
        #expect((petrov["warnings"] as? [String]) == [])
        #expect((object["classes"] as? [[String: Any]])?.count == 1)
    }

    @Test func csvHasOneLinePerRow() throws {
        let run = try GradePortProcess.run(["report", Self.quarter, "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 13)
        #expect(lines[0].hasPrefix("student_id,student,class,subject,term,formative_percent,"))
        #expect(
            lines.contains {
                $0.contains(",Петров Дмитрий Андреевич,7А,Математика,2025-2026/Q1,75,76,80,77.75,78,4,,4,,")
            })
    }

    @Test func csvForExcelHasABOMSemicolonsAndDecimalCommas() throws {
        let run = try GradePortProcess.run(["report", Self.quarter, "--format", "csv", "--excel"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("\u{FEFF}student_id;student;class;subject;term;formative_percent;"))
        let lines = run.standardOutput.components(separatedBy: "\r\n")
        #expect(lines.count == 14)  // 13 lines, each ended by CRLF
        #expect(lines.last == "")
        #expect(
            lines.contains {
                $0.contains(";Петров Дмитрий Андреевич;7А;Математика;2025-2026/Q1;75;76;80;77,75;78;4;;4;;")
            })
    }

    @Test func xlsxGoesToTheFileNamed() throws {
        let folder = GradePortProcess.temporaryFolder()
        let run = try GradePortProcess.run(["report", Self.quarter, "--format", "xlsx", "-o", folder + "/7A.xlsx"])
        #expect(run.status == 0)
        #expect(run.standardOutput.isEmpty)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/7A.xlsx")))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(run.standardError.contains("gradeport: report: 12 row(s), 1 class summary(ies)"))
    }

    @Test func htmlGoesToTheFileNamed() throws {
        let folder = GradePortProcess.temporaryFolder()
        let run = try GradePortProcess.run(["report", Self.quarter, "--format", "html", "-o", folder + "/7A.html"])
        #expect(run.status == 0)
        #expect(run.standardOutput.isEmpty)
        let html = try String(contentsOfFile: folder + "/7A.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["7A.html"])
    }

    @Test func thePolicyFileOfTheBuiltInPolicyGivesTheSameReport() throws {
        let builtIn = try GradePortProcess.run(["report", Self.quarter, "--format", "json"])
        for file in ["kz.yaml", "kz.json"] {
            let path = Self.fixtures.packageRoot + "/docs/policies/" + file
            let fromFile = try GradePortProcess.run(["report", Self.quarter, "--format", "json", "--policy", path])
            #expect(fromFile.status == 0)
            #expect(fromFile.standardOutput == builtIn.standardOutput)
        }
    }

    @Test func aSchoolPolicyChangesTheMarks() throws {
        let path = Self.fixtures.packageRoot + "/docs/policies/school-example.yaml"
        let run = try GradePortProcess.run(["report", Self.quarter, "--format", "json", "--policy", path])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("\"policy\":{\"id\":\"school-example\""))
    }

    @Test func filtersAndTheSchoolYearOption() throws {
        let run = try GradePortProcess.run(
            ["report", Self.journal, "--school-year", "2025-2026", "--class", "7Б", "--term", "Q3", "--format", "csv"])
        // The journal has two rejected cells: the report is written and the status says so.
        #expect(run.status == 1)
        #expect(run.standardError.contains("[invalid-score]"))
        #expect(run.standardOutput.split(separator: "\n").count == 5)
        #expect(run.standardOutput.contains("the rules of 2025-2026 were used (--school-year)"))
    }

    @Test func aMissingInputExitsWithThreeAndStillWritesTheReport() throws {
        let run = try GradePortProcess.run(["report", Self.quarter, "/no/such/8Б.csv", "--format", "csv"])
        #expect(run.status == 3)
        #expect(run.standardError.contains("/no/such/8Б.csv: error: no such file or folder [unreadable-input]"))
        #expect(run.standardOutput.split(separator: "\n").count == 13)
    }

    @Test(arguments: [
        (["report"], "name at least one export file or folder"),
        (["report", "x.csv", "--format", "pdf"], "--format"),
        (
            ["report", "x.csv", "--school-year", "2025"],
            "--school-year must be a school year like 2025-2026, found '2025'"
        ),
        (
            ["report", "x.csv", "--policy", "/no/such/policy.yaml"],
            "/no/such/policy.yaml:1:1: error: the policy file cannot be read"
        ),
        (["report", "x.csv", "--platform", "moodle"], "unknown platform 'moodle'"),
        (["report", "x.csv", "--format", "html", "--excel"], "--excel applies to --format csv only"),
        (["report", "x.csv", "--excel"], "--excel applies to --format csv only"),
        (["report", "x.csv", "--format", "xlsx", "--excel"], "--excel applies to --format csv only"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], message: String) throws {
        let run = try GradePortProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }

    @Test func aFilterThatNamesNothingExitsWithTwo() throws {
        let run = try GradePortProcess.run(["report", Self.quarter, "--class", "8В"])
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("gradeport: error: --class: no class in the inputs is '8В'; classes: 7А"))
    }

    @Test func aBadPolicyFileStopsTheRunBeforeAnyInputIsRead() throws {
        let folder = GradePortProcess.temporaryFolder()
        let path = folder + "/policy.yaml"
        try "id: school\nrules:\n  - from: 2020-2021\n    weights: {ФО: 25, СОР: 25, СОЧ: 40}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let run = try GradePortProcess.run(["report", "/no/such/input.csv", "--policy", path])
        #expect(run.status == 2)
        #expect(run.standardError == "\(path):4:14: error: the weights must add up to 100, found 25 + 25 + 40 = 90\n")
    }
}
