import Foundation
import GradePortTesting
import Testing

/// `--profile FILE` on `detect`, `convert` and `platforms`, run as a user would.
@Suite struct ProfileCommandTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let journal = fixtures.packageRoot + "/Samples/Journal/"
    static let profile = journal + "school-42-profile.yaml"
    static let schoolFile = journal + "7Б алгебра 3 ч.csv"

    @Test func detectPicksTheUsersProfile() throws {
        let run = try GradePortProcess.run(["detect", Self.schoolFile, "--profile", Self.profile, "--json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let input = try #require((object?["inputs"] as? [[String: Any]])?.first)
        #expect(input["platform"] as? String == "school-42")
        #expect(input["confidence"] as? Int == 75)
    }

    @Test func detectPicksTheGenericJournalWhenNoPlatformClaimsTheTable() throws {
        let run = try GradePortProcess.run(["detect", Self.journal + "7А Математика 2 четверть.csv"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(": journal journal-table (confidence 60"))
    }

    @Test func convertReadsWithTheProfile() throws {
        let run = try GradePortProcess.run(["convert", Self.schoolFile, "--profile", Self.profile, "--to", "csv"])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 16)
        #expect(
            lines.contains {
                $0.hasPrefix("Байжанов Айдос,school-42:7Б:байжанов айдос,,7Б,Алгебра,2025-2026/Q3,СОР2,")
                    && $0.contains(",absent,б/п,")
            })
        #expect(run.standardError.contains("4 student(s), 4 assessment(s), 15 result(s); 0 error(s)"))
    }

    @Test func platformAndProfileMustAgree() throws {
        let clash = try GradePortProcess.run(
            ["convert", Self.schoolFile, "--profile", Self.profile, "--platform", "journal"])
        #expect(clash.status == 2)
        #expect(clash.standardError.contains("--platform 'journal' and --profile (platform 'school-42')"))
        let same = try GradePortProcess.run(
            ["convert", Self.schoolFile, "--profile", Self.profile, "--platform", "school-42", "--to", "csv"])
        #expect(same.status == 0)
    }

    /// A profile error stops the run before any input is read: exit 2, `FILE:LINE:COLUMN: error:`.
    @Test(arguments: [
        ("typo-key.yaml", ":3:1: error: unknown key 'colums' (did you mean 'columns'?)"),
        ("wrong-type.yaml", ":4:11: error: 'header.search' must be a whole number, found 'many'"),
        ("invalid-regex.yaml", ":6:14: error: '[СОР' is not a valid regular expression"),
        ("unknown-kind.yaml", ":7:11: error: 'assessments.kind' cannot be 'summative'"),
    ])
    func profileErrorsExitWithTwo(_ name: String, _ message: String) throws {
        let path = Self.journal + "bad/" + name
        for command in ["convert", "detect"] {
            let run = try GradePortProcess.run([command, Self.schoolFile, "--profile", path])
            #expect(run.status == 2)
            #expect(run.standardOutput.isEmpty)
            #expect(run.standardError.hasPrefix(path + message), "\(run.standardError)")
        }
    }

    @Test func missingProfileFileExitsWithTwo() throws {
        let run = try GradePortProcess.run(["convert", Self.schoolFile, "--profile", "/no/such/profile.yaml"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("/no/such/profile.yaml:1:1: error: the profile file cannot be read"))
    }

    @Test func aProfileWithABuiltInIDReplacesItAndSaysSo() throws {
        let folder = GradePortProcess.temporaryFolder()
        let path = folder + "/my-journal.yaml"
        let yaml = """
            id: my-journal
            name: My journal
            platform: journal
            columns: {surname: [Фамилия], given: [Имя], ignore: [№, Примечание]}
            words: {absent: [б/п]}
            ignoreRows: [Среднее]
            """
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try GradePortProcess.run(["convert", Self.schoolFile, "--profile", path, "--to", "csv"])
        #expect(run.status == 0)
        #expect(
            run.standardError.contains("my-journal.yaml: note: the profile's platform id 'journal' is a built-in one"))
        let listed = try GradePortProcess.run(["platforms", "--profile", path])
        #expect(listed.standardOutput.contains("journal  My journal  (profile, \(path))"))
        #expect(!listed.standardOutput.contains("Journal table (generic)"))
    }

    @Test func platformsListsProfilesWithTheirSource() throws {
        let run = try GradePortProcess.run(["platforms", "--json", "--profile", Self.profile])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let platforms = try #require(object?["platforms"] as? [[String: Any]])
        let school = try #require(platforms.first { $0["id"] as? String == "school-42" })
        #expect(school["profile"] as? Bool == true)
        #expect(school["source"] as? String == Self.profile)
        let journal = try #require(platforms.first { $0["id"] as? String == "journal" })
        #expect(journal["source"] as? String == "built-in")
        #expect(platforms.first { $0["id"] as? String == "teams" }?["profile"] as? Bool == false)
        let text = try GradePortProcess.run(["platforms"])
        #expect(text.standardOutput.contains("journal  Journal table (generic)  (profile, built-in)"))
    }

    /// The platforms that read with a shipped profile are marked as built-in profiles, as the
    /// generic `journal` is; the compiled adapters are not.
    @Test func platformsMarksTheShippedProfilesAsProfiles() throws {
        let run = try GradePortProcess.run(["platforms", "--json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let platforms = try #require(object?["platforms"] as? [[String: Any]])
        let marked = platforms.filter { $0["profile"] as? Bool == true }
        #expect(marked.compactMap { $0["id"] as? String } == ["onlinemektep", "bilimland", "opiq", "journal"])
        #expect(marked.allSatisfy { $0["source"] as? String == "built-in" })
        #expect(platforms.filter { $0["profile"] as? Bool == false }.count == platforms.count - 4)
        let text = try GradePortProcess.run(["platforms"]).standardOutput
        #expect(text.contains("onlinemektep  OnlineMektep  (profile, built-in)\n"))
        #expect(text.contains("bilimland  Bilim Land  (profile, built-in)\n"))
        #expect(text.contains("opiq  Opiq  (profile, built-in)\n"))
        #expect(text.contains("kundelik  Kundelik\n"))
    }

    /// A school copies a shipped profile, renames one heading for its variant export, and converts
    /// with `--profile`: no rebuild.
    @Test func editedCopiesOfTheBilimLandAndOpiqProfilesReadVariantExports() throws {
        let folder = GradePortProcess.temporaryFolder()
        let adapters = Self.fixtures.packageRoot + "/Adapters/"

        let bilimLand = try String(contentsOfFile: adapters + "BilimLand/bilimland.yaml", encoding: .utf8)
        #expect(bilimLand.contains("score: [Балл,"))
        try bilimLand.replacingOccurrences(of: "score: [Балл,", with: "score: [Итого баллов, Балл,")
            .write(toFile: folder + "/my-bilimland.yaml", atomically: true, encoding: .utf8)
        try """
        Bilim Land — результаты тестирования
        Класс: 7А
        Ученик,Предмет,Тест,Четверть,Дата,Попытка,Итого баллов,Макс. балл
        Нурланулы Ерасыл,Математика,СОР 1. Рациональные числа,1,19.09.2025,1,3,10
        Нурланулы Ерасыл,Математика,СОР 1. Рациональные числа,1,25.09.2025,2,8,10
        Иванова Мария Петровна,Математика,СОР 1. Рациональные числа,1,19.09.2025,1,9,10

        """.write(toFile: folder + "/7А тесты.csv", atomically: true, encoding: .utf8)
        let long = try GradePortProcess.run([
            "convert", folder + "/7А тесты.csv", "--profile", folder + "/my-bilimland.yaml", "--to", "csv",
        ])
        #expect(long.status == 0, "\(long.standardError)")
        let longLines = long.standardOutput.split(separator: "\n")
        #expect(longLines.contains { $0.hasPrefix("Нұрланұлы Ерасыл") || $0.hasPrefix("Нурланулы Ерасыл") })
        #expect(longLines.contains { $0.contains("СОР 1. Рациональные числа") && $0.contains(",8,10,") })
        #expect(!longLines.contains { $0.contains(",3,10,") }, "the first attempt is superseded")
        #expect(long.standardError.contains("2 student(s), 1 assessment(s), 2 result(s); 0 error(s)"))

        let opiq = try String(contentsOfFile: adapters + "Opiq/opiq.yaml", encoding: .utf8)
        #expect(opiq.contains("comment: [Комментарий,"))
        try opiq.replacingOccurrences(of: "comment: [Комментарий,", with: "comment: [Замечание учителя, Комментарий,")
            .write(toFile: folder + "/my-opiq.yaml", atomically: true, encoding: .utf8)
        try """
        Opiq — результаты учеников
        Класс: 7А | Учебник: Математика, 7 класс
        Ученик,СОР 1,Замечание учителя,Самостоятельная работа,Замечание учителя,Проект
        Ахметов Нұрлан Серікұлы,60%,Повтори правила знаков,4+,,B
        Иванова Мария Петровна,95%,,,Молодец,5-

        """.write(toFile: folder + "/7А Математика Opiq.csv", atomically: true, encoding: .utf8)
        let wide = try GradePortProcess.run([
            "convert", folder + "/7А Математика Opiq.csv", "--profile", folder + "/my-opiq.yaml", "--to", "csv",
        ])
        #expect(wide.status == 0, "\(wide.standardError)")
        let wideLines = wide.standardOutput.split(separator: "\n")
        #expect(wideLines.contains { $0.contains("Повтори правила знаков") && $0.contains(",60,100,") })
        #expect(
            wideLines.contains { $0.contains("Самостоятельная работа") && $0.contains(",4,5,") && $0.contains("4+") })
        #expect(wideLines.contains { $0.contains("Молодец") && $0.contains("submitted") })
        #expect(wideLines.contains { $0.contains("Проект") && $0.contains("submitted") && $0.contains(",B,") })
        #expect(wide.standardError.contains("0 error(s)"))
    }
}
