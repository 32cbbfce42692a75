import GradePortBase

extension JSONReadError: DiagnosableError {
    /// The diagnostic code for the kind of failure.
    public var diagnosticCode: DiagnosticCode {
        switch code {
        case .empty: .emptyInput
        case .truncated: .truncatedInput
        case .invalidText: .invalidText
        case .limitExceeded: .limitExceeded
        case .notADump: .unknownFormat
        case .io: .unreadableInput
        default: .malformedInput
        }
    }

    /// The message, without the position.
    public var diagnosticMessage: String { message }

    /// The line, when known (0 means the error is about the file or folder as a whole).
    public var diagnosticLine: Int? { line > 0 ? line : nil }

    /// The column, when known.
    public var diagnosticColumn: Int? { line > 0 && column > 0 ? column : nil }
}
