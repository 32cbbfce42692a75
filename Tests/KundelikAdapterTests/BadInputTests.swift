import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// Damaged and wrong inputs under `Samples/Kundelik/bad/`: each gives its exact diagnostic, and the
/// rest is kept.
@Suite struct BadInputTests {
    static let cases: [ExpectedDiagnostic] = [
        ExpectedDiagnostic(
            file: "truncated-dump.json", code: .truncatedInput, severity: .error, line: 104, column: 19, results: 0),
        ExpectedDiagnostic(
            file: "mark-for-unknown-person.json", code: .danglingReference, severity: .error, line: 136, column: 5,
            results: 4),
        ExpectedDiagnostic(
            file: "not-a-mark.json", code: .invalidScore, severity: .error, line: 118, column: 5, results: 3),
        ExpectedDiagnostic(
            file: "negative-points.json", code: .negativeScore, severity: .error, line: 152, column: 5, results: 3),
        ExpectedDiagnostic(
            file: "points-over-maxvalue.json", code: .scoreAboveMaximum, severity: .warning, line: 152, column: 5,
            results: 4),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: ExpectedDiagnostic) throws {
        let book = try KundelikSamples.read("bad/" + bad.file)
        let mismatches = bad.mismatches(in: book, readFrom: KundelikSamples.path("bad/" + bad.file))
        #expect(mismatches.isEmpty, "\(mismatches)")
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
        #expect(!book.people.contains { $0.id.rawValue.hasSuffix("2120551935349799999") })
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
