import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// Damaged and wrong inputs under `Samples/Teams/bad/`: each gives its exact diagnostic, and the
/// other rows are kept.
@Suite struct BadInputTests {
    static let cases: [ExpectedDiagnostic] = [
        ExpectedDiagnostic(
            file: "truncated-feedback.csv", code: .truncatedInput, severity: .error, line: 4, column: 5, results: 4),
        ExpectedDiagnostic(
            file: "duplicate-student.csv", code: .duplicateStudent, severity: .error, line: 4, column: 3, results: 4),
        ExpectedDiagnostic(
            file: "score-over-max.csv", code: .scoreAboveMaximum, severity: .warning, line: 4, column: 4, results: 6),
        ExpectedDiagnostic(
            file: "negative-score.csv", code: .negativeScore, severity: .error, line: 4, column: 4, results: 5),
        ExpectedDiagnostic(
            file: "unknown-word.csv", code: .invalidScore, severity: .error, line: 4, column: 4, results: 5),
        ExpectedDiagnostic(
            file: "malformed-dump.json", code: .truncatedInput, severity: .error, line: 59, column: 3, results: 0),
        ExpectedDiagnostic(file: "empty.csv", code: .emptyInput, severity: .error, line: nil, column: nil, results: 0),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: ExpectedDiagnostic) throws {
        let book = try TeamsSamples.read("bad/" + bad.file)
        let mismatches = bad.mismatches(in: book, readFrom: TeamsSamples.path("bad/" + bad.file))
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func duplicateStudentNamesTheFirstRow() throws {
        let book = try TeamsSamples.read("bad/duplicate-student.csv")
        let duplicate = try #require(book.diagnostics(.duplicateStudent).first)
        #expect(duplicate.message.contains("line 3"))
        let kept = try #require(
            book.result("teams:erasyl.nurlanuly@school7.example.kz", "teams:duplicate-student:СОР 1"))
        #expect(kept.score == DecimalNumber(15))
        #expect(book.people.count == 2)
    }

    @Test func scoreOverMaximumIsKept() throws {
        let book = try TeamsSamples.read("bad/score-over-max.csv")
        let result = book.result("teams:maria.ivanova@school7.example.kz", "teams:score-over-max:СОР 1")
        #expect(result?.score == DecimalNumber(25))
    }

    @Test func unknownWordKeepsTheRestOfTheRow() throws {
        let book = try TeamsSamples.read("bad/unknown-word.csv")
        #expect(book.result("teams:maria.ivanova@school7.example.kz", "teams:unknown-word:СОР 1") == nil)
        #expect(
            book.result("teams:maria.ivanova@school7.example.kz", "teams:unknown-word:СОЧ")?.score == DecimalNumber(29))
        #expect(book.diagnostics(.invalidScore).first?.message.contains("см. тетрадь") == true)
        // Scoped by the file name, which names no class.
        #expect(book.classes.map(\.name) == ["unknown-word"])
    }

    @Test func truncatedDumpKeepsTheRecordsBeforeTheDamage() throws {
        let book = try TeamsSamples.read("bad/malformed-dump.json")
        #expect(book.people.count == 2)
        #expect(book.classes.map(\.name) == ["7А"])
    }

    @Test func classroomFileIsReadWithoutFeedback() throws {
        let book = try TeamsSamples.read("bad/classroom-grades.csv")
        #expect(book.results.count == 2)
        #expect(book.diagnostics(.ignoredContent).first?.message.contains("Overall") == true)
    }
}
