/// A message about an input: a rejected row or cell, a value kept with a warning, or a note on how
/// something was read.
///
/// Diagnostics are how GradePort keeps its promise that nothing is lost silently: every data row of
/// every input is either in the gradebook or named by a diagnostic.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
        /// Something was rejected: a row, a cell, or a whole input.
        case error
        /// Something was kept but looks wrong, or was read by a rule the user should know about.
        case warning
        /// A note on how the input was understood.
        case info

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .info: 0
            }
        }

        /// Orders severities from `info` (lowest) to `error` (highest).
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable, machine-readable kebab-case code such as `score-above-maximum`.
    public var code: DiagnosticCode
    /// A sentence for people: what was found and what was done with it.
    public var message: String
    /// The ``Source/id`` of the input, when the input was opened.
    public var source: Source.ID?
    /// The path of the input as the user gave it.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column (the field number in a CSV file), when known.
    public var column: Int?

    /// Creates a diagnostic.
    public init(
        severity: Severity, code: DiagnosticCode, message: String, source: Source.ID? = nil, file: String? = nil,
        line: Int? = nil, column: Int? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.source = source
        self.file = file
        self.line = line
        self.column = column
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The compiler-style form used on standard error: `FILE:LINE:COLUMN: error: message [code]`.
    public var description: String {
        var location = file ?? source?.rawValue ?? "gradeport"
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}
