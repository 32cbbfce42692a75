/// An error that knows where in an input it happened, so it can become a ``Diagnostic``.
///
/// Reader errors (CSV, JSON, XML) conform, and so does ``ExportReadError``, the error adapters
/// throw when an input as a whole cannot be read.
public protocol DiagnosableError: Error {
    /// The diagnostic code for the error.
    var diagnosticCode: DiagnosticCode { get }
    /// The message, without the location.
    var diagnosticMessage: String { get }
    /// The 1-based line, when known.
    var diagnosticLine: Int? { get }
    /// The 1-based column, when known.
    var diagnosticColumn: Int? { get }
}

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
