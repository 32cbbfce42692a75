import Foundation
import GradePortCore
import GradePortTesting
import GradeStore
import GradeStorePostgres
import Testing

/// The store's behaviour, the same on both backends: history, idempotence, dry runs, undo and its
/// refusals, filters.
@Suite struct BehaviourTests {
    @Test(arguments: Backend.allCases)
    func anImportIsKeptOnceWithItsHistory(_ backend: Backend) throws {
        let store = try backend.makeStore()
        defer { try? store.close() }
        let export = ClassExport()
        let first = try store.importGradebook(export.gradebook, fingerprint: nil, dryRun: false)
        #expect(first.disposition == .imported)
        #expect(first.importID == 1)
        #expect(
            [first.added, first.changed, first.unchanged, first.peopleAdded, first.assessmentsAdded] == [8, 0, 0, 3, 3]
                as [Int])

        let again = try store.importGradebook(export.gradebook, fingerprint: nil, dryRun: false)
        #expect(again.disposition == .alreadyImported(1))
        let history = try store.history()
        #expect(history.map(\.id) == [1])
        #expect(history[0].file == "7A-physics.csv")
        #expect(history[0].platform == "teams")
        #expect([history[0].rows, history[0].added, history[0].peopleAdded] == [3, 8, 3] as [Int])
        #expect(try store.importRecord(fingerprint: history[0].sha256!)?.id == 1)

        let book = try store.gradebook(matching: .all)
        #expect(book.results.count == 8)
        #expect(book.sources.map(\.id) == ["import-1"])
        let maria = try #require(book.results.first { $0.person == "teams:maria@school.kz" && $0.raw == "24" })
        #expect(maria.score == DecimalNumber(24))
        #expect(maria.maxScore == DecimalNumber(25))
        #expect(maria.source.line == 4)
        #expect(maria.source.column == 4)
    }

    @Test(arguments: Backend.allCases)
    func aDryRunSaysWhatWouldChangeAndKeepsNothing(_ backend: Backend) throws {
        let store = try backend.makeStore()
        defer { try? store.close() }
        let export = ClassExport()
        _ = try store.importGradebook(export.gradebook, fingerprint: nil, dryRun: false)
        let before = try store.gradebook(matching: .all)
        var newer = export.changing("maria@school.kz", 1, to: "20")
        newer.file = "7A-physics-2.csv"

        let dry = try store.importGradebook(newer.gradebook, fingerprint: nil, dryRun: true)
        #expect(dry.disposition == .dryRun)
        #expect(dry.importID == nil)
        #expect([dry.added, dry.changed, dry.unchanged] == [0, 1, 7] as [Int])
        #expect(
            dry.changes.map { "\($0.person) \($0.old.summary) → \($0.new.summary)" } == [
                "teams:maria@school.kz 19/20 → 20/20"
            ])
        #expect(try store.history().map(\.id) == [1])
        #expect(try store.gradebook(matching: .all) == before)

        // The real import afterwards takes the next id, as if the dry run had never been.
        let real = try store.importGradebook(newer.gradebook, fingerprint: nil, dryRun: false)
        #expect(real.importID == 2)
        #expect([real.added, real.changed, real.unchanged] == [0, 1, 7] as [Int])
    }

    @Test(arguments: Backend.allCases)
    func undoIsRefusedWhileALaterImportDependsOnIt(_ backend: Backend) throws {
        let store = try backend.makeStore()
        defer { try? store.close() }
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook, fingerprint: nil, dryRun: false)
        let original = try store.gradebook(matching: .all)
        var second = first.changing("aruzhan@school.kz", 0, to: "19")
        second.file = "second.csv"
        _ = try store.importGradebook(second.gradebook, fingerprint: nil, dryRun: false)
        var third = second.changing("aruzhan@school.kz", 0, to: "20")
        third.file = "third.csv"
        _ = try store.importGradebook(third.gradebook, fingerprint: nil, dryRun: false)

        let refusal = try #require(throws: GradeStoreError.self) { try store.undo(importID: 2) }
        #expect(refusal.code == .laterImportsDepend)
        #expect(refusal.imports == [3])
        #expect(
            refusal.message
                == "cannot undo import 2: later imports changed results whose value came from it: import 3 (1 result(s)); "
                + "undo that import first (gradeport undo 3)")
        #expect(try store.history().map(\.id) == [1, 2, 3])

        let undoThird = try store.undo(importID: 3)
        #expect([Int(undoThird.undoID), undoThird.restored, undoThird.removed] == [4, 8, 0] as [Int])
        let undoSecond = try store.undo(importID: 2)
        #expect([Int(undoSecond.undoID), undoSecond.restored, undoSecond.removed] == [5, 8, 0] as [Int])
        #expect(try store.gradebook(matching: .all) == original)
        #expect(try store.history().map(\.undoneBy) == [nil, 5, 4, nil, nil])

        let again = try #require(throws: GradeStoreError.self) { try store.undo(importID: 3) }
        #expect(again.code == .alreadyUndone)
        let undoEntry = try #require(throws: GradeStoreError.self) { try store.undo(importID: 4) }
        #expect(undoEntry.code == .notAnImport)
        let unknown = try #require(throws: GradeStoreError.self) { try store.undo(importID: 99) }
        #expect(unknown.code == .unknownImport)

        // The undone file can be imported again: it is a new import.
        let reimport = try store.importGradebook(second.gradebook, fingerprint: nil, dryRun: false)
        #expect(reimport.importID == 6)
        #expect(reimport.changed == 1)
    }

    @Test(arguments: Backend.allCases)
    func filtersSelectClassesSubjectsAndTerms(_ backend: Backend) throws {
        let store = try backend.makeStore()
        defer { try? store.close() }
        _ = try store.importGradebook(ClassExport().gradebook, fingerprint: nil, dryRun: false)
        var other = ClassExport()
        other.className = "7Б"
        other.subject = "Алгебра"
        other.file = "7B-algebra.csv"
        other.students = [("timur@school.kz", "Ахметов Тимур", ["10", "11", "12"])]
        _ = try store.importGradebook(other.gradebook, fingerprint: nil, dryRun: false)

        let sevenB = try store.gradebook(matching: GradebookFilter(classes: ["7Б"]))
        #expect(sevenB.classes.map(\.name) == ["7Б"])
        #expect(sevenB.results.map(\.raw) == ["10", "11", "12"])
        #expect(sevenB.people.map(\.id) == ["teams:timur@school.kz"])
        // The term is the first import's record.
        #expect(sevenB.sources.map(\.id) == ["import-1", "import-2"])

        let physics = try store.gradebook(matching: GradebookFilter(subjects: ["физика"]))
        #expect(physics.results.count == 8)
        #expect(physics.subjects.map(\.name) == ["Физика"])

        let term = try store.gradebook(matching: GradebookFilter(terms: ["2025-2026/Q2"]))
        #expect(term.results.count == 11)

        let none = try #require(throws: GradeStoreError.self) {
            try store.gradebook(matching: GradebookFilter(classes: ["9В"]))
        }
        #expect(none.code == .noMatch)
        #expect(none.message.hasSuffix("the store has: 7А, 7Б"))
    }
}
