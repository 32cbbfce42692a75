import BilimClassAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Damaged and wrong inputs under `Samples/BilimClass/bad/`: each gives its exact diagnostic, and
/// the rest is kept.
@Suite struct BadInputTests {
    static let cases: [ExpectedDiagnostic] = [
        ExpectedDiagnostic(
            file: "truncated-dump.json", code: .truncatedInput, severity: .error, line: 172, column: 13, results: 0),
        ExpectedDiagnostic(
            file: "mark-without-max.json", code: .incompleteRecord, severity: .warning, line: 180, column: 16,
            results: 3),
        ExpectedDiagnostic(
            file: "negative-mark.json", code: .negativeScore, severity: .error, line: 181, column: 16, results: 2),
        ExpectedDiagnostic(
            file: "mark-over-max.json", code: .scoreAboveMaximum, severity: .warning, line: 181, column: 16, results: 3
        ),
        ExpectedDiagnostic(
            file: "unknown-schedule.json", code: .danglingReference, severity: .error, line: 194, column: 47,
            results: 2),
        ExpectedDiagnostic(
            file: "kundelik-persons.json", code: .unknownFormat, severity: .error, line: nil, column: nil, results: 0),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: ExpectedDiagnostic) throws {
        let book = try BilimClassSamples.read("bad/" + bad.file)
        let mismatches = bad.mismatches(in: book, readFrom: BilimClassSamples.path("bad/" + bad.file))
        #expect(mismatches.isEmpty, "\(mismatches)")
        #expect(book.diagnostics.filter { $0.severity == .error }.count == (bad.severity == .error ? 1 : 0))
    }

    @Test func truncatedDumpKeepsWhatCameBeforeTheDamage() throws {
        let book = try BilimClassSamples.read("bad/truncated-dump.json")
        #expect(book.people.map(\.familyName) == ["Нұрланов"])
        #expect(book.subjects.map(\.name) == ["Алгебра"])
    }

    @Test func markWithoutMaximumIsKeptWithoutPercent() throws {
        let book = try BilimClassSamples.read("bad/mark-without-max.json")
        let result = try #require(book.results.first { $0.raw == "16" })
        #expect(result.maxScore == nil)
        #expect(result.percent == nil)
    }

    @Test func markOverMaximumIsKept() throws {
        let book = try BilimClassSamples.read("bad/mark-over-max.json")
        #expect(book.results.contains { $0.score == DecimalNumber(23) && $0.maxScore == DecimalNumber(20) })
    }

    @Test func kundelikFileIsNotSniffed() throws {
        let file = try ExportFile(path: BilimClassSamples.path("bad/kundelik-persons.json"))
        #expect(BilimClassPlatform().sniff(file) == nil)
    }
}
