/// The error an adapter throws when an input as a whole cannot be read.
public struct ExportReadError: DiagnosableError, Sendable, Hashable, CustomStringConvertible {
    /// The diagnostic code.
    public var diagnosticCode: DiagnosticCode
    /// What went wrong.
    public var diagnosticMessage: String
    /// The 1-based line, when known.
    public var diagnosticLine: Int?
    /// The 1-based column, when known.
    public var diagnosticColumn: Int?

    /// Creates the error.
    public init(_ code: DiagnosticCode, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.diagnosticCode = code
        self.diagnosticMessage = message
        self.diagnosticLine = line
        self.diagnosticColumn = column
    }

    /// The message with its line and column.
    public var description: String {
        var location = ""
        if let diagnosticLine {
            location = "\(diagnosticLine)"
            if let diagnosticColumn { location += ":\(diagnosticColumn)" }
            location += ": "
        }
        return location + diagnosticMessage
    }
}
