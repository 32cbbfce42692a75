import Foundation

/// A BilimClass date, written `DD.MM.YYYY` (`02.09.2025`), read as an ISO date.
///
/// ```swift
/// DayMonthYear("02.09.2025")?.iso          // "2025-09-02"
/// DayMonthYear("02.09.2025")?.schoolYear   // "2025-2026"
/// ```
struct DayMonthYear: Sendable, Hashable, Comparable {
    /// The year.
    var year: Int
    /// The month, 1–12.
    var month: Int
    /// The day, 1–31.
    var day: Int

    /// Reads `DD.MM.YYYY`; an ISO `YYYY-MM-DD` (with an optional time after it) is accepted too.
    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2]),
            dotted[2].count == 4
        {
            self.init(year: year, month: month, day: day)
            return
        }
        let iso = trimmed.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let year = Int(iso[0]), let month = Int(iso[1]), let day = Int(iso[2]) {
            self.init(year: year, month: month, day: day)
            return
        }
        return nil
    }

    /// A date from its parts, when they form a plausible calendar date.
    init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    var iso: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }

    /// The school year the date falls in: from August on, the year that begins then (`2025-2026`).
    var schoolYear: String { SchoolYear(startYear: month >= 8 ? year : year - 1).text }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A school year, named by the calendar year it starts in (BilimClass's `eduYear`, `2025`).
struct SchoolYear: Sendable, Hashable {
    /// The calendar year of September.
    var startYear: Int

    /// `2025-2026`.
    var text: String { "\(startYear)-\(startYear + 1)" }
}
