import Foundation
import GradePortTesting
import GradeStore
import GradeStorePostgres
import Testing

/// Several processes on one PostgreSQL store: imports at the same moment, the same file twice at
/// once, a process killed part-way, a connection dropped part-way.
///
/// Nothing here waits a fixed time for another process: each step waits (with a deadline of a
/// minute or more) for what the server reports (`pg_locks`, `pg_stat_activity`).
@Suite(.serialized) struct ConcurrencyTests {
    static let samples = Fixtures(testFile: #filePath).packageRoot + "/Samples/"

    /// Starts `gradeport` with the arguments; its standard error goes to a file.
    static func start(_ arguments: [String], errors: String) throws -> Process {
        for path in [errors, errors + ".out"] { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let process = Process()
        process.executableURL = GradePortProcess.executable
        process.arguments = arguments
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: errors + ".out"))
        try process.run()
        return process
    }

    /// Waits until `condition` holds, checking every 20 ms, for at most `seconds`.
    static func wait(seconds: Double, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    /// Advisory locks held (`granted`) or waited for in a database.
    static func advisoryLocks(_ cluster: PostgresTestCluster, database: String, granted: Bool) throws -> Int {
        Int(
            try cluster.sql(
                """
                SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                WHERE l.locktype = 'advisory' AND l.granted = \(granted) AND d.datname = '\(database)'
                """
            ).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test(.timeLimit(.minutes(5)))
    func theSameFileTwiceAtOnceIsOneImport() throws {
        let cluster = try PostgresTestCluster.shared()
        let url = try cluster.makeDatabase("twice")
        let database = try PostgresStoreURL(url).database
        try PostgresGradeStore(url: PostgresStoreURL(url)).close()  // creates the schema
        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = Self.samples + "Teams/7A-grades.csv"

        // A third session holds the writers' lock, so that both imports are past their first look
        // for the file and wait for the lock together; then it lets them go.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: cluster.psql)
        holder.arguments = [
            "-X", "-q", "-h", "127.0.0.1", "-p", String(cluster.port), "-U", cluster.user, "-d", database,
        ]
        holder.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": cluster.password]) { $1 }
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN; SELECT pg_advisory_xact_lock(\(0x4750_5354_0001));\n".utf8))
        #expect(try Self.wait(seconds: 60) { try Self.advisoryLocks(cluster, database: database, granted: true) == 1 })

        let started = Date()
        let first = try Self.start(["import", file, "--store", url], errors: folder + "/first")
        let second = try Self.start(["import", file, "--store", url], errors: folder + "/second")
        let bothWaiting = try Self.wait(seconds: 120) {
            try Self.advisoryLocks(cluster, database: database, granted: false) == 2
        }
        #expect(bothWaiting, "the two imports never waited for the lock together")
        input.fileHandleForWriting.write(Data("COMMIT;\n\\q\n".utf8))
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        first.waitUntilExit()
        second.waitUntilExit()
        let elapsed = Date().timeIntervalSince(started)
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)

        let outputs = try ["first", "second"].map { try String(contentsOfFile: folder + "/\($0).out", encoding: .utf8) }
        #expect(outputs.filter { $0.hasPrefix("import 1: ") }.count == 1, "\(outputs)")
        #expect(
            outputs.filter {
                $0.contains("7A-grades.csv (teams grades-csv): already imported as import 1 (same SHA-256)")
            }
            .count == 1, "\(outputs)")
        let store = try PostgresGradeStore(url: PostgresStoreURL(url))
        defer { try? store.close() }
        #expect(try store.history().map(\.id) == [1])
        print("same file twice at once: one import, both processes done in \(String(format: "%.2f", elapsed)) s")
    }

    @Test(.timeLimit(.minutes(5)))
    func severalProcessesImportAtOnce() throws {
        let cluster = try PostgresTestCluster.shared()
        let url = try cluster.makeDatabase("several")
        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            "Teams/7A-grades.csv", "Kundelik/7A-api-dump.json", "GoogleClassroom/7A-physics-grades.csv",
            "Journal/7А Физика 2 четверть.csv",
        ].map { Self.samples + $0 }

        // The same files one after another into SQLite: what the store must hold.
        let reference = folder + "/reference.sqlite"
        for file in files { #expect(try GradePortProcess.run(["import", file, "--store", reference]).status == 0) }
        let sqlite = try GradeStore(path: reference)
        let expected = try sqlite.gradebook(matching: .all)
        try sqlite.close()

        let started = Date()
        let processes = try files.enumerated().map { index, file in
            try Self.start(["import", file, "--store", url], errors: folder + "/run\(index)")
        }
        for process in processes { process.waitUntilExit() }
        let elapsed = Date().timeIntervalSince(started)
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })

        let store = try PostgresGradeStore(url: PostgresStoreURL(url))
        defer { try? store.close() }
        let history = try store.history()
        #expect(history.map(\.id) == [1, 2, 3, 4])
        #expect(Set(history.compactMap(\.file)) == Set(files))
        let book = try store.gradebook(matching: .all)
        #expect(book.results.count == expected.results.count)
        #expect(book.people.count == expected.people.count)
        #expect(book.assessments.count == expected.assessments.count)
        #expect(
            Set(book.results.map { "\($0.person) \($0.assessment) \($0.raw ?? "-")" })
                == Set(expected.results.map { "\($0.person) \($0.assessment) \($0.raw ?? "-")" }))
        print(
            "\(files.count) processes importing at once: \(book.results.count) results in \(String(format: "%.2f", elapsed)) s"
        )
    }

    @Test(.timeLimit(.minutes(8)))
    func aKilledImportAndADroppedConnectionLeaveNothing() throws {
        let cluster = try PostgresTestCluster.shared()
        let url = try cluster.makeDatabase("killed")
        let database = try PostgresStoreURL(url).database
        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let large = folder + "/7А Информатика - grades.csv"
        try LargeExport.writeClassroomGrades(to: large, students: 1_500, assignments: 30)
        #expect(try GradePortProcess.run(["import", Self.samples + "Teams/7A-grades.csv", "--store", url]).status == 0)
        let countResults = { try cluster.sql("SELECT count(*) FROM results", database: database) }
        let before = try countResults()

        // SIGKILL while the import holds its transaction open: the writers' lock is taken first thing
        // in the transaction, so a granted lock means the import is writing (any file size will do).
        let killed = try Self.start(["import", large, "--store", url], errors: folder + "/killed")
        let writing = try Self.wait(seconds: 180) {
            try Self.advisoryLocks(cluster, database: database, granted: true) == 1 || !killed.isRunning
        }
        #expect(writing && killed.isRunning, "the import never started writing")
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        // The server notices the closed connection and rolls the transaction back.
        #expect(try Self.wait(seconds: 60) { try Self.advisoryLocks(cluster, database: database, granted: true) == 0 })
        #expect(try countResults() == before)
        #expect(
            try cluster.sql("SELECT id, file FROM imports ORDER BY id", database: database).split(separator: "\n").count
                == 1)

        // A connection the server drops mid-import: an error that says nothing was kept.
        let dropped = try Self.start(["import", large, "--store", url], errors: folder + "/dropped")
        let started = try Self.wait(seconds: 180) {
            try Self.advisoryLocks(cluster, database: database, granted: true) == 1 || !dropped.isRunning
        }
        #expect(started && dropped.isRunning, "the second import never started writing")
        try cluster.sql(
            """
            SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '\(database)'
            """)
        dropped.waitUntilExit()
        #expect(dropped.terminationStatus == 3)
        let message = try String(contentsOfFile: folder + "/dropped", encoding: .utf8)
        #expect(
            message.hasSuffix(
                "gradeport: error: the connection to \(try PostgresStoreURL(url).redacted) was lost; the operation "
                    + "under way was not committed (nothing of it was kept)\n"), "\(message)")
        #expect(!message.contains(cluster.password))
        #expect(try countResults() == before)

        // And the file imports afterwards.
        let retry = try GradePortProcess.run(["import", large, "--store", url])
        #expect(retry.status == 0)
        #expect(retry.standardOutput.hasPrefix("import 2: "))
        #expect(retry.standardOutput.contains("46500 added"))
    }
}
