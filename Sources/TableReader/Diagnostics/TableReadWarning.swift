import GradePortBase

/// A problem the reader recovered from, with its position.
///
/// Warnings are recorded for input that is accepted leniently, for example a quote inside an
/// unquoted field (`ab"c`), which is kept literally.
public struct TableReadWarning: CustomStringConvertible, Sendable, Equatable {
    /// The name of the file (or the name given to an in-memory input).
    public let file: String
    /// The 1-based physical line of the problem.
    public let line: Int
    /// The 1-based field number of the problem, when known.
    public let column: Int?
    /// A human-readable explanation, without the position prefix.
    public let message: String
    /// The diagnostic code the warning becomes: `invalid-text` for a byte sequence replaced by
    /// U+FFFD, `malformed-input` for the rest.
    public let code: DiagnosticCode

    /// Creates a warning.
    public init(file: String, line: Int, column: Int?, message: String, code: DiagnosticCode = .malformedInput) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.code = code
    }

    /// The warning formatted as `FILE:LINE:COLUMN: warning: message`.
    public var description: String {
        let position = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        return "\(position): warning: \(message)"
    }
}

extension TableReadWarning: DiagnosableWarning {
    /// ``code``.
    public var diagnosticCode: DiagnosticCode { code }
    /// ``message``.
    public var diagnosticMessage: String { message }
    /// ``line``.
    public var diagnosticLine: Int? { line }
    /// ``column``.
    public var diagnosticColumn: Int? { column }
}
