import BilimClassAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Damaged and wrong inputs under `Samples/BilimClass/bad/`: each gives its exact diagnostic, and
/// the rest is kept.
@Suite struct BadInputTests {
    /// One bad input and what reading it must report.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var code: DiagnosticCode
        var severity: Diagnostic.Severity
        var line: Int?
        var column: Int?
        var results: Int
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "truncated-dump.json", code: .truncatedInput, severity: .error, line: 172, column: 13, results: 0),
        Case(
            file: "mark-without-max.json", code: .incompleteRecord, severity: .warning, line: 180, column: 16,
            results: 3),
        Case(file: "negative-mark.json", code: .negativeScore, severity: .error, line: 181, column: 16, results: 2),
        Case(
            file: "mark-over-max.json", code: .scoreAboveMaximum, severity: .warning, line: 181, column: 16, results: 3
        ),
        Case(
            file: "unknown-schedule.json", code: .danglingReference, severity: .error, line: 194, column: 47,
            results: 2),
        Case(file: "kundelik-persons.json", code: .unknownFormat, severity: .error, line: nil, column: nil, results: 0),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: Case) throws {
        let book = try BilimClassSamples.read("bad/" + bad.file)
        let found = book.diagnostics.filter { $0.code == bad.code }
        #expect(found.count == 1, "\(book.diagnostics)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == bad.severity)
        #expect(diagnostic.line == bad.line)
        #expect(diagnostic.column == bad.column)
        #expect(diagnostic.file == BilimClassSamples.path("bad/" + bad.file))
        #expect(book.results.count == bad.results)
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
