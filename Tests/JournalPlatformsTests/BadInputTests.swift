import GradePortCore
import GradePortTesting
import Testing

/// Damaged and wrong inputs under `Samples/<Platform>/bad/`: each gives its exact diagnostic, and
/// the other rows are kept.
@Suite struct BadInputTests {
    /// One bad input of a platform's folder and what reading it must report.
    struct Case: Sendable, CustomTestStringConvertible {
        var folder: String
        var expected: ExpectedDiagnostic
        var testDescription: String { "\(folder)/bad/\(expected.file)" }

        init(
            folder: String, file: String, code: DiagnosticCode, severity: Diagnostic.Severity, line: Int?,
            column: Int?, results: Int
        ) {
            self.folder = folder
            expected = ExpectedDiagnostic(
                file: file, code: code, severity: severity, line: line, column: column, results: results)
        }
    }

    static let cases: [Case] = [
        // OnlineMektep: line 6 is the second student, field 7 is СОР 1 (макс. 10).
        Case(
            folder: "OnlineMektep", file: "unknown-word.csv", code: .invalidScore, severity: .error, line: 6,
            column: 7, results: 23),
        Case(
            folder: "OnlineMektep", file: "negative-score.csv", code: .negativeScore, severity: .error, line: 6,
            column: 7, results: 23),
        Case(
            folder: "OnlineMektep", file: "score-over-max.csv", code: .scoreAboveMaximum, severity: .warning,
            line: 6, column: 7, results: 24),
        Case(
            folder: "OnlineMektep", file: "truncated.csv", code: .truncatedInput, severity: .error, line: 7,
            column: 2, results: 16),
        Case(
            folder: "OnlineMektep", file: "bilimland-results.csv", code: .missingColumn, severity: .warning,
            line: 2, column: nil, results: 0),
        // Opiq: line 5 is the second student, field 3 is СОР 1's value, field 5 the mark column.
        Case(
            folder: "Opiq", file: "unknown-word.csv", code: .invalidScore, severity: .error, line: 5, column: 3,
            results: 13),
        Case(
            folder: "Opiq", file: "negative-score.csv", code: .negativeScore, severity: .error, line: 5, column: 3,
            results: 13),
        Case(
            folder: "Opiq", file: "score-over-max.csv", code: .scoreAboveMaximum, severity: .warning, line: 5,
            column: 3, results: 14),
        Case(
            folder: "Opiq", file: "mark-out-of-range.csv", code: .invalidScore, severity: .error, line: 5,
            column: 5, results: 13),
        Case(
            folder: "Opiq", file: "truncated.csv", code: .truncatedInput, severity: .error, line: 11, column: 10,
            results: 30),
        Case(
            folder: "Opiq", file: "bilimland-results.csv", code: .missingHeader, severity: .error, line: 2,
            column: nil, results: 0),
        // Opiq's long table: line 10 is Ахметов's mark-only task, line 4 the first result; field 7 is Оценка.
        Case(
            folder: "Opiq", file: "long-mark-out-of-range.csv", code: .invalidScore, severity: .error, line: 10,
            column: 7, results: 10),
        Case(
            folder: "Opiq", file: "long-mark-disagrees.csv", code: .percentMismatch, severity: .warning, line: 4,
            column: 7, results: 11),
        // Bilim Land: line 4 is the first result row, field 10 is Балл.
        Case(
            folder: "BilimLand", file: "unknown-word.csv", code: .invalidScore, severity: .error, line: 4,
            column: 10, results: 2),
        Case(
            folder: "BilimLand", file: "negative-score.csv", code: .negativeScore, severity: .error, line: 4,
            column: 10, results: 2),
        Case(
            folder: "BilimLand", file: "score-over-max.csv", code: .scoreAboveMaximum, severity: .warning, line: 4,
            column: 10, results: 3),
        Case(
            folder: "BilimLand", file: "truncated.csv", code: .truncatedInput, severity: .error, line: 7, column: 5,
            results: 2),
        Case(
            folder: "BilimLand", file: "onlinemektep-journal.csv", code: .missingHeader, severity: .error,
            line: nil, column: nil, results: 0),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: Case) throws {
        let samples = JournalPlatformSamples.samples(bad.folder)
        let book = try samples.read("bad/" + bad.expected.file)
        let mismatches = bad.expected.mismatches(in: book, readFrom: samples.path("bad/" + bad.expected.file))
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func unknownWordKeepsTheRestOfTheRow() throws {
        let book = try JournalPlatformSamples.onlineMektep.read("bad/unknown-word.csv")
        let person = "onlinemektep:7А:ахметов нурлан серикулы"
        #expect(book.result(person, "onlinemektep:7А/Математика/Q1:СОР 1") == nil)
        #expect(book.result(person, "onlinemektep:7А/Математика/Q1:09.09")?.score == 6)
        #expect(book.diagnostics(.invalidScore).first?.message.contains("см. тетрадь") == true)
    }

    @Test func anotherPlatformsFileIsNotClaimed() throws {
        let onlineMektep = JournalPlatformSamples.onlineMektep
        let opiq = JournalPlatformSamples.opiq
        let bilimLand = JournalPlatformSamples.bilimLand
        #expect(
            onlineMektep.platform.sniff(try ExportFile(path: onlineMektep.path("bad/bilimland-results.csv"))) == nil)
        #expect(opiq.platform.sniff(try ExportFile(path: opiq.path("bad/bilimland-results.csv"))) == nil)
        #expect(bilimLand.platform.sniff(try ExportFile(path: bilimLand.path("bad/onlinemektep-journal.csv"))) == nil)
    }
}
