/// A due date as a grades CSV prints it, turned into an ISO 8601 date.
///
/// Accepted: `Sep 19, 2024` and `September 19, 2024` (Classroom's English UI), `19.09.2024`
/// (Russian locale, Excel re-saves), `2024-09-19` (ISO), `9/19/2024` (US Excel). A time after the
/// date (`Sep 19, 2024 11:59 PM`) is ignored: the CSV gives no time zone.
enum DueDateText {
    /// The ISO date (`2024-09-19`), or `nil` when the text is not one of the accepted forms.
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmed(of: " \t\u{00A0}")
        guard !trimmed.isEmpty else { return nil }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = parts.first, let month = monthNumber(first), parts.count >= 3,
            let day = Int(parts[1]), let year = Int(parts[2])
        {
            return iso(year, month, day)
        }
        let head = parts.first ?? trimmed
        let numbers = head.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" }).map { Int($0) }
        guard numbers.count == 3, let a = numbers[0], let b = numbers[1], let c = numbers[2] else { return nil }
        if head.contains("-") { return iso(a, b, c) }
        if head.contains(".") { return iso(c, b, a) }
        return iso(c, a, b)
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2200).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day) else {
            return nil
        }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func monthNumber(_ word: String) -> Int? {
        let key = word.lowercased().trimmed(of: ".")
        guard key.count >= 3 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let index = months.firstIndex(where: { key.hasPrefix($0) }) else { return nil }
        return index + 1
    }
}

extension String {
    /// The text without leading and trailing characters from `set`.
    func trimmed(of set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }),
            let last = lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
