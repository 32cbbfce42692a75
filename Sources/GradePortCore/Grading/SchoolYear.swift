/// A school year, from September to the following summer: `2025-2026`.
public struct SchoolYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year the school year begins in (`2025` for `2025-2026`).
    public let startYear: Int

    /// Creates the school year beginning in `startYear`.
    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// Reads `2025-2026`, `2025/2026`, `2025–2026` (en dash) or `2025-26`.
    ///
    /// The second year must follow the first. Returns `nil` for anything else.
    public init?(parsing text: some StringProtocol) {
        let trimmed = text.trimmingSpaces()
        let parts = trimmed.split(maxSplits: 1) { $0 == "-" || $0 == "/" || $0 == "–" || $0 == "—" }
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
            let first = Int(parts[0]), (parts[1].count == 4 || parts[1].count == 2),
            parts[1].allSatisfy(\.isASCIIDigit), let second = Int(parts[1])
        else { return nil }
        let expected = parts[1].count == 4 ? first + 1 : (first + 1) % 100
        guard second == expected, (1900...2999).contains(first) else { return nil }
        self.startYear = first
    }

    /// The school year an ISO 8601 date (`2025-11-03`, also with a time) falls in.
    ///
    /// From August on, it is the one that begins that year. Returns `nil` when the text is not such a date.
    public init?(containing isoDate: some StringProtocol) {
        let parts = isoDate.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        else { return nil }
        self.startYear = month >= 8 ? year : year - 1
    }

    /// The school year a term id names at its start, `2025-2026/Q2` → 2025-2026.
    public init?(termID: some StringProtocol) {
        guard let prefix = termID.split(separator: "/", maxSplits: 1).first,
            let year = SchoolYear(parsing: prefix)
        else { return nil }
        self = year
    }

    /// `2025-2026`.
    public var description: String { "\(startYear)-\(startYear + 1)" }

    /// Orders school years by their start.
    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
