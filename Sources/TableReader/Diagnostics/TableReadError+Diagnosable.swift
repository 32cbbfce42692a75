import GradePortBase

extension TableReadError: DiagnosableError {
    /// The diagnostic code for the kind of failure.
    public var diagnosticCode: DiagnosticCode {
        switch code {
        case .emptyFile: .emptyInput
        case .binaryFile: .binaryInput
        case .unknownEncoding, .invalidText: .invalidText
        case .unterminatedQuote: .truncatedInput
        case .limitExceeded: .limitExceeded
        case .corruptArchive, .malformedWorkbook: .malformedInput
        case .unsupportedFormat: .binaryInput
        case .notAWorkbook: .unknownFormat
        case .noRows: .emptyInput
        default: .unreadableInput
        }
    }

    /// The message, without the position.
    public var diagnosticMessage: String { message }

    /// The line, when known.
    public var diagnosticLine: Int? { line }

    /// The field number, when known.
    public var diagnosticColumn: Int? { column }
}
