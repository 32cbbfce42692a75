import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

@Suite struct DryRunTests {
    @Test func aDryRunSaysWhatWouldChangeAndLeavesTheFileByteForByte() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("gradeport.sqlite")
        let first = ClassExport()
        do {
            let store = try GradeStore(path: path)
            _ = try store.importGradebook(first.gradebook)
            try store.close()
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

        var newer = first.changing("maria@school.kz", 0, to: "16")
        newer.file = "newer.csv"
        newer.students.append(("dana@school.kz", "Ли Дана", ["12", "13", "14"]))
        let store = try GradeStore(path: path, options: [])
        let summary = try store.importGradebook(newer.gradebook, dryRun: true)
        #expect(summary.disposition == .dryRun)
        #expect(summary.importID == nil)
        #expect(summary.counts == [3, 1, 7])
        #expect(summary.peopleAdded == 1)
        #expect(
            summary.changes.map { "\($0.personName): \($0.old.summary) → \($0.new.summary)" } == [
                "Иванова Мария: absent (н) → 16/20"
            ])
        #expect(try store.history().count == 1)
        #expect(try store.gradebook().results.count == 8)
        try store.close()

        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aDryRunOfTheSameContentSaysItIsAlreadyImported() throws {
        let store = try GradeStore.inMemory()
        let export = ClassExport()
        _ = try store.importGradebook(export.gradebook)
        let summary = try store.importGradebook(export.gradebook, dryRun: true)
        #expect(summary.disposition == .alreadyImported(1))
    }

    @Test func aDryRunOnAStoreThatNeedsAnUpgradeIsRefused() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("empty.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let error = try #require(throws: GradeStoreError.self) { try GradeStore(path: path, options: []) }
        #expect(error.code == .olderSchema)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }
}
