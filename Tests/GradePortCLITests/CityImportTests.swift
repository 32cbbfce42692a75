import Foundation
import GradePortTesting
import Testing

@testable import GradeStore

/// Issue 13, items 1 and 4: `gradeport import city/` walks the city's school folders, stores many
/// files to a transaction, and shows one progress line on a terminal only.
@Suite struct CityImportTests {
    /// A city folder of journal CSVs (`Школа N/7А Математика.csv`), removed when the test ends.
    final class City {
        let folder = GradePortProcess.temporaryFolder()
        var store: String { folder + "/city.sqlite" }
        static let names = [
            "Иванов Иван Петрович", "Серікқызы Аружан Болатқызы", "Ким Алексей Викторович", "Нұрланұлы Ерасыл Асқарұлы",
            "Петрова Анна Сергеевна", "Жұмабаев Дәулет Серікұлы", "Смирнов Олег Игоревич", "Әлиева Дана Маратқызы",
            "Ли Виктория Андреевна", "Тоқтаров Нұрлан Әсетұлы",
        ]

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// Writes a class journal: `students` of ``names`` with three marks each, varied by `seed`.
        @discardableResult
        func write(_ name: String, students: Int = 2, seed: Int = 0) throws -> String {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var lines = ["ФИО,СОР 1 (20),СОР 2 (20),СОЧ (25)"]
            var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
            for index in 0..<students {
                let marks = (0..<3).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return Int((state >> 33) % 20) + 1
                }
                lines.append(Self.names[index] + "," + marks.map(String.init).joined(separator: ","))
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return name
        }

        /// Writes `count` class journals of 10 students (30 results each) in three school folders;
        /// returns their names in the order a walk of `city/` finds them.
        func writeSchools(count: Int) throws -> [String] {
            var names: [String] = []
            let subjects = ["Математика", "Физика", "История", "Биология"]
            outer: for school in 1...3 {
                for grade in 5...11 {
                    for letter in ["А", "Б", "В", "Г"] {
                        for subject in subjects {
                            guard names.count < count else { break outer }
                            names.append(
                                try write(
                                    "city/Школа \(school)/\(grade)\(letter) \(subject).csv", students: 10,
                                    seed: names.count))
                        }
                    }
                }
            }
            return names.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
        }

        func run(_ arguments: [String]) throws -> GradePortProcess.Run {
            try GradePortProcess.run(arguments, in: folder)
        }
    }

    @Test func aCityFolderIsWalkedInNameOrderAndEachSchoolFolderScopesItsFiles() throws {
        let city = try City()
        try city.write("city/Школа 2/7А Математика.csv", seed: 1)
        try city.write("city/Школа 1/7А Математика.csv", seed: 2)
        try city.write("city/Школа 1/8Б Физика.csv", seed: 3)
        try city.write("city/Школа 1/.hidden.csv", seed: 4)

        let run = try city.run(["import", "city", "--school-from-folder", "--store", city.store])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardOutput == """
                import 1: city/Школа 1/7А Математика.csv (journal journal-table): 6 added, 0 changed, 0 unchanged, 0 rejected; 2 new people, 3 new assessments
                import 2: city/Школа 1/8Б Физика.csv (journal journal-table): 6 added, 0 changed, 0 unchanged, 0 rejected; 2 new people, 3 new assessments
                import 3: city/Школа 2/7А Математика.csv (journal journal-table): 6 added, 0 changed, 0 unchanged, 0 rejected; 2 new people, 3 new assessments

                """)
        // On a pipe: no progress line, no per-file chatter.
        #expect(!run.standardError.contains("\r"))
        #expect(!run.standardError.contains("storing"))
        #expect(!run.standardError.contains("input(s)"))

        // Two schools' 7А and their Иванов Иван Петрович stay apart; each import names its school.
        let store = try GradeStore(path: city.store, options: .readOnly)
        #expect(try store.history().map(\.school) == ["Школа 1", "Школа 1", "Школа 2"])
        let book = try store.gradebook()
        #expect(book.classes.count == 3)
        #expect(Set(book.classes.compactMap(\.school)).count == 2)
        #expect(book.people.count { $0.fullName == "Иванов Иван Петрович" } == 3)

        // Importing the city again stores nothing.
        let again = try city.run(["import", "city/", "--school-from-folder", "--store", city.store])
        #expect(again.status == 0)
        #expect(
            again.standardOutput == """
                city/Школа 1/7А Математика.csv: already imported as import 1 (same SHA-256); nothing to do
                city/Школа 1/8Б Физика.csv: already imported as import 2 (same SHA-256); nothing to do
                city/Школа 2/7А Математика.csv: already imported as import 3 (same SHA-256); nothing to do

                """)
        #expect(try store.history().count == 3)
    }

    @Test func verboseShowsEachFileBeingStored() throws {
        let city = try City()
        try city.write("city/Школа 1/7А Математика.csv")
        let run = try city.run(["import", "city", "--verbose", "--platform", "journal", "--store", city.store])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("gradeport: storing city/Школа 1/7А Математика.csv (6 result(s)) …\n"))
        #expect(run.standardError.contains("gradeport: 1 input(s), 2 student(s), 3 assessment(s), 6 result(s)"))
    }

    @Test func aFolderNothingReadsIsStillReportedAsTheFolder() throws {
        let city = try City()
        try FileManager.default.createDirectory(atPath: city.folder + "/empty", withIntermediateDirectories: true)
        let run = try city.run(["import", "empty", "--store", city.store])
        #expect(run.status == 3)
        #expect(run.standardOutput == "empty: not imported: it could not be read\n")
        #expect(run.standardError.contains("empty: error: the folder is empty"))
    }

    @Test func filesPerTransactionMustBeAtLeastOne() throws {
        let city = try City()
        let run = try city.run(["import", "x.csv", "--files-per-transaction", "0"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--files-per-transaction needs a whole number of at least 1"))
    }

    /// Runs `gradeport` with standard error on a pseudo-terminal (python3's pty module) and returns
    /// what the terminal received.
    static func runOnTerminal(_ arguments: [String], in folder: String) throws -> (status: Int32, terminal: String) {
        let script = """
            import os, pty, subprocess, sys
            master, slave = pty.openpty()
            child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
            os.close(slave)
            received = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
            status = child.wait()
            sys.stdout.buffer.write(received)
            sys.exit(status)
            """
        let run = try GradePortProcess.run(
            ["-c", script, GradePortProcess.executable.path] + arguments, in: folder,
            executable: URL(fileURLWithPath: "/usr/bin/python3"))
        return (run.status, run.standardOutput)
    }

    @Test func aTerminalSeesOneUpdatingProgressLineAndQuietSilencesIt() throws {
        let city = try City()
        _ = try city.writeSchools(count: 6)
        let shown = try Self.runOnTerminal(["import", "city", "--store", city.store], in: city.folder)
        #expect(shown.status == 0, "\(shown.terminal)")
        // Redrawn in place (carriage return, erase line), ending with every file and a line break.
        #expect(shown.terminal.contains("\r\u{1B}[Kgradeport: 6/6 files, 180 results, "))
        #expect(shown.terminal.contains(" elapsed"))
        #expect(shown.terminal.hasSuffix("\r\n"))
        #expect(!shown.terminal.contains("storing"))

        let quiet = try Self.runOnTerminal(
            ["import", "city", "--quiet", "--store", city.folder + "/q.sqlite"], in: city.folder)
        #expect(quiet.status == 0)
        #expect(quiet.terminal == "")
    }

    @Test(.timeLimit(.minutes(5)))
    func aKilledBatchedImportKeepsOnlyWholeCommittedFiles() throws {
        let city = try City()
        let names = try city.writeSchools(count: 300)
        let process = Process()
        process.executableURL = GradePortProcess.executable
        process.arguments = [
            "import", "city", "--school-from-folder", "--files-per-transaction", "10", "--store", city.store,
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: city.folder)
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()

        // Wait until a transaction of files committed (the history, read beside the writer, has
        // entries), then kill the import in the middle of the next ones.
        let deadline = Date().addingTimeInterval(240)
        var committed = 0
        while committed == 0 && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            committed = (try? GradeStore(path: city.store, options: .readOnly).history().count) ?? 0
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(committed > 0, "no transaction committed")
        #expect(wasRunning, "the import finished before it could be killed")

        // Only whole files, the first ones in walk order, each with its 30 results.
        let store = try GradeStore(path: city.store)
        #expect(try store.integrityProblems().isEmpty)
        let history = try store.history()
        #expect(history.count < names.count)
        #expect(history.map(\.file) == Array(names.prefix(history.count)))
        #expect(history.allSatisfy { $0.added == 30 })
        #expect(try store.gradebook().results.count == 30 * history.count)
        try store.close()

        // Importing again finishes the city: the stored files are recognised, the rest added.
        let retry = try city.run(["import", "city", "--school-from-folder", "--store", city.store])
        #expect(retry.status == 0, "\(retry.standardError)")
        let lines = retry.standardOutput.split(separator: "\n")
        #expect(lines.count == names.count)
        #expect(lines.prefix(history.count).allSatisfy { $0.contains("already imported") })
        #expect(
            lines.dropFirst(history.count).allSatisfy { $0.contains(": 30 added, 0 changed") },
            "\(lines.dropFirst(history.count).filter { !$0.contains(": 30 added, 0 changed") }.prefix(3))")
        let reopened = try GradeStore(path: city.store, options: .readOnly)
        #expect(try reopened.gradebook().results.count == 30 * names.count)
    }
}
