/// A day of the Gregorian calendar, checked: `31.02.2025` and `31.04` are not days, so no reader
/// writes them as `2025-02-31`.
public struct CalendarDay: Sendable, Hashable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–28, 29, 30 or 31 as the month has.
    public let day: Int

    /// The day, or `nil` when the month has no such day (or the year is outside 1900–2200).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days of `month` (1–12) in `year`, leap years counted.
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The most days `month` (1–12) ever has (29 for February).
    public static func maxDays(inMonth month: Int) -> Int { days(inMonth: month, year: 2000) }

    /// The ISO 8601 form, `2025-09-12`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
