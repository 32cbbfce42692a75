import GradePortCore

extension DiagnosticCode {
    /// Letter ratings (A, B, C) were kept as raw values without a score (info, once per file).
    public static let letterRating: Self = "letter-rating"
    /// Marks with `+` or `−` were read as their base mark (info, once per file).
    public static let markModifier: Self = "mark-modifier"
}
