import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

@Suite struct UndoTests {
    @Test func undoingANewerExportRestoresTheChangedValuesExactly() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        let before = try store.gradebook()

        var newer = first.changing("yerassyl@school.kz", 0, to: "17").changing("maria@school.kz", 0, to: "14")
            .changing("yerassyl@school.kz", 1, to: "11")
        newer.file = "7A-physics-2.csv"
        newer.assessments.append(("СОР 3", 10))
        for index in newer.students.indices { newer.students[index].marks.append("9") }
        let summary = try store.importGradebook(newer.gradebook)
        #expect(summary.counts == [4, 2, 6])
        #expect(try store.gradebook() != before)

        let undo = try store.undo(importID: 2)
        #expect(undo.undoID == 3)
        #expect(undo.restored == 8)
        #expect(undo.removed == 4)
        #expect(undo.recordsRemoved == 1)  // the assessment СОР 3
        let after = try store.gradebook()
        #expect(after == before)
        #expect(resultLines(after) == resultLines(before))

        let log = try store.resultLog(ofImport: 3)
        #expect(log.count { $0.action == .restore } == 8)
        #expect(log.count { $0.action == .remove } == 4)
        // The assessment the undone import introduced is gone; the log still names it.
        #expect(
            log.filter { $0.action == .remove }.map(\.assessment).sorted() == [
                "teams:7А:СОР 2", "teams:7А:СОР 3", "teams:7А:СОР 3", "teams:7А:СОР 3",
            ])
        let maria = try #require(
            log.first {
                $0.action == .restore && $0.person == "teams:maria@school.kz" && $0.assessment == "teams:7А:СОР 1"
            })
        #expect(maria.old?.score == DecimalNumber(14))
        #expect(maria.new?.status == .absent)
        #expect(maria.new?.raw == "н")
    }

    @Test func theHistoryNamesStudentsAndAssessmentsAnUndoRemoved() throws {
        let store = try GradeStore.inMemory()
        var first = ClassExport()
        first.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["18", "17", "22"])]
        _ = try store.importGradebook(first.gradebook)
        var second = first
        second.file = "7A-physics-2.csv"
        second.assessments.append(("СОР 3", 10))
        second.students = [
            ("aruzhan@school.kz", "Серікқызы Аружан", ["19", "17", "22", "9"]),
            ("timur@school.kz", "Ахметов Тимур", ["15", "16", "20", "8"]),
        ]
        _ = try store.importGradebook(second.gradebook)
        try store.undo(importID: 2)

        // The undone import's own log and the undo's log name what is gone, not its internal id.
        let changed = try store.resultLog(ofImport: 2).filter { $0.action == .change }
        #expect(
            changed.map { "\($0.personName ?? "?") — \($0.assessmentTitle ?? "?")" } == ["Серікқызы Аружан — СОР 1"])
        let removed = try store.resultLog(ofImport: 3).filter { $0.action == .remove }
        #expect(
            removed.map { "\($0.personName ?? $0.person) — \($0.assessmentTitle ?? $0.assessment)" }.sorted() == [
                "Ахметов Тимур — СОР 1", "Ахметов Тимур — СОР 2", "Ахметов Тимур — СОР 3", "Ахметов Тимур — СОЧ",
                "Серікқызы Аружан — СОР 3",
            ])
        let records = try store.recordLog(ofImport: 3).filter { $0.field == "ref" }
        #expect(
            records.map { "\($0.entity) \($0.record) \($0.name ?? "-")" }.sorted() == [
                "assessments teams:7А:СОР 3 СОР 3", "people teams:timur@school.kz Ахметов Тимур",
            ])
        // No record change is listed for the kept names themselves.
        #expect(try store.recordLog(ofImport: 3).allSatisfy { $0.field != RecordLogEntry.labelField })
    }

    @Test func undoRefusesWhileALaterImportChangedItsResults() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        // Two later partial exports, each changing one student's mark.
        var second = first.changing("aruzhan@school.kz", 2, to: "25")
        second.file = "7A-second.csv"
        second.students = second.students.filter { $0.email == "aruzhan@school.kz" }
        _ = try store.importGradebook(second.gradebook)
        var third = first.changing("maria@school.kz", 1, to: "20")
        third.file = "7A-third.csv"
        third.students = third.students.filter { $0.email == "maria@school.kz" }
        _ = try store.importGradebook(third.gradebook)
        let before = try store.gradebook()

        let error = try #require(throws: GradeStoreError.self) { try store.undo(importID: 1) }
        #expect(error.code == .laterImportsDepend)
        #expect(error.imports == [2, 3])
        #expect(error.description.contains("import 2 (1 result(s))"))
        #expect(error.description.contains("gradeport undo 2, 3"))
        #expect(try store.gradebook() == before)
        #expect(try store.history().count == 3)

        // Undoing the later ones first, newest first, unwinds everything.
        try store.undo(importID: 3)
        let stillDepends = try #require(throws: GradeStoreError.self) { try store.undo(importID: 1) }
        #expect(stillDepends.imports == [2])
        try store.undo(importID: 2)
        try store.undo(importID: 1)
        let empty = try store.gradebook()
        #expect(empty.results.isEmpty)
        #expect(empty.people.isEmpty)
        #expect(empty.assessments.isEmpty)
        #expect(empty.classes.isEmpty)
        #expect(empty.subjects.isEmpty)
        #expect(empty.terms.isEmpty)
        #expect(empty.enrollments.isEmpty)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func undoingAnOlderImportKeepsWhatALaterImportGaveAgain() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        var copy = first
        copy.file = "7A-copy.csv"
        copy.students.removeLast()  // the copy lacks Мария
        _ = try store.importGradebook(copy.gradebook)

        let undo = try store.undo(importID: 1)
        #expect(undo.removed == 3)  // Мария's results: only the undone import had them
        #expect(undo.restored == 0)
        let book = try store.gradebook()
        #expect(book.results.count == 5)
        #expect(Set(book.results.map(\.source.source)) == ["import-2"])
        #expect(book.people.map(\.id) == ["teams:aruzhan@school.kz", "teams:yerassyl@school.kz"])
        // Everything left came from import 2, and the records say so.
        #expect(book.sources.map(\.id) == ["import-2"])
        #expect(book.assessments.allSatisfy { $0.source?.source == "import-2" })
        // Import 2 now stands as the import that added them: undoing it empties the store.
        try store.undo(importID: 2)
        #expect(try store.gradebook().results.isEmpty)
        #expect(try store.gradebook().people.isEmpty)
    }

    @Test func undoingAnImportBetweenAChangeAndAConfirmationKeepsTheNewestValue() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        var second = first.changing("aruzhan@school.kz", 0, to: "20")
        second.file = "second.csv"
        _ = try store.importGradebook(second.gradebook)
        var third = second
        third.file = "third.csv"
        _ = try store.importGradebook(third.gradebook)

        // Import 3 only confirmed import 2's values: import 2 can go; import 3 now changed 18 → 20.
        try store.undo(importID: 2)
        let aruzhan = try store.gradebook().results.first {
            $0.person == "teams:aruzhan@school.kz" && $0.assessment == "teams:7А:СОР 1"
        }
        #expect(aruzhan?.score == DecimalNumber(20))
        #expect(aruzhan?.source.source == "import-3")
        let rewritten = try store.resultLog(ofImport: 3).filter { $0.action == .change }
        #expect(rewritten.count == 1)
        #expect(rewritten.first?.old?.score == DecimalNumber(18))
        #expect(rewritten.first?.oldImport == 1)
        // So import 1 cannot be undone before import 3, and undoing 3 brings back 18 from import 1.
        #expect(throws: GradeStoreError.self) { try store.undo(importID: 1) }
        try store.undo(importID: 3)
        let back = try store.gradebook().results.first {
            $0.person == "teams:aruzhan@school.kz" && $0.assessment == "teams:7А:СОР 1"
        }
        #expect(back?.score == DecimalNumber(18))
        #expect(back?.source.source == "import-1")
    }

    @Test func peopleAndAssessmentsStayWhileAnotherImportUsesThem() throws {
        let store = try GradeStore.inMemory()
        let physics = ClassExport()
        _ = try store.importGradebook(physics.gradebook)
        var algebra = ClassExport()
        algebra.file = "7A-algebra.csv"
        algebra.subject = "Алгебра"
        algebra.assessments = [("СОР 1 алгебра", 20)]
        algebra.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["19"])]
        _ = try store.importGradebook(algebra.gradebook)

        let undo = try store.undo(importID: 1)
        #expect(undo.removed == 8)
        let book = try store.gradebook()
        #expect(book.people.map(\.id) == ["teams:aruzhan@school.kz"])
        #expect(book.people.first?.source?.source == "import-2")
        #expect(book.classes.map(\.id) == ["teams:class:7А"])
        #expect(book.subjects.map(\.name) == ["Алгебра"])
        #expect(book.assessments.map(\.title) == ["СОР 1 алгебра"])
        #expect(book.enrollments.map(\.subject) == ["teams:subject:Алгебра"])
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func fieldsAnImportFilledInAreEmptiedByItsUndo() throws {
        let store = try GradeStore.inMemory()
        var noIIN = ClassExport()
        noIIN.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["18", "17", "22"])]
        _ = try store.importGradebook(noIIN.gradebook)
        var withIIN = noIIN
        withIIN.file = "7A-with-iin.csv"
        let iin = try validIIN("08021560015")
        withIIN.iins = ["aruzhan@school.kz": iin]
        _ = try store.importGradebook(withIIN.gradebook)
        #expect(try store.gradebook().people.first?.iin == iin)
        try store.undo(importID: 2)
        #expect(try store.gradebook().people.first?.iin == nil)
    }

    @Test(arguments: [(Int64(99), GradeStoreError.Code.unknownImport), (2, .notAnImport)])
    func undoRefusesWhatIsNoImport(id: Int64, code: GradeStoreError.Code) throws {
        let store = try GradeStore.inMemory()
        _ = try store.importGradebook(ClassExport().gradebook)
        var other = ClassExport()
        other.file = "other.csv"
        other.className = "8А"
        _ = try store.importGradebook(other.gradebook)
        try store.undo(importID: 2)  // entry 3
        let undoEntry = id == 2 ? Int64(3) : id
        let error = try #require(throws: GradeStoreError.self) { try store.undo(importID: undoEntry) }
        #expect(error.code == code)
        let again = try #require(throws: GradeStoreError.self) { try store.undo(importID: 2) }
        #expect(again.code == .alreadyUndone)
        #expect(again.description == "import 2 was already undone (entry 3)")
    }

    @Test func anUndoneFileCanBeImportedAgain() throws {
        let store = try GradeStore.inMemory()
        let export = ClassExport()
        _ = try store.importGradebook(export.gradebook)
        try store.undo(importID: 1)
        let again = try store.importGradebook(export.gradebook)
        #expect(again.disposition == .imported)
        #expect(again.importID == 3)
        #expect(again.added == 8)
    }
}
