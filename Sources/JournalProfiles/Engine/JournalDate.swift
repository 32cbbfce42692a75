import GradePortCore

/// Dates in journal headings: `12.09`, `12.09.2025`, `12.09.25`.
enum JournalDate {
    /// Whether the text is written as a day and month, with an optional year (`31.02` included: it
    /// is a heading meant as a date, which ``iso(_:schoolYear:)`` then refuses).
    static func looksLikeDate(_ text: String) -> Bool { parts(text) != nil }

    /// The ISO date (`2025-09-12`) for a heading date; a date without a year takes it from the
    /// school year (September–December in the first year, January–August in the second). `nil`
    /// when the year is unknown or the day does not exist (``problem(_:schoolYear:)`` says why).
    static func iso(_ text: String, schoolYear: String?) -> String? {
        guard let (day, month, year) = parts(text), let year = fullYear(year, month: month, schoolYear: schoolYear)
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)?.description
    }

    /// Why a heading written as a date is not a day of the calendar (`31.02.2025`, `31.04`,
    /// `29.02` in a year that is not a leap year), or `nil` when it is one or is not a date at all.
    static func problem(_ text: String, schoolYear: String?) -> String? {
        guard let (day, month, year) = parts(text) else { return nil }
        let monthName = monthNames[month - 1]
        if day > CalendarDay.maxDays(inMonth: month) {
            return "\(monthName) never has \(day) days"
        }
        guard let year = fullYear(year, month: month, schoolYear: schoolYear) else { return nil }
        guard CalendarDay(year: year, month: month, day: day) == nil else { return nil }
        guard (1900...2200).contains(year) else { return "the year \(year) is out of range" }
        return "\(monthName) \(year) has \(CalendarDay.days(inMonth: month, year: year)) days"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func fullYear(_ year: Int?, month: Int, schoolYear: String?) -> Int? {
        if let year { return year < 100 ? 2000 + year : year }
        guard let schoolYear, let first = Int(schoolYear.prefix(4)) else { return nil }
        return month >= 9 ? first : first + 1
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
