/// A JSON number, kept as the exact literal text the input holds.
///
/// Nothing is lost by reading: `7000000000123456789` stays those digits (a `Double` would round it
/// to `7000000000123456768`). Convert on use with ``double``, ``int64`` or ``decimalText``.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal exactly as written in the input, such as `"18.5"`, `"1e3"` or `"-0"`.
    public let text: String

    /// Wraps a literal that the caller knows to follow the JSON number grammar.
    ///
    /// Returns `nil` when `text` is not a valid JSON number (`"01"`, `"1."`, `"NaN"`, `"+1"`).
    public init?(_ text: String) {
        guard JSONNumber.isValidLiteral(Array(text.utf8)) else { return nil }
        self.text = text
    }

    /// Wraps a literal the scanner has already validated.
    init(validatedText: String) { self.text = validatedText }

    /// Creates the number with the integer's decimal digits.
    public init(_ value: Int64) { self.text = String(value) }

    /// The nearest `Double`; large integers and long fractions may be rounded.
    public var double: Double {
        // The JSON grammar is a subset of what `Double.init?(_:)` accepts, so this never fails.
        Double(text) ?? .nan
    }

    /// The exact value as an `Int64`, or `nil` when the number is not an integer or does not fit.
    ///
    /// `"1e3"` and `"12.0"` are integers (1000 and 12); `"1.5"` and `"9223372036854775808"` are not.
    public var int64: Int64? {
        guard let decimal = decimalText, !decimal.utf8.contains(UInt8(ascii: ".")) else { return nil }
        return Int64(decimal)
    }

    /// The exact value in plain decimal notation, without exponent, leading zeros or trailing
    /// fractional zeros: `"1.50e2"` → `"150"`, `"-0.0"` → `"0"`, `"2.5E-3"` → `"0.0025"`.
    ///
    /// `nil` only when the exponent is so large that the digits would exceed 10,000 characters.
    public var decimalText: String? {
        var negative = false
        var digits: [UInt8] = []
        var integerCount = 0
        var exponent = 0
        var exponentNegative = false
        var exponentDigits = 0
        var part = 0  // 0 integer, 1 fraction, 2 exponent
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where part == 0 && digits.isEmpty: negative = true
            case UInt8(ascii: "-"): exponentNegative = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): part = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"): part = 2
            default:
                let digit = Int(byte &- UInt8(ascii: "0"))
                if part == 2 {
                    if exponent > 0 || digit > 0 { exponentDigits += 1 }
                    if exponentDigits > 6 { exponent = Int.max / 2 } else { exponent = exponent * 10 + digit }
                } else {
                    digits.append(byte)
                    if part == 0 { integerCount += 1 }
                }
            }
        }
        var point = integerCount + (exponentNegative ? -exponent : exponent)
        var first = 0
        while first < digits.count, digits[first] == UInt8(ascii: "0") {
            first += 1
            point -= 1
        }
        digits.removeFirst(first)
        if digits.isEmpty { return "0" }
        while digits.count > max(point, 0), digits.last == UInt8(ascii: "0") { digits.removeLast() }
        guard point > -10_000, point < 10_000 else { return nil }
        var result: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        let zero = UInt8(ascii: "0")
        if point <= 0 {
            result += [zero, UInt8(ascii: ".")] + Array(repeating: zero, count: -point) + digits
        } else if point >= digits.count {
            result += digits + Array(repeating: zero, count: point - digits.count)
        } else {
            result += digits[..<point] + [UInt8(ascii: ".")] + digits[point...]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the literal is an integer: the digits of ``decimalText`` have no fractional part.
    public var isInteger: Bool { decimalText.map { !$0.utf8.contains(UInt8(ascii: ".")) } ?? true }

    /// The literal text.
    public var description: String { text }

    /// Checks `bytes` against the RFC 8259 number grammar.
    static func isValidLiteral(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while digit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { return false }
            while digit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digit(index) else { return false }
            while digit(index) { index += 1 }
        }
        return index == bytes.count
    }
}
