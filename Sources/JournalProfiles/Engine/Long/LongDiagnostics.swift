import GradePortCore

extension DiagnosticCode {
    /// An attempt at a test that is not the one kept (info): the attempt policy chose another row.
    public static let supersededAttempt: Self = "superseded-attempt"
    /// A row's percent does not agree with its score and maximum (warning): the score is kept.
    public static let percentMismatch: Self = "percent-mismatch"
}
