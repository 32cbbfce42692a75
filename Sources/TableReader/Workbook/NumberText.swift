#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The canonical text of a number stored in a workbook: what a teacher sees in Excel, written
/// with a decimal point.
///
/// Workbooks store binary doubles, so a score typed as `0.3` may be stored as
/// `0.30000000000000004` and a computed `18.5` as `18.499999999999996`. Excel displays at most
/// 15 significant digits, so the text is the value rounded to 15 significant digits and then
/// written in the shortest form that reads back as that value: `18`, `18.5`, `0.3`. Integers
/// up to 15 digits are written without a point. Very small or large values keep Swift's
/// exponent form (`1e-05`, `1e+20`), which every number parser reads.
enum NumberText {
    /// The canonical text of `value`.
    static func canonical(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            return value == 0 ? "0" : String(Int64(value))
        }
        var text = value.description
        if significantDigits(of: text) > 15 {
            let rounded = roundedTo15Digits(value)
            if rounded == rounded.rounded(.towardZero), abs(rounded) < 1e15 {
                return rounded == 0 ? "0" : String(Int64(rounded))
            }
            text = rounded.description
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// The canonical text of a number written as text (`<v>18.50</v>`); the text itself when it is
    /// not a number.
    static func canonical(_ text: String) -> String {
        if isCanonical(text) { return text }
        guard let value = Double(text) else { return text }
        return canonical(value)
    }

    /// Whether `text` is already what ``canonical(_:)-(Double)`` would write, so that the common
    /// case (`18`, `18.5`, `-3.25`) skips parsing and printing: an optional `-`, an integer part
    /// without leading zeros, an optional fraction without trailing zeros, at most 15 significant
    /// digits, and not below 0.1 in magnitude (where Swift may switch to exponent form).
    static func isCanonical(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        guard let first = utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
        var digits = 0
        var integerDigits = 0
        var sawPoint = false
        var last: UInt8 = 0
        var fractionDigits = 0
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard !sawPoint else { return false }
                sawPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if sawPoint { fractionDigits += 1 } else { integerDigits += 1 }
                digits += 1
            } else {
                return false
            }
            last = byte
        }
        if first == UInt8(ascii: "0") {
            // "0" alone, or "0.d…" with a non-zero first decimal; never "-0" or "007".
            guard integerDigits == 1 else { return false }
            guard sawPoint else { return text.utf8.count == 1 }
            let afterPoint = utf8.dropFirst(2).first
            guard let afterPoint, afterPoint != UInt8(ascii: "0") else { return false }
            digits -= 1
        }
        if sawPoint && (fractionDigits == 0 || last == UInt8(ascii: "0")) { return false }
        return digits <= 15
    }

    /// The digits of a `Double.description` that count, leading zeros and the exponent excluded.
    private static func significantDigits(of text: String) -> Int {
        var count = 0
        var leading = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { continue }
            if leading && byte == UInt8(ascii: "0") { continue }
            leading = false
            count += 1
        }
        return count
    }

    /// `value` printed with 15 significant digits (`%.15g`) and read back.
    private static func roundedTo15Digits(_ value: Double) -> Double {
        var buffer = [CChar](repeating: 0, count: 40)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            withVaList([value]) { vsnprintf(pointer.baseAddress, 40, "%.15g", $0) }
        }
        guard length > 0 else { return value }
        return buffer.withUnsafeBufferPointer { pointer in
            Double(String(cString: pointer.baseAddress!)) ?? value
        }
    }
}
