import GradePortBase

extension XMLStreamError: DiagnosableError {
    /// The diagnostic code for the kind of failure.
    public var diagnosticCode: DiagnosticCode {
        switch code {
        case .entityDeclaration: .entityDeclaration
        case .depthExceeded, .tooLarge: .limitExceeded
        case .io: .unreadableInput
        default: .malformedInput
        }
    }

    /// The message, without the position.
    public var diagnosticMessage: String { message }

    /// The line, when known.
    public var diagnosticLine: Int? { line }

    /// The column, when known.
    public var diagnosticColumn: Int? { column }
}
