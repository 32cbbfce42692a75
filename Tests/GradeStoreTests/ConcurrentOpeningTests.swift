import Foundation
import GRDB
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

/// Issue 15, item 12: stores opened by several processes at once, and stores that cannot be written.
@Suite struct ConcurrentOpeningTests {
    /// Four connections creating one store that does not exist yet, as four `gradeport import`
    /// processes do: every one opens it, none calls it "an SQLite database of another program".
    @Test func fourConnectionsCreatingOneStoreAllSucceed() throws {
        let folder = try TemporaryFolder(prefix: "gradestore-race")
        for round in 0..<12 {
            let path = folder.file("race-\(round).sqlite")
            let failures = ConcurrentLog()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    let store = try GradeStore(path: path)
                    try store.close()
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(failures.all.isEmpty, "round \(round)")
            let store = try GradeStore(path: path, options: [])
            let migrations = try store.queue.read { try StoreSchema.migrator.appliedMigrations($0) }
            #expect(migrations == StoreSchema.migrator.migrations)
            try store.close()
        }
        // Each store was made under a private name and linked into place; none of those is left.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.filter { $0.contains(".creating-") } == [])
        #expect(left.filter { $0.hasSuffix(".sqlite") }.count == 12)
    }

    /// A store opened read-only is read and never written: not its schema, not its journal mode.
    @Test func aReadOnlyOpeningReadsWithoutWriting() throws {
        let folder = try TemporaryFolder(prefix: "gradestore-readonly")
        let path = folder.file("gradeport.sqlite")
        let writable = try GradeStore(path: path)
        _ = try writable.importGradebook(ClassExport().gradebook)
        try writable.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try GradeStore(path: path, options: [.readOnly])
        #expect(try store.history().map(\.file) == ["7A-physics.csv"])
        var second = ClassExport()
        second.file = "7A-physics-2.csv"
        let write = #expect(throws: GradeStoreError.self) {
            try store.importGradebook(second.gradebook)
        }
        #expect(write?.description.contains("is read-only") == true)
        try store.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// Read-only never creates a missing store.
    @Test func aReadOnlyOpeningOfAMissingStoreIsRefused() throws {
        let folder = try TemporaryFolder(prefix: "gradestore-readonly")
        let path = folder.file("none.sqlite")
        let error = #expect(throws: GradeStoreError.self) {
            try GradeStore(path: path, options: [.create, .readOnly])
        }
        #expect(error?.code == .missingStore)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
