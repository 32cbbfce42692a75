/// A date in a long table's date column, `dd.mm.yyyy` (also `dd.mm.yy`, `dd/mm/yyyy`, or ISO
/// `yyyy-mm-dd`).
struct LongDate: Hashable {
    var day: Int
    var month: Int
    var year: Int

    /// Reads a date; `nil` for anything else (the date is then not used).
    init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" || $0 == " " }).prefix(3)
            .compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var (day, month, year) = (parts[0], parts[1], parts[2])
        if parts[0] > 31 { (year, month, day) = (parts[0], parts[1], parts[2]) }
        if year < 100 { year += 2000 }
        guard (1...31).contains(day), (1...12).contains(month), (2000...2100).contains(year) else { return nil }
        self.day = day
        self.month = month
        self.year = year
    }

    /// `yyyy-mm-dd`.
    var iso: String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// The school year the date falls in: from August on it is `yyyy-(yyyy+1)`, before it `(yyyy-1)-yyyy`.
    var schoolYear: String { month >= 8 ? "\(year)-\(year + 1)" : "\(year - 1)-\(year)" }
}
