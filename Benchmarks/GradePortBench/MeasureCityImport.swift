import ArgumentParser
import Foundation

/// The city phase of `make bench` (issue 13, item 5): a synthetic city's school folders of class
/// journals (``CityFolder``) imported with one `gradeport import city/`, reported with
/// `report --store`, and, in the same run on the same result rows, the storage engine's floor:
/// the `sqlite3` shell's `.import` of the store's `results` rows into an empty table with the same
/// schema and indexes, in one transaction.
struct CityPhase {
    /// The gradeport executable measured.
    var gradeport: String
    /// This benchmark executable (its `generate-city` phase writes the city).
    var bench: String
    /// Where the city, the store and the floor's files go.
    var data: String
    /// Results wanted in the city (whole schools of 12,000).
    var results: Int

    /// Generates the city, measures import, report and the floor, and adds them to the table.
    func measure(into table: inout BenchTable) throws {
        let folder = "\(data)/city-folders"
        let store = "\(data)/city-import.sqlite"
        try? FileManager.default.removeItem(atPath: folder)
        let generated = try ChildProcess.run([bench, "generate-city", "--folder", folder, "--results", "\(results)"])
        let counts = generated.standardOutput.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard generated.status == 0, counts.count == 4 else {
            table.addNote("city: generation", input: folder, "failed (status \(generated.status))")
            return
        }
        let (files, written, schools, generation) = (Int(counts[0]), counts[1], Int(counts[2]), counts[3])
        table.addNote(
            "city: generate (deterministic)", input: "\(schools) schools, \(files) class CSVs",
            "\(Int(written)) results in \(String(format: "%.1f", generation)) s")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        let imported = try ChildProcess.run(
            [
                gradeport, "import", folder, "--school-from-folder", "--platform", "journal", "--quiet", "--store",
                store,
            ], discardOutput: true)
        table.addCity("city: gradeport import city/", input: "\(files) files, one run", results: written, imported)
        let reported = try ChildProcess.run([gradeport, "report", "--store", store], discardOutput: true)
        table.addCity("city: gradeport report --store", input: "the whole store", results: written, reported)
        if let floor = try measureFloor(store: store) {
            table.addCity(
                "city: floor, sqlite3 .import", input: "the store's result rows", results: floor.rows, floor.run)
            if imported.status <= 1, floor.run.seconds > 0 {
                table.addNote(
                    "city: import ÷ floor", input: "wall time",
                    String(
                        format: "%.1f× the engine's bulk insert of the same rows", imported.seconds / floor.run.seconds)
                )
            }
        }
    }

    /// The floor: the store's `results` rows, as CSV, bulk-inserted by the `sqlite3` shell into a
    /// new database with the same table and indexes (WAL, `synchronous = NORMAL`, as the store).
    /// `nil` when there is no `sqlite3` shell.
    private func measureFloor(store: String) throws -> (rows: Double, run: ChildProcess.Measurement)? {
        guard
            let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return nil }
        let rows = "\(data)/city-results.csv"
        let schema = "\(data)/city-floor-schema.sql"
        let floor = "\(data)/city-floor.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floor + suffix) }
        try Self.capture([sqlite3, "-csv", store, "SELECT * FROM results"], to: rows)
        try Self.capture([sqlite3, store, ".schema results"], to: schema)
        let table = try String(contentsOfFile: schema, encoding: .utf8)
        try ("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n" + table)
            .write(toFile: schema, atomically: true, encoding: .utf8)
        let count = try String(contentsOfFile: rows, encoding: .utf8).utf8.lazy.filter { $0 == 0x0A }.count
        let run = try ChildProcess.run([sqlite3, floor, ".read \(schema)", ".import --csv \(rows) results"])
        return (Double(count), run)
    }

    /// Runs a program with its standard output written to a file.
    private static func capture(_ arguments: [String], to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
    }
}

/// Child phase: write the synthetic city's school folders; prints `files results schools seconds`.
struct GenerateCity: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate-city", shouldDisplay: false)

    @Option var folder = "bench-data/city-folders"
    @Option var results = 1_200_000

    func run() throws {
        let start = Date()
        let city = CityFolder(results: results)
        let (files, written) = try city.write(to: folder)
        print(files, written, city.schools, Date().timeIntervalSince(start))
    }
}
