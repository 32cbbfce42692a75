internal import CLibXML2

/// Collects the errors libxml2 reports for one reader through `xmlTextReaderSetStructuredErrorHandler`.
///
/// Each reader has its own collector (passed to libxml2 as an unretained context), so there is no global state,
/// and with a structured handler installed libxml2 prints nothing to stderr. Only the first relevant error is
/// kept: later ones are usually consequences of it.
final class DiagnosticCollector {
    /// An error as libxml2 reported it.
    struct Diagnostic {
        var code: Int32
        var message: String
        var line: Int?
        var column: Int?
    }

    /// The first error that stops reading, if any.
    private(set) var first: Diagnostic?

    /// Whether an error was recorded: a cheap check for every read, unlike copying ``first``.
    private(set) var hasError = false

    /// Records `error` if it is the first one that matters.
    ///
    /// Errors and fatal errors count; warnings are ignored except "entity not defined", which libxml2 only
    /// warns about in a document with an (unloaded) external DTD, while it silently drops the reference's text.
    func record(_ error: UnsafePointer<xmlError>) {
        guard first == nil else { return }
        let error = error.pointee
        let isError = error.level.rawValue >= XML_ERR_ERROR.rawValue
        guard isError || error.code == LibXML2.warningUndeclaredEntity else { return }
        var message = error.message.map { String(cString: $0) } ?? "Unknown libxml2 error \(error.code)"
        while message.last?.isNewline == true { message.removeLast() }
        hasError = true
        first = Diagnostic(
            code: error.code,
            message: message,
            line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil
        )
    }
}

/// libxml2's structured error callback: forwards to the ``DiagnosticCollector`` passed as context.
let structuredErrorCallback: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().record(error)
}
