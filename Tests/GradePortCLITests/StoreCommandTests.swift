import Foundation
import GradePortTesting
import Testing

@testable import GradeStore

/// `gradeport import`, `history`, `undo` and `export` run as a user would, on the samples and on
/// journal tables written here, each test with its own store in a temporary folder.
@Suite struct StoreCommandTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let samples = fixtures.packageRoot + "/Samples/"

    /// A temporary folder with a store path in it, removed when the test ends.
    final class Workspace {
        let folder = GradePortProcess.temporaryFolder()
        var store: String { folder + "/gradeport.sqlite" }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// Runs gradeport with `--store` pointing into the folder (unless `store` is false).
        func run(_ arguments: [String], store: Bool = true) throws -> GradePortProcess.Run {
            try GradePortProcess.run(arguments + (store ? ["--store", self.store] : []), in: folder)
        }

        /// Writes a journal table (the generic profile reads it) and returns its path.
        func journal(_ name: String, _ rows: [String]) throws -> String {
            let path = folder + "/" + name
            try (["ФИО,СОР 1 (20),СОР 2 (20),СОЧ (25)"] + rows).joined(separator: "\n")
                .appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        /// The store's history as JSON objects.
        func history() throws -> [[String: Any]] {
            let run = try run(["history", "--json"])
            let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
            return json?["imports"] as? [[String: Any]] ?? []
        }

        /// The store exported as gradeport/1 JSON text.
        func exported(_ filters: [String] = []) throws -> String {
            try run(["export", "--to", "json"] + filters).standardOutput
        }

        /// The store file's bytes.
        func bytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: store)) }
    }

    static let class7A = [
        "Серікқызы Аружан Болатқызы,18,17,22", "Нұрланұлы Ерасыл Асқарұлы,15,,20", "Иванова Мария Петровна,н,19,24",
    ]

    @Test func importingTwoPlatformsThenTheSameFileAgainChangesNothing() throws {
        let workspace = Workspace()
        let teams = Self.samples + "Teams/7A-grades.csv"
        let kundelik = Self.samples + "Kundelik/7A-api-dump.json"
        let first = try workspace.run(["import", teams, kundelik])
        #expect(first.status == 0)
        #expect(first.standardOutput.contains("import 1: \(teams) (teams grades-csv): 55 added, 0 changed"))
        #expect(first.standardOutput.contains("import 2: \(kundelik) (kundelik api-dump): 36 added, 0 changed"))
        let exported = try workspace.exported()

        let again = try workspace.run(["import", teams])
        #expect(again.status == 0)
        #expect(again.standardOutput == "\(teams): already imported as import 1 (same SHA-256); nothing to do\n")
        #expect(try workspace.history().count == 2)
        #expect(try workspace.exported() == exported)
    }

    @Test func aNewerExportChangesValuesAndUndoBringsThemBack() throws {
        let workspace = Workspace()
        let first = try workspace.journal("7А Физика 2 четверть.csv", Self.class7A)
        #expect(try workspace.run(["import", first]).status == 0)
        let before = try workspace.exported()

        let newer = try workspace.journal(
            "7А Физика 2 четверть (обновлено).csv",
            [
                "Серікқызы Аружан Болатқызы,18,17,23", "Нұрланұлы Ерасыл Асқарұлы,15,14,20",
                "Иванова Мария Петровна,16,19,24",
            ])
        let run = try workspace.run(["import", newer])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(": 1 added, 2 changed, 6 unchanged, 0 rejected"))
        let detail = try workspace.run(["history", "2"])
        #expect(
            detail.standardOutput.contains(
                "  change Серікқызы Аружан Болатқызы — СОЧ: 22/25 → 23/25 (was from import 1)\n"))
        #expect(
            detail.standardOutput.contains(
                "  change Иванова Мария Петровна — СОР 1: absent (н) → 16/20 (was from import 1)\n"))
        #expect(detail.standardOutput.contains("6 result(s) given again with the same value"))

        let undo = try workspace.run(["undo", "2"])
        #expect(undo.status == 0)
        #expect(undo.standardOutput.hasPrefix("undid import 2 ("))
        #expect(undo.standardOutput.contains("1 result(s) removed, 8 restored"))
        #expect(try workspace.exported() == before)
        let history = try workspace.history()
        #expect(history.map { $0["kind"] as? String } == ["import", "import", "undo"])
        #expect(history[1]["undoneBy"] as? Int == 3)
        #expect(history[2]["undoes"] as? Int == 2)
    }

    @Test func undoIsRefusedWhileALaterImportChangedItsResults() throws {
        let workspace = Workspace()
        let first = try workspace.journal("7А Физика 2 четверть.csv", Self.class7A)
        _ = try workspace.run(["import", first])
        let newer = try workspace.journal(
            "7А Физика 2 четверть v2.csv", ["Иванова Мария Петровна,17,19,24"])
        _ = try workspace.run(["import", newer])
        let before = try workspace.exported()

        let refused = try workspace.run(["undo", "1"])
        #expect(refused.status == 2)
        #expect(
            refused.standardError
                == "gradeport: error: cannot undo import 1: later imports changed results whose value came from it: "
                + "import 2 (1 result(s)); undo that import first (gradeport undo 2)\n")
        #expect(try workspace.exported() == before)
        #expect(try workspace.history().count == 2)
    }

    @Test func aDryRunWritesNothing() throws {
        let workspace = Workspace()
        let first = try workspace.journal("7А Физика 2 четверть.csv", Self.class7A)

        // Without a store, none is created.
        let noStore = try workspace.run(["import", first, "--dry-run"])
        #expect(noStore.status == 0)
        #expect(noStore.standardOutput.contains("would add 8, change 0, leave 0 unchanged and reject 0; 3 new people"))
        #expect(!FileManager.default.fileExists(atPath: workspace.store))

        _ = try workspace.run(["import", first])
        let bytes = try workspace.bytes()
        let newer = try workspace.journal(
            "7А Физика 2 четверть v2.csv", ["Иванова Мария Петровна,16,19,24", "Ли Дана Сергеевна,12,13,14"])
        let dry = try workspace.run(["import", newer, "--dry-run", "--json"])
        #expect(dry.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dry.standardOutput.utf8)) as? [String: Any])
        let summary = try #require((json["imports"] as? [[String: Any]])?.first)
        #expect(summary["status"] as? String == "dry-run")
        #expect([summary["added"], summary["changed"], summary["unchanged"]].map { $0 as? Int } == [3, 1, 2])
        let change = try #require((summary["changes"] as? [[String: Any]])?.first)
        #expect((change["old"] as? [String: Any])?["status"] as? String == "absent")
        #expect((change["new"] as? [String: Any])?["score"] as? Int == 16)
        #expect(try workspace.bytes() == bytes)
        #expect(!FileManager.default.fileExists(atPath: workspace.store + "-wal"))
        #expect(try workspace.history().count == 1)
    }

    @Test func rejectedRowsAreReportedAtTheirCellAndCounted() throws {
        let workspace = Workspace()
        let file = Self.samples + "GoogleClassroom/bad/negative-score.csv"
        let run = try workspace.run(["import", file])
        #expect(run.status == 1)
        #expect(run.standardError.contains("\(file):4:5: error: negative score -3 rejected [negative-score]"))
        #expect(run.standardOutput.contains("1 rejected"))
        let history = try workspace.history()
        #expect(history.first?["rejected"] as? Int == 1)
        let detail = try workspace.run(["history", "1"])
        #expect(detail.standardOutput.contains("\(file):4:5: error: negative score -3 rejected [negative-score]"))
    }

    @Test func exportSelectsByClassSubjectAndTerm() throws {
        let workspace = Workspace()
        _ = try workspace.run(["import", try workspace.journal("7А Физика 2 четверть.csv", Self.class7A)])
        _ = try workspace.run([
            "import", try workspace.journal("7Б Химия 2 четверть.csv", ["Ли Дана Сергеевна,12,13,14"]),
        ])
        let csv = try workspace.run(["export", "--to", "csv", "--class", "7б"])
        #expect(csv.status == 0)
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Ли Дана Сергеевна,") && $0.contains(",7Б,Химия,Q2,") })
        let physics = try workspace.run(["export", "--subject", "Физика", "-o", workspace.folder + "/physics.json"])
        #expect(physics.status == 0)
        #expect(physics.standardError.contains("exported 8 result(s) of 3 student(s)"))
        let unknown = try workspace.run(["export", "--term", "Q4"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "gradeport: error: no term 'Q4' in \(workspace.store); the store has: Q2\n")
        let noDestination = try workspace.run(["export", "--to", "sds"])
        #expect(noDestination.status == 2)
        let sds = try workspace.run(["export", "--to", "sds", "--class", "7А", "-o", workspace.folder + "/sds"])
        #expect(sds.status == 0)
        let sdsFiles = try FileManager.default.contentsOfDirectory(atPath: workspace.folder + "/sds").sorted()
        #expect(sdsFiles.contains("users.csv") && sdsFiles.contains("enrollments.csv"))
    }

    /// The "done when": import a term from two platforms, export the store as OneRoster,
    /// import that bundle into another store and get the same data; report from the store.
    @Test func theStoreGoesOutAsOneRosterAndComesBackTheSame() throws {
        let workspace = Workspace()
        let first = Self.samples + "OnlineMektep/7А Математика 1 четверть.csv"
        let second = Self.samples + "Kundelik/7A-api-dump.json"
        #expect(try workspace.run(["import", first, second]).status == 0)
        let bundle = workspace.folder + "/school-oneroster.zip"
        let exported = try workspace.run(["export", "--to", "oneroster", "-o", bundle])
        #expect(exported.status == 0)
        let elsewhere = workspace.folder + "/elsewhere.sqlite"
        let imported = try GradePortProcess.run(["import", bundle, "--store", elsewhere], in: workspace.folder)
        #expect(imported.status == 0)
        #expect(imported.standardOutput.contains("(oneroster csv-zip)"))

        /// The results CSV without its two provenance columns (source_file, source_line), sorted.
        func values(_ store: String) throws -> [Substring] {
            let run = try GradePortProcess.run(["export", "--to", "csv", "--store", store], in: workspace.folder)
            #expect(run.status == 0)
            return run.standardOutput.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false).dropLast(2).joined(separator: ",")[...]
            }.sorted()
        }
        let original = try values(workspace.store)
        #expect(original.count == 95 + 36 + 1)
        #expect(try values(elsewhere) == original)

        let report = try workspace.run(["report", "--class", "7А", "--subject", "Математика", "--format", "csv"])
        #expect(report.status == 0)
        #expect(report.standardOutput.contains(",Ахметов Нұрлан Серікұлы,7А,Математика,"))
        let both = try workspace.run(["report", first])
        #expect(both.status == 2)
        #expect(both.standardError.contains("give export files or --store PATH, not both"))
    }

    /// A class imported from three platforms reports from the store as it reports from the files:
    /// the imports are merged (one row per child), the conflicting СОР settled the same way.
    @Test func aReportFromTheStoreMergesItsImportsAsTheFilesAreMerged() throws {
        let workspace = Workspace()
        let inputs = [
            "Merge/kundelik-7A-dump.json", "Merge/bilimclass-7A-nurlanov.json", "Merge/7А Математика 2-тоқсан.csv",
        ].map { Self.samples + $0 }
        #expect(try workspace.run(["import"] + inputs).status == 0)
        /// The report CSV without its first column (the student id: the store's and the files' differ).
        func rows(_ run: GradePortProcess.Run) -> [Substring] {
            #expect(run.status == 0)
            return run.standardOutput.split(separator: "\n").map { $0.drop { $0 != "," } }
        }
        let fromStore = rows(try workspace.run(["report", "--format", "csv"]))
        let fromFiles = rows(try GradePortProcess.run(["report", "--format", "csv"] + inputs, in: workspace.folder))
        #expect(fromStore.count == 15)
        #expect(fromStore == fromFiles)
        #expect(fromStore.contains { $0.hasPrefix(",Нұрланов Ерасыл Асқарұлы,7А,Математика,2025-2026/Q2,") })
    }

    @Test func theStoreIsFoundByOptionEnvironmentOrDefault() throws {
        let workspace = Workspace()
        let file = try workspace.journal("7А Физика 2 четверть.csv", Self.class7A)
        #expect(try workspace.run(["import", file], store: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.folder + "/gradeport.sqlite"))

        let process = Process()
        process.executableURL = GradePortProcess.executable
        process.arguments = ["history", "--json"]
        process.environment = ["GRADEPORT_STORE": workspace.folder + "/elsewhere.sqlite"]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.folder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(message.contains("no store at \(workspace.folder)/elsewhere.sqlite"))
    }

    @Test func badStoresAndIdsAreRefusedClearly() throws {
        let workspace = Workspace()
        let file = try workspace.journal("7А Физика 2 четверть.csv", Self.class7A)

        let noFolder = try workspace.run(
            ["import", file, "--store", workspace.folder + "/missing/dir/s.sqlite"], store: false)
        #expect(noFolder.status == 2)
        #expect(noFolder.standardError.contains("the folder \(workspace.folder)/missing/dir does not exist"))

        let notSQLite = workspace.folder + "/grades.csv"
        try "Last Name,First Name\n".write(toFile: notSQLite, atomically: true, encoding: .utf8)
        let refused = try workspace.run(["import", file, "--store", notSQLite], store: false)
        #expect(refused.status == 3)
        #expect(
            refused.standardError
                == "gradeport: error: \(notSQLite) is not a GradePort store (not an SQLite database)\n")
        #expect(try String(contentsOfFile: notSQLite, encoding: .utf8) == "Last Name,First Name\n")

        #expect(try workspace.run(["history"]).status == 3)
        _ = try workspace.run(["import", file])
        let unknown = try workspace.run(["undo", "7"])
        #expect(unknown.status == 2)
        #expect(
            unknown.standardError
                == "gradeport: error: no import 7 in \(workspace.store) (`gradeport history` lists them)\n")

        // A store written by a newer GradePort.
        try markAsNewer(workspace.store)
        let newer = try workspace.run(["history"])
        #expect(newer.status == 3)
        #expect(newer.standardError.contains("was written by a newer version of GradePort"))
    }

    /// Records an unknown migration in a store, as a newer GradePort would.
    private func markAsNewer(_ path: String) throws {
        let store = try GradeStore(path: path)
        try store.queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-a-newer-gradeport')")
        }
        try store.close()
    }
}
