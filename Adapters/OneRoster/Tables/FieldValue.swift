import Foundation

/// How the reader reads the typed cells of the binding: dates, date-times, school years, booleans.
///
/// Lenient on input (the reference notes: implementations deviate), exact about what it accepts.
enum FieldValue {
    /// An ISO 8601 date `YYYY-MM-DD`, or the date of a date-time; `nil` for anything else.
    static func date(_ text: String) -> String? {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 10, isDate(utf8[0..<10]) else { return nil }
        if utf8.count == 10 { return text }
        guard dateTime(text) != nil else { return nil }
        return String(decoding: utf8[0..<10], as: UTF8.self)
    }

    /// An ISO 8601 date, or a date-time `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (a space instead of the
    /// `T` is accepted and written as `T`); `nil` for anything else.
    static func dateTime(_ text: String) -> String? {
        var utf8 = Array(text.utf8)
        guard utf8.count >= 10, isDate(utf8[0..<10]) else { return nil }
        if utf8.count == 10 { return text }
        guard utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") else { return nil }
        utf8[10] = UInt8(ascii: "T")
        var index = 11
        func digits(_ count: Int, max: Int) -> Bool {
            guard index + count <= utf8.count else { return false }
            var value = 0
            for byte in utf8[index..<(index + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value <= max
        }
        guard digits(2, max: 23), index < utf8.count, utf8[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard digits(2, max: 59) else { return nil }
        if index < utf8.count, utf8[index] == UInt8(ascii: ":") {
            index += 1
            guard digits(2, max: 60) else { return nil }
            if index < utf8.count, utf8[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) { index += 1 }
                guard index > start else { return nil }
            }
        }
        if index < utf8.count {
            switch utf8[index] {
            case UInt8(ascii: "Z"):
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                index += 1
                guard digits(2, max: 14) else { return nil }
                if index < utf8.count, utf8[index] == UInt8(ascii: ":") { index += 1 }
                guard digits(2, max: 59) else { return nil }
            default:
                return nil
            }
        }
        guard index == utf8.count else { return nil }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// A `schoolYear` cell: four digits, the calendar year in which the school year ends.
    static func schoolYear(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return Int(text)
    }

    /// `true` or `false` (any case); `nil` for anything else.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// A CEDS grade code (`KG` → 0, `01`–`13`, also `1`–`13`); `nil` for other codes (`PK`, `Other`, …).
    static func grade(_ code: String) -> Int? {
        if code.uppercased() == "KG" { return 0 }
        guard code.utf8.count <= 2, let number = Int(code), (1...13).contains(number) else { return nil }
        return number
    }

    /// The items of a list cell (`"a,b,c"`), trimmed, blanks left out.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let b = Array(bytes)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in b[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            year >= 1900, (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
