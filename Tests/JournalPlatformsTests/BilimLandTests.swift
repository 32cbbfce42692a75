import BilimLandAdapter
import Foundation
import GradePortCore
import GradePortTesting
import JournalProfiles
import Testing

/// The long results table: attempts, percent-only tests, statuses, terms.
@Suite struct BilimLandTests {
    static let samples = JournalPlatformSamples.bilimLand
    static let sor1: Assessment.ID = "bilimland:7А/Математика/Q1:СОР 1. Рациональные числа"
    static let practice: Assessment.ID = "bilimland:7А/Математика/Q1:Тренажёр: действия с дробями"
    static let erasyl: Person.ID = "bilimland:7А:нурланулы ерасыл"

    @Test func lastAttemptCountsByDefault() throws {
        let book = try Self.samples.read("7А результаты тестов.csv")
        let result = try #require(book.result(Self.erasyl, Self.sor1))
        #expect(result.score == 7)
        #expect(result.maxScore == 10)
        #expect(result.source.line == 13)
        let notes = book.diagnostics(.supersededAttempt).filter { $0.message.contains("Нурланулы Ерасыл") }
        #expect(notes.map(\.line) == [11, 12])
        #expect(notes.allSatisfy { $0.severity == .info && $0.column == 9 })
    }

    @Test(arguments: [(AttemptPolicy.last, 7, 13), (.best, 8, 12), (.first, 3, 11)])
    func attemptPolicy(_ policy: AttemptPolicy, _ score: Int, _ line: Int) throws {
        let path = Self.samples.path("7А результаты тестов.csv")
        let book = try PlatformSamples.fixtures.read(path, with: BilimLandPlatform(attempts: policy))
        let result = try #require(book.result(Self.erasyl, Self.sor1))
        #expect(result.score == DecimalNumber(score))
        #expect(result.source.line == line)
        #expect(book.diagnostics(.supersededAttempt).count == 4)
    }

    @Test func percentOnlyTestIsOutOfHundred() throws {
        let book = try Self.samples.read("7А результаты тестов.csv")
        let result = try #require(book.result("bilimland:7А:петров дмитрий андреевич", Self.practice))
        #expect(result.score == DecimalNumber(parsing: "77.5"))
        #expect(result.maxScore == 100)
        #expect(result.raw == "77.5%")
        #expect(result.source.column == 12)
    }

    @Test func statusesAndUntakenTests() throws {
        let book = try Self.samples.read("7А результаты тестов.csv")
        #expect(
            book.result("bilimland:7А:иванова мария петровна", "bilimland:7А/Математика/Q1:СОР 2. Линейные уравнения")?
                .status == .exempt)
        #expect(
            book.result("bilimland:7А:ким алексей сергеевич", "bilimland:7А/Математика/Q1:СОЧ за 1 четверть")?.status
                == .missing)
        #expect(book.result("bilimland:7А:омирзак ансар талгатулы", Self.practice) == nil)
        let skipped = book.diagnostics(.skippedRow).filter { $0.line == 28 }
        #expect(skipped.count == 1)
    }

    @Test func everyRowIsAccountedFor() throws {
        let book = try Self.samples.read("7А результаты тестов.csv")
        let rows = try #require(book.sources.first?.rows)
        let notes = book.diagnostics.filter {
            [.supersededAttempt, .skippedRow].contains($0.code) && ($0.line ?? 0) > 3
        }
        #expect(rows == 52)
        #expect(book.results.count + notes.count == rows)
    }

    @Test func testsTakeKindTermAndDate() throws {
        let book = try Self.samples.read("7А результаты тестов.csv")
        let sor = try #require(book.assessments.first { $0.id == Self.sor1 })
        #expect(sor.kind == .sectionSummative)
        #expect(sor.number == 1)
        #expect(sor.maxScore == 10)
        #expect(sor.term == "2025-2026/Q1")
        #expect(sor.date == "2025-09-19")
        #expect(sor.category == "СОР")
        #expect(book.assessments.first { $0.id == Self.practice }?.kind == .other)
        #expect(book.terms.map(\.id) == ["2025-2026/Q1"])
    }

    @Test func resavesReadTheSameResults() throws {
        let original = try Self.samples.read("7А результаты тестов.csv")
        for name in ["7А результаты тестов (Excel).csv", "7А тест нәтижелері.tsv"] {
            let other = try Self.samples.read(name)
            #expect(other.results.map(\.score) == original.results.map(\.score), "\(name)")
            #expect(other.results.map(\.person) == original.results.map(\.person), "\(name)")
        }
    }

    @Test func percentThatDisagreesIsReported() throws {
        let text = "Ученик,Тест,Балл,Макс. балл,Процент\nКим Алексей,СОР 1,8,10,60%\n"
        let book = try read(text)
        #expect(book.results.first?.score == 8)
        let warning = try #require(book.diagnostics(.percentMismatch).first)
        #expect(warning.line == 2)
        #expect(warning.column == 5)
    }

    @Test func sameAttemptTwiceIsADuplicate() throws {
        let text = "Ученик,Тест,Попытка,Балл,Макс. балл\nКим Алексей,СОР 1,1,8,10\nКим Алексей,СОР 1,1,9,10\n"
        let book = try read(text)
        #expect(book.results.first?.score == 8)
        #expect(book.diagnostics(.duplicateResult).first?.line == 3)
    }

    private func read(_ text: String) throws -> Gradebook {
        try TemporaryExport.read(text, named: "bilimland.csv", with: BilimLandPlatform())
    }
}
