/// A problem a reader worked around, with where it happened, so that an adapter can hand it on as
/// a warning diagnostic (``DiagnosableError``'s counterpart for what did not stop the reading).
///
/// `TableReadWarning` conforms: a stray quote kept as text, a byte sequence replaced by U+FFFD.
public protocol DiagnosableWarning {
    /// The diagnostic code for the warning.
    var diagnosticCode: DiagnosticCode { get }
    /// The message, without the location.
    var diagnosticMessage: String { get }
    /// The 1-based line, when known.
    var diagnosticLine: Int? { get }
    /// The 1-based column, when known.
    var diagnosticColumn: Int? { get }
}
