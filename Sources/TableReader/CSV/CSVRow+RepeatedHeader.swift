extension CSVRow {
    /// The note for a row that ``repeats(_:)`` the header: it is skipped, never read as a pupil.
    public static let repeatedHeaderNote =
        "the header row again (rows pasted with their header?): skipped, not read as a student"

    /// Whether this row is the header again, as Excel copy-paste leaves it in the middle of a table:
    /// the same non-blank cells (trimmed) in the same columns. A row with no text is not one.
    public func repeats(_ header: CSVRow) -> Bool {
        guard line != header.line, !isEmptyRow else { return false }
        for index in 0..<Swift.max(count, header.count) {
            let own = index < count ? Self.trimmed(self[index]) : ""
            let heading = index < header.count ? Self.trimmed(header[index]) : ""
            if own != heading { return false }
        }
        return true
    }

    private static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        let start = text.drop(while: isSpace)
        return start.dropLast(start.reversed().prefix(while: isSpace).count)
    }
}
