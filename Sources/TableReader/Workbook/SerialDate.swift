/// Converts Excel's serial date numbers to ISO 8601 text.
///
/// A workbook stores a date as the number of days since an epoch, with the time of day as the
/// fraction. In the 1900 system (the default) serial 1 is 1900-01-01, and Excel counts a
/// 29 February 1900 that never existed (serial 60, inherited from Lotus 1-2-3), so serials from
/// 61 on are one day off a plain count; serial 60 is written `1900-02-29` as Excel shows it. In
/// the 1904 system (old Mac workbooks, `date1904="1"`) serial 0 is 1904-01-01.
enum SerialDate {
    /// The ISO text of `serial`: `2025-11-14`, `2025-11-14T08:30:00`, or `08:30:00` for a time of
    /// day alone (a serial below 1 with a fraction); `nil` for a serial outside 1900-01-01 (or
    /// 1904-01-01) … 9999-12-31, which is kept as a number.
    static func isoText(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = seconds > 0 ? Self.time(seconds) : nil
        if days == 0, time != nil || !date1904 {
            return time
        }
        let date: String
        if date1904 {
            date = Self.civil(daysSince1970: days - 24_107)  // 1904-01-01 is 24,107 days before 1970-01-01
        } else if days == 60 {
            date = "1900-02-29"
        } else {
            // 1899-12-31 + serial for serials before the phantom leap day; 1899-12-30 + serial after it.
            date = Self.civil(daysSince1970: days - (days < 60 ? 25_568 : 25_569))
        }
        if let time { return "\(date)T\(time)" }
        return date
    }

    /// `HH:MM:SS`.
    private static func time(_ seconds: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// `YYYY-MM-DD` of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(daysSince1970: Int) -> String {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
