import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

@Suite struct ReadingTests {
    /// A store with 7А and 7Б physics (term Q2) and 7А algebra (term Q3).
    static func store() throws -> GradeStore {
        let store = try GradeStore.inMemory()
        _ = try store.importGradebook(ClassExport().gradebook)
        var sevenB = ClassExport()
        sevenB.className = "7Б"
        sevenB.file = "7B-physics.csv"
        sevenB.students = [("dana@school.kz", "Ли Дана", ["12", "13", "14"])]
        _ = try store.importGradebook(sevenB.gradebook)
        var algebra = ClassExport()
        algebra.subject = "Алгебра"
        algebra.term = "2025-2026/Q3"
        algebra.file = "7A-algebra.csv"
        algebra.assessments = [("СОР 1 (алгебра)", 20)]
        algebra.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["20"])]
        _ = try store.importGradebook(algebra.gradebook)
        return store
    }

    @Test(arguments: [
        (GradebookFilter(), 12, 4),
        (GradebookFilter(classes: ["7А"]), 9, 3),
        (GradebookFilter(classes: ["7a"]), 9, 3),
        (GradebookFilter(classes: ["teams:class:7Б"]), 3, 1),
        (GradebookFilter(subjects: ["физика"]), 11, 4),
        (GradebookFilter(classes: ["7А"], subjects: ["Физика"]), 8, 3),
        (GradebookFilter(terms: ["2025-2026/Q3"]), 1, 1),
        (GradebookFilter(classes: ["7А", "7Б"], terms: ["2025-2026/Q2"]), 11, 4),
    ])
    func filtersSelectClassesSubjectsAndTerms(filter: GradebookFilter, results: Int, people: Int) throws {
        let book = try Self.store().gradebook(matching: filter)
        #expect(book.results.count == results)
        #expect(book.people.count == people)
        // Everything a result names is in the gradebook.
        let personIDs = Set(book.people.map(\.id))
        let assessmentIDs = Set(book.assessments.map(\.id))
        let sourceIDs = Set(book.sources.map(\.id))
        #expect(book.results.allSatisfy { personIDs.contains($0.person) && assessmentIDs.contains($0.assessment) })
        #expect(book.results.allSatisfy { sourceIDs.contains($0.source.source) })
        let classIDs = Set(book.classes.map(\.id))
        #expect(book.assessments.allSatisfy { $0.class.map(classIDs.contains) ?? true })
        #expect(book.enrollments.allSatisfy { personIDs.contains($0.person) && classIDs.contains($0.class) })
    }

    @Test func aClassFromTheStoreHasItsImportsAsSources() throws {
        let book = try Self.store().gradebook(matching: GradebookFilter(classes: ["7Б"]))
        // The subject and term records came with import 1, the class and the results with import 2.
        #expect(book.sources.map(\.id) == ["import-1", "import-2"])
        #expect(book.sources.last?.file == "7B-physics.csv")
        #expect(book.subjects.first?.source?.source == "import-1")
        #expect(book.classes.first?.source?.source == "import-2")
        #expect(book.classes.map(\.name) == ["7Б"])
        #expect(book.subjects.map(\.name) == ["Физика"])
        #expect(book.terms.map(\.id) == ["2025-2026/Q2"])
        #expect(book.people.map(\.fullName) == ["Ли Дана"])
        #expect(book.results.map(\.source.line) == [2, 2, 2])
        #expect(book.diagnostics.isEmpty)
    }

    @Test(arguments: [
        (GradebookFilter(classes: ["9Z"]), "no class '9Z' in the store; the store has: 7А, 7Б"),
        (GradebookFilter(subjects: ["Химия"]), "no subject 'Химия' in the store; the store has: Алгебра, Физика"),
        (GradebookFilter(terms: ["Q4"]), "no term 'Q4' in the store; the store has: 2025-2026/Q2, 2025-2026/Q3"),
    ])
    func aFilterThatNamesNothingSaysWhatTheStoreHas(filter: GradebookFilter, message: String) throws {
        let error = try #require(throws: GradeStoreError.self) { try Self.store().gradebook(matching: filter) }
        #expect(error.code == .noMatch)
        #expect(error.description == message)
    }

    @Test func anEmptyStoreReadsAsAnEmptyGradebook() throws {
        let book = try GradeStore.inMemory().gradebook()
        #expect(book == Gradebook())
    }
}
