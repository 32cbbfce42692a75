import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

@Suite struct ImportTests {
    @Test func aFirstImportAddsEveryResultWithItsProvenance() throws {
        let store = try GradeStore.inMemory()
        let export = ClassExport()
        let summary = try store.importGradebook(export.gradebook)
        #expect(summary.disposition == .imported)
        #expect(summary.importID == 1)
        #expect(summary.counts + [summary.rejected] == [8, 0, 0, 0])
        #expect(summary.peopleAdded == 3)
        #expect(summary.assessmentsAdded == 3)

        let book = try store.gradebook()
        #expect(
            book.sources == [
                Source(
                    id: "import-1", file: "7A-physics.csv", platform: "teams", export: "grades-csv",
                    sha256: summary.sha256, rows: 3)
            ])
        #expect(book.results.count == 8)
        let maria = try #require(
            book.results.first { $0.person == "teams:maria@school.kz" && $0.assessment == "teams:7А:СОР 1" })
        #expect(maria.status == .absent)
        #expect(maria.raw == "н")
        #expect(maria.source == SourceReference(source: "import-1", line: 4, column: 2))
        let aruzhan = try #require(
            book.results.first { $0.person == "teams:aruzhan@school.kz" && $0.assessment == "teams:7А:СОЧ" })
        #expect(aruzhan.score == DecimalNumber(22))
        #expect(aruzhan.maxScore == DecimalNumber(25))
        #expect(book.people.map(\.fullName) == ["Серікқызы Аружан", "Нұрланұлы Ерасыл", "Иванова Мария"])
        #expect(book.enrollments.count == 3)
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.terms.map(\.id) == ["2025-2026/Q2"])
    }

    @Test func theSameContentAgainChangesNothing() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let store = try GradeStore(path: folder.file("store.sqlite"))
        let export = ClassExport()
        _ = try store.importGradebook(export.gradebook)
        let before = try store.gradebook()

        let again = try store.importGradebook(export.gradebook)
        #expect(again.disposition == .alreadyImported(1))
        #expect(again.importID == nil)
        #expect(try store.history().count == 1)
        #expect(try store.gradebook() == before)
    }

    @Test func anotherFileWithTheSameValuesAddsNothing() throws {
        let store = try GradeStore.inMemory()
        let export = ClassExport()
        _ = try store.importGradebook(export.gradebook)
        var resaved = export
        resaved.file = "7A-physics (copy).csv"
        // Excel re-saved it with decimal commas: the raw text differs, the marks do not.
        resaved = resaved.changing("aruzhan@school.kz", 0, to: "18,0")
        let summary = try store.importGradebook(resaved.gradebook)
        #expect(summary.disposition == .imported)
        #expect(summary.counts == [0, 0, 8])
        #expect(summary.peopleAdded == 0)
        #expect(summary.assessmentsAdded == 0)
        let book = try store.gradebook()
        #expect(book.results.count == 8)
        #expect(book.people.count == 3)
        // The newest import is the results' provenance now.
        #expect(Set(book.results.map(\.source.source)) == ["import-2"])
    }

    @Test func aNewerExportUpdatesWhatChangedAndLogsTheOldValue() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        var newer = first.changing("yerassyl@school.kz", 0, to: "17").changing("yerassyl@school.kz", 1, to: "12")
        newer.file = "7A-physics-2.csv"
        let summary = try store.importGradebook(newer.gradebook)
        #expect(summary.counts == [1, 1, 7])
        #expect(summary.changes.count == 1)
        let change = try #require(summary.changes.first)
        #expect(change.person == "teams:yerassyl@school.kz")
        #expect(change.personName == "Нұрланұлы Ерасыл")
        #expect(change.assessmentTitle == "СОР 1")
        #expect(change.old.score == DecimalNumber(15))
        #expect(change.new.score == DecimalNumber(17))
        #expect(change.previousImport == 1)
        #expect(change.source.line == 3)

        let stored = try store.gradebook().results.first {
            $0.person == "teams:yerassyl@school.kz" && $0.assessment == "teams:7А:СОР 1"
        }
        #expect(stored?.score == DecimalNumber(17))
        #expect(stored?.source == SourceReference(source: "import-2", line: 3, column: 2))

        let log = try store.resultLog(ofImport: 2).filter { $0.action == .change }
        #expect(log.count == 1)
        #expect(log.first?.person == "teams:yerassyl@school.kz")
        #expect(log.first?.old?.score == DecimalNumber(15))
        #expect(log.first?.new?.score == DecimalNumber(17))
        #expect(log.first?.oldImport == 1)
        #expect(try store.resultLog(ofImport: 2).count { $0.action == .confirm } == 7)
    }

    @Test func rejectedRowsAreCountedAndKeptWithTheImport() throws {
        let store = try GradeStore.inMemory()
        var builder = GradebookBuilder()
        builder.beginSource(file: "bad.csv", platform: "teams", export: "grades-csv", sha256: "abc")
        builder.add(Assessment(id: "a", title: "СОР 1", kind: .sectionSummative, maxScore: DecimalNumber(20)))
        builder.add(Person(id: "p", familyName: "Ким"))
        builder.add(
            AssessmentResult(
                person: "p", assessment: "a", status: .graded, score: DecimalNumber(-3), raw: "-3",
                source: builder.reference(line: 4, column: 5)))
        builder.add(
            AssessmentResult(
                person: "p", assessment: "a", status: .graded, score: DecimalNumber(18), raw: "18",
                source: builder.reference(line: 5, column: 5)))
        let summary = try store.importGradebook(builder.build())
        #expect(summary.added == 1)
        #expect(summary.rejected == 1)
        let history = try store.history()
        #expect(history.map(\.rejected) == [1])
        let kept = try store.diagnostics(ofImport: 1)
        #expect(kept.map(\.description) == ["bad.csv:4:5: error: negative score -3 rejected [negative-score]"])
    }

    @Test func anImportIsOneInput() throws {
        let store = try GradeStore.inMemory()
        var book = ClassExport().gradebook
        book.sources.append(Source(id: "s2", file: "other.csv", platform: "teams", export: "grades-csv"))
        #expect(throws: GradeStoreError.self) { try store.importGradebook(book) }
        #expect(try store.history().isEmpty)
    }

    @Test func historyCountsEveryImportAndUndo() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        var other = ClassExport()
        other.className = "7Б"
        other.file = "7B-physics.csv"
        _ = try store.importGradebook(other.gradebook)
        var newer = first.changing("maria@school.kz", 0, to: "16")
        newer.file = "7A-physics-newer.csv"
        _ = try store.importGradebook(newer.gradebook)
        try store.undo(importID: 2)

        let history = try store.history()
        #expect(history.map(\.id) == [1, 2, 3, 4])
        #expect(history.map(\.kind) == [.import, .import, .import, .undo])
        #expect(history.map(\.added) == [8, 8, 0, 0])
        #expect(history.map(\.changed) == [0, 0, 1, 0])
        #expect(history.map(\.unchanged) == [0, 0, 7, 0])
        #expect(history.map(\.removed) == [0, 0, 0, 8])
        #expect(history.map(\.undoneBy) == [nil, 4, nil, nil])
        #expect(history[3].undoes == 2)
        #expect(history[3].file == "7B-physics.csv")
        #expect(history.allSatisfy { $0.at.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil })
    }
}

extension ImportSummary.Disposition: CustomTestStringConvertible {
    /// The case as Swift writes it.
    public var testDescription: String { "\(self)" }
}
