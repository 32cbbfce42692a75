/// How a cell's number format turns its stored number into text: as a number, a date, or a
/// percentage.
enum NumberStyle: Sendable, Equatable {
    /// A plain number (General, `0.00`, `#,##0`, …): the canonical number text.
    case number
    /// A date, time or date-time format: ISO 8601 text from the serial number.
    case date
    /// A percentage format (`0%`, `0.0%`): the value × 100 followed by `%`, as Excel shows it.
    case percent

    /// The built-in format ids that are dates in every locale: 14–22 (dates, times, date-times)
    /// and 45–47 (minutes:seconds, elapsed hours).
    static func builtIn(_ id: Int) -> NumberStyle {
        switch id {
        case 14...22, 45...47: .date
        case 9, 10: .percent
        default: .number
        }
    }

    /// Classifies a custom format code such as `dd.mm.yyyy`, `[$-419]d mmm yy`, `0.0%` or
    /// `0.0" баллов"`.
    ///
    /// Text in quotes, backslash-escaped characters, the characters after `_` and `*` (spacing
    /// and fill), and bracketed parts (colours, conditions, locales) are ignored, except elapsed
    /// time (`[h]`, `[mm]`, `[ss]`). Any remaining `d`, `m`, `y`, `h` or `s` makes a date format;
    /// otherwise a remaining `%` makes a percentage.
    static func classify(formatCode: String) -> NumberStyle {
        var hasDatePart = false
        var hasPercent = false
        var iterator = formatCode.lowercased().unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\"":
                while let next = iterator.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "[":
                var inside = ""
                while let next = iterator.next(), next != "]" { inside.unicodeScalars.append(next) }
                if !inside.isEmpty, inside.unicodeScalars.allSatisfy({ "hms".unicodeScalars.contains($0) }) {
                    hasDatePart = true
                }
            case "d", "m", "y", "h", "s":
                hasDatePart = true
            case "%":
                hasPercent = true
            case ";":
                // Only the first section (positive numbers) decides.
                return hasDatePart ? .date : hasPercent ? .percent : .number
            default:
                continue
            }
        }
        return hasDatePart ? .date : hasPercent ? .percent : .number
    }
}
