/// Dates in journal headings: `12.09`, `12.09.2025`, `12.09.25`.
enum JournalDate {
    /// Whether the text is a day and month, with an optional year.
    static func looksLikeDate(_ text: String) -> Bool { parts(text) != nil }

    /// The ISO date (`2025-09-12`) for a heading date; a date without a year takes it from the
    /// school year (September–December in the first year, January–August in the second).
    static func iso(_ text: String, schoolYear: String?) -> String? {
        guard let (day, month, year) = parts(text) else { return nil }
        var fullYear = year
        if let short = year, short < 100 { fullYear = 2000 + short }
        if fullYear == nil, let schoolYear, let first = Int(schoolYear.prefix(4)) {
            fullYear = month >= 9 ? first : first + 1
        }
        guard let fullYear else { return nil }
        return "\(fullYear)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    private static func parts(_ text: String) -> (day: Int, month: Int, year: Int?)? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2 || pieces.count == 3,
            pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
            let day = Int(pieces[0]), let month = Int(pieces[1]), pieces[0].count <= 2, pieces[1].count <= 2,
            (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        if pieces.count == 3 {
            guard pieces[2].count == 2 || pieces[2].count == 4, let year = Int(pieces[2]) else { return nil }
            return (day, month, year)
        }
        return (day, month, nil)
    }
}
