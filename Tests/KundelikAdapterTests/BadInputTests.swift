import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// Damaged and wrong inputs under `Samples/Kundelik/bad/`: each gives its exact diagnostic, and the
/// rest is kept.
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
        Case(file: "truncated-dump.json", code: .truncatedInput, severity: .error, line: 104, column: 19, results: 0),
        Case(
            file: "mark-for-unknown-person.json", code: .danglingReference, severity: .error, line: 136, column: 5,
            results: 4),
        Case(file: "not-a-mark.json", code: .invalidScore, severity: .error, line: 118, column: 5, results: 3),
        Case(file: "negative-points.json", code: .negativeScore, severity: .error, line: 152, column: 5, results: 3),
        Case(
            file: "points-over-maxvalue.json", code: .scoreAboveMaximum, severity: .warning, line: 152, column: 5,
            results: 4),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: Case) throws {
        let book = try KundelikSamples.read("bad/" + bad.file)
        let found = book.diagnostics.filter { $0.code == bad.code }
        #expect(found.count == 1, "\(book.diagnostics)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == bad.severity)
        #expect(diagnostic.line == bad.line)
        #expect(diagnostic.column == bad.column)
        #expect(diagnostic.file == KundelikSamples.path("bad/" + bad.file))
        #expect(book.results.count == bad.results)
    }

    @Test func truncatedDumpKeepsTheRecordsBeforeTheDamage() throws {
        let book = try KundelikSamples.read("bad/truncated-dump.json")
        #expect(book.people.count == 2)
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.assessments.count == 1)
    }

    @Test func unknownPersonIsNamed() throws {
        let book = try KundelikSamples.read("bad/mark-for-unknown-person.json")
        #expect(book.diagnostics(.danglingReference).first?.message.contains("2120551935349799999") == true)
        #expect(!book.people.contains { $0.id.hasSuffix("2120551935349799999") })
    }

    @Test func pointsOverMaxValueAreKept() throws {
        let book = try KundelikSamples.read("bad/points-over-maxvalue.json")
        let result = book.result(KundelikSamples.person("2120551935349716683"), "kundelik:section:2500000000000007701")
        #expect(result?.score == DecimalNumber(22))
        #expect(result?.maxScore == DecimalNumber(20))
    }

    @Test func teamsFileIsNotKundelik() throws {
        let file = try ExportFile(path: KundelikSamples.path("bad/teams-grades.csv"))
        #expect(KundelikPlatform().sniff(file) == nil)
    }
}
