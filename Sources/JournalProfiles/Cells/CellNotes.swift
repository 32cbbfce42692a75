import GradePortCore

/// The letter ratings and the marks with `+`/`−` a table's cells held, noted once per table (at
/// the first of each) instead of once per cell.
struct CellNotes {
    /// The letter ratings read, where.
    private(set) var letters: [(line: Int, column: Int, raw: String)] = []
    /// The marks with a modifier read, where.
    private(set) var modifiedMarks: [(line: Int, column: Int, raw: String)] = []

    /// Records a letter rating.
    mutating func letter(line: Int, column: Int, raw: String) { letters.append((line, column, raw)) }

    /// Records a mark with `+` or `−`.
    mutating func modifiedMark(line: Int, column: Int, raw: String) { modifiedMarks.append((line, column, raw)) }

    /// One `letter-rating` note for the letter ratings and one `mark-modifier` note for the marks
    /// with `+`/`−`, at the first of each.
    func summarise(into builder: inout GradebookBuilder) {
        if let first = letters.first {
            let count = letters.count
            builder.diagnose(
                .info, .letterRating,
                "\(count) letter rating\(count == 1 ? "" : "s") (such as '\(first.raw)') kept as raw values with the "
                    + "status submitted and no score: a letter has no agreed number, so none is invented",
                line: first.line, column: first.column)
        }
        if let first = modifiedMarks.first {
            let count = modifiedMarks.count
            builder.diagnose(
                .info, .markModifier,
                "\(count) mark\(count == 1 ? "" : "s") with + or − (such as '\(first.raw)') read as the base mark out "
                    + "of 5 (4+ → 4, 5− → 5); the modifier is kept in the raw value",
                line: first.line, column: first.column)
        }
    }
}
