/// A school year in Kazakhstan's sense: from September to May, named `2025-2026`.
///
/// OneRoster and School Data Sync write a school year as the single calendar year in which it ends
/// (`2026`); the gradebook model writes both years. A date from August on belongs to the school year
/// that starts that autumn.
struct SchoolYear: Hashable, Comparable, Sendable {
    /// The calendar year in which the school year ends.
    let endingYear: Int

    init(endingYear: Int) { self.endingYear = endingYear }

    /// Reads `2025-2026`, `2025/2026`, `2025–2026` or `2025-26`; `nil` for anything else.
    init?(label: String) {
        let digits = label.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard digits.count == 2, let first = Int(digits[0]), digits[0].count == 4 else { return nil }
        let second: Int?
        switch digits[1].count {
        case 4: second = Int(digits[1])
        case 2: second = Int(digits[1]).map { first / 100 * 100 + $0 }
        default: second = nil
        }
        guard let second, second == first + 1 else { return nil }
        endingYear = second
    }

    /// The school year an ISO 8601 date or date-time (`2025-11-14`, `2025-11-14T18:59:00Z`) falls in.
    init?(containing date: String) {
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        else { return nil }
        endingYear = month >= 8 ? year + 1 : year
    }

    /// `2025-2026`.
    var label: String { "\(endingYear - 1)-\(endingYear)" }

    /// `2026`: the year OneRoster's `schoolYear` column holds.
    var endingYearText: String { String(endingYear) }

    /// `2025`: the year School Data Sync v2.1's `academicSessions.schoolYear` holds, as Microsoft's
    /// sample writes it (`SY2021K12,2021 School Year,schoolYear,2021,8/24/2021,6/11/2022`).
    var startingYearText: String { String(endingYear - 1) }

    /// The first day of the school year as GradePort assumes it when a source gives none (1 September).
    var assumedStart: String { "\(endingYear - 1)-09-01" }

    /// The last day of the school year as GradePort assumes it when a source gives none (31 May).
    var assumedEnd: String { "\(endingYear)-05-31" }

    static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.endingYear < rhs.endingYear }
}
