import Foundation
import GRDB
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

/// Issue 13, item 1: many inputs to a transaction, each in its own savepoint, read on another
/// thread while the store writes.
///
/// The inputs are files whose text names a class (`7А`); the reading stage turns each into the
/// ``ClassExport`` of that class, with the file's path, so that the tests need no adapter. A file
/// whose text is `unreadable` cannot be read; `refused` gives a class whose last mark the store
/// refuses (a trigger the test installs), after the file's other records were written.
@Suite struct BatchedImportTests {
    /// A folder of class files and a store.
    struct Workspace {
        let folder: TemporaryFolder
        let store: GradeStore

        init() throws {
            folder = try TemporaryFolder(prefix: "batched-import")
            store = try GradeStore(path: folder.file("store.sqlite"))
        }

        /// Writes the files (name → text) and returns their paths in the order given.
        func write(_ files: [(String, String)]) throws -> [String] {
            try files.map { try folder.write($0.0, $0.1) }
        }

        /// The reading stage: each file's text names its class.
        func reader() throws -> ImportInputReader {
            ImportInputReader(
                registry: try PlatformRegistry([]), knownImports: try store.knownImports(),
                other: { path, builder in
                    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                    guard text != "unreadable" else {
                        builder.diagnose(
                            Diagnostic(severity: .error, code: .malformedInput, message: "cannot be read", file: path))
                        return (nil, nil)
                    }
                    let export = BatchedImportTests.export(path: path, text: text)
                    let book = export.gradebook
                    return (book, book.sources.first?.sha256)
                })
        }

        /// Imports the files; returns every event as text, in the order told.
        func importFiles(
            _ paths: [String], filesPerTransaction: Int = 100
        ) throws -> (
            events: [String], outcomes: [FileImportOutcome]
        ) {
            var events: [String] = []
            var outcomes: [FileImportOutcome] = []
            try store.importFiles(
                paths, reading: try reader(), limits: ImportBatchLimits(filesPerTransaction: filesPerTransaction)
            ) { event in
                switch event {
                case .read(let item): events.append("read \((item.path as NSString).lastPathComponent)")
                case .storing(let path, let results):
                    events.append("storing \((path as NSString).lastPathComponent) \(results)")
                case .finished(let outcome):
                    events.append("finished \((outcome.path as NSString).lastPathComponent)")
                    outcomes.append(outcome)
                }
            }
            return (events, outcomes)
        }
    }

    /// The export a file's text stands for: `7А` (class 7А, its own three students), or `refused`
    /// (class 9В whose last mark is 99, which the refusing trigger rejects).
    static func export(path: String, text: String) -> ClassExport {
        var export = ClassExport()
        export.file = path
        export.className = text == "refused" ? "9В" : text
        export.students = export.students.map { student in
            (export.className + "." + student.email, student.name, student.marks)
        }
        if text == "refused" { export.students[2].marks[2] = "99" }
        return export
    }

    /// What each outcome was, as text.
    static func statuses(_ outcomes: [FileImportOutcome]) -> [String] {
        outcomes.map { outcome in
            switch outcome.status {
            case .stored(let summary):
                switch summary.disposition {
                case .imported: "imported \(summary.importID ?? 0): \(summary.added) added"
                case .alreadyImported(let id): "already imported as \(id) (same run)"
                case .dryRun: "dry run"
                }
            case .alreadyImported(let record): "already imported as \(record.id)"
            case .unreadable: "unreadable"
            case .incomplete: "incomplete"
            case .failed(let error): "failed: \(error.message)"
            }
        }
    }

    @Test func aFileTheStoreRefusesInTheMiddleOfABatchIsRolledBackAlone() throws {
        let workspace = try Workspace()
        try workspace.store.withDatabase { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER refuse BEFORE INSERT ON results WHEN NEW.raw = '99'
                    BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                    """)
        }
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "7Б"), ("c.csv", "refused"), ("d.csv", "8А")])
        let (events, outcomes) = try workspace.importFiles(paths)
        #expect(
            Self.statuses(outcomes) == [
                "imported 1: 8 added", "imported 2: 8 added",
                "failed: \(workspace.folder.path)/store.sqlite: refused for the test",
                // The refused file's import id was rolled back with it.
                "imported 3: 8 added",
            ])
        // One transaction: every file was read and stored before the first was reported finished.
        #expect(
            events == [
                "read a.csv", "storing a.csv 8", "read b.csv", "storing b.csv 8", "read c.csv", "storing c.csv 8",
                "read d.csv", "storing d.csv 8", "finished a.csv", "finished b.csv", "finished c.csv",
                "finished d.csv",
            ])
        // Nothing of the refused file stayed: no import, no class, no people, no results.
        #expect(try workspace.store.history().map(\.file) == [paths[0], paths[1], paths[3]])
        let book = try workspace.store.gradebook()
        #expect(book.classes.map(\.name).sorted() == ["7А", "7Б", "8А"])
        #expect(book.people.count == 9)
        #expect(!book.people.contains { $0.email?.hasPrefix("9В.") == true })
        #expect(book.results.count == 24)
        #expect(try workspace.store.integrityProblems().isEmpty)
    }

    @Test func anUnreadableFileIsReportedInItsPlaceAndTheOthersAreStored() throws {
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "unreadable"), ("c.csv", "7Б")])
        let (_, outcomes) = try workspace.importFiles(paths)
        #expect(Self.statuses(outcomes) == ["imported 1: 8 added", "unreadable", "imported 2: 8 added"])
        #expect(outcomes[1].readingDiagnostics.map(\.message) == ["cannot be read"])
        #expect(try workspace.store.gradebook().results.count == 16)
    }

    @Test func transactionsHoldAtMostTheFilesTheLimitAllows() throws {
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "7Б"), ("c.csv", "8А")])
        let (events, _) = try workspace.importFiles(paths, filesPerTransaction: 2)
        #expect(
            events == [
                "read a.csv", "storing a.csv 8", "read b.csv", "storing b.csv 8", "finished a.csv", "finished b.csv",
                "read c.csv", "storing c.csv 8", "finished c.csv",
            ])
    }

    @Test func importingTheSameFilesAgainReadsAndStoresNothing() throws {
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "7Б"), ("c.csv", "8А")])
        _ = try workspace.importFiles(paths)
        let before = try workspace.store.gradebook()
        let (events, outcomes) = try workspace.importFiles(paths)
        #expect(Self.statuses(outcomes) == ["already imported as 1", "already imported as 2", "already imported as 3"])
        #expect(!events.contains { $0.hasPrefix("storing") })
        #expect(try workspace.store.gradebook() == before)
        #expect(try workspace.store.history().count == 3)
    }

    @Test func theSameContentTwiceInOneRunIsStoredOnce() throws {
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А")])
        let (_, outcomes) = try workspace.importFiles([paths[0], paths[0]])
        #expect(Self.statuses(outcomes) == ["imported 1: 8 added", "already imported as 1 (same run)"])
        #expect(try workspace.store.history().count == 1)
    }

    @Test func undoingOneFileOfABatchLeavesTheOthersAsIfItWasNeverImported() throws {
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "7Б"), ("c.csv", "8А")])
        _ = try workspace.importFiles(paths)
        _ = try workspace.store.undo(importID: 2)

        let reference = try Workspace()
        let referencePaths = try reference.write([("a.csv", "7А"), ("b.csv", "7Б"), ("c.csv", "8А")])
        _ = try reference.importFiles([referencePaths[0], referencePaths[2]])
        // The same records and results (provenance aside: the reference's second import is 2, not 3).
        let undone = try workspace.store.gradebook()
        let expected = try reference.store.gradebook()
        #expect(undone.classes.map(\.name) == expected.classes.map(\.name))
        #expect(undone.people.map(\.email) == expected.people.map(\.email))
        #expect(undone.results.count == 16)
        #expect(
            undone.results.map { "\($0.person) \($0.assessment) \($0.raw ?? "")" }
                == expected.results.map { "\($0.person) \($0.assessment) \($0.raw ?? "")" })
    }

    @Test func aDryRunWritesNothing() throws {
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "7Б")])
        var outcomes: [FileImportOutcome] = []
        try workspace.store.importFiles(paths, reading: try workspace.reader(), dryRun: true) { event in
            if case .finished(let outcome) = event { outcomes.append(outcome) }
        }
        #expect(Self.statuses(outcomes) == ["dry run", "dry run"])
        #expect(try workspace.store.history().isEmpty)
    }

    @Test func whatTheCallerThrowsStopsTheImportAndRollsBackTheOpenTransaction() throws {
        struct Stop: Error {}
        let workspace = try Workspace()
        let paths = try workspace.write([("a.csv", "7А"), ("b.csv", "7Б"), ("c.csv", "8А")])
        #expect(throws: Stop.self) {
            try workspace.store.importFiles(
                paths, reading: try workspace.reader(), limits: ImportBatchLimits(filesPerTransaction: 2)
            ) { event in
                if case .storing(let path, _) = event, path.hasSuffix("c.csv") { throw Stop() }
            }
        }
        #expect(try workspace.store.history().map(\.file) == [paths[0], paths[1]])
    }
}
