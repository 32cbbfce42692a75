import GradePortCore

/// What reading one damaged or wrong input must report: exactly one diagnostic with a code, its
/// severity and place, and how many results are still kept.
///
/// A table of these drives a parameterized test over an adapter's `bad/` samples:
///
/// ```swift
/// static let cases = [
///     ExpectedDiagnostic(
///         file: "negative-score.csv", code: .negativeScore, severity: .error, line: 4, column: 4, results: 5),
/// ]
///
/// @Test(arguments: cases)
/// func reportsTheProblemAndKeepsTheRest(_ bad: ExpectedDiagnostic) throws {
///     let path = fixtures.sample("MyPlatform/bad/" + bad.file)
///     let mismatches = bad.mismatches(in: try fixtures.read(path, with: MyPlatform()), readFrom: path)
///     #expect(mismatches.isEmpty, "\(mismatches)")
/// }
/// ```
public struct ExpectedDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The input's name, as the test finds it: under the platform's `bad/` samples, say.
    public var file: String
    /// The code of the one diagnostic the input must give.
    public var code: DiagnosticCode
    /// Its severity.
    public var severity: Diagnostic.Severity
    /// Its line (1-based), or `nil` when the diagnostic names no line.
    public var line: Int?
    /// Its column (1-based), or `nil` when the diagnostic names no column.
    public var column: Int?
    /// How many results reading the input still keeps.
    public var results: Int

    /// Describes what reading `file` must report.
    public init(
        file: String, code: DiagnosticCode, severity: Diagnostic.Severity, line: Int?, column: Int?, results: Int
    ) {
        self.file = file
        self.code = code
        self.severity = severity
        self.line = line
        self.column = column
        self.results = results
    }

    /// The input's name, which is how a parameterized test names the case.
    public var description: String { file }

    /// How `book`, read from the file at `path`, differs from what is expected (empty when it
    /// matches): not exactly one diagnostic with ``code``, or that diagnostic's severity, line, column
    /// or file, or the number of results.
    public func mismatches(in book: Gradebook, readFrom path: String) -> [String] {
        let found = book.diagnostics.filter { $0.code == code }
        var mismatches: [String] = []
        if found.count != 1 {
            mismatches.append("expected one \(code) diagnostic, found \(found.count) in \(book.diagnostics)")
        }
        if let diagnostic = found.first {
            func check<Value: Equatable>(_ what: String, _ actual: Value, _ expected: Value) {
                if actual != expected { mismatches.append("\(what): expected \(expected), found \(actual)") }
            }
            check("severity", diagnostic.severity, severity)
            check("line", diagnostic.line, line)
            check("column", diagnostic.column, column)
            check("file", diagnostic.file, path)
        }
        if book.results.count != results {
            mismatches.append("results: expected \(results), found \(book.results.count)")
        }
        return mismatches
    }
}
