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
