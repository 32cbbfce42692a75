/// An exact decimal number with up to six fractional digits.
///
/// Scores, maximums and percentages in a gradebook are decimal numbers written by people
/// (`18`, `18,5`, `87.25`). Binary floating point cannot hold most of them exactly, and the
/// Kazakhstan grading rules round half up at exact boundaries (64.5 → 65), so GradePort keeps
/// every such value as an integer count of millionths.
///
/// ```swift
/// let score = DecimalNumber(parsing: "18,5", allowingDecimalComma: true)!   // 18.5
/// score.description                                                         // "18.5"
/// ```
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How many fractional digits a value keeps.
    public static let fractionDigits = 6

    /// The value multiplied by 10^6: `18.5` is `18_500_000`.
    public let scaledValue: Int64

    /// The factor between ``scaledValue`` and the value.
    public static let scale: Int64 = 1_000_000

    /// The largest magnitude accepted from text: a score or maximum above this is not a score.
    public static let maximumMagnitude: Int64 = 1_000_000_000_000

    /// Zero.
    public static let zero = DecimalNumber(scaledValue: 0)

    /// One hundred.
    public static let hundred = DecimalNumber(100)

    /// Creates a value from its count of millionths.
    public init(scaledValue: Int64) {
        self.scaledValue = scaledValue
    }

    /// Creates a value equal to an integer.
    public init(_ integer: Int) {
        self.scaledValue = Int64(integer) * Self.scale
    }

    /// Parses a plain decimal literal: optional sign, digits, and an optional fraction after `.`
    /// (or `,` when `allowingDecimalComma` is true). Leading and trailing spaces are ignored.
    ///
    /// Returns `nil` for anything else, including exponents, grouping separators, more than six
    /// fractional digits and magnitudes above ``maximumMagnitude``: callers decide how to report them.
    public init?(parsing text: some StringProtocol, allowingDecimalComma: Bool = false) {
        var utf8 = Substring(text).utf8[...]
        while let first = utf8.first, first == 0x20 || first == 0x09 { utf8 = utf8.dropFirst() }
        while let last = utf8.last, last == 0x20 || last == 0x09 { utf8 = utf8.dropLast() }
        guard !utf8.isEmpty else { return nil }
        var negative = false
        if utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") {
            negative = utf8.first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        } else if utf8.starts(with: [0xE2, 0x88, 0x92]) {  // U+2212 MINUS SIGN, as Excel may write it
            negative = true
            utf8 = utf8.dropFirst(3)
        }
        var integerPart: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var digitsBeforeSeparator = 0
        var seenSeparator = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if seenSeparator {
                    fractionDigits += 1
                    guard fractionDigits <= Self.fractionDigits else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    digitsBeforeSeparator += 1
                    integerPart = integerPart * 10 + digit
                    guard integerPart <= Self.maximumMagnitude else { return nil }
                }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !seenSeparator, byte == UInt8(ascii: ".") || allowingDecimalComma else { return nil }
                seenSeparator = true
            default:
                return nil
            }
        }
        guard digitsBeforeSeparator > 0 || fractionDigits > 0 else { return nil }
        if seenSeparator && fractionDigits == 0 && digitsBeforeSeparator == 0 { return nil }
        var scaledFraction = fraction
        for _ in fractionDigits..<Self.fractionDigits { scaledFraction *= 10 }
        let magnitude = integerPart * Self.scale + scaledFraction
        self.scaledValue = negative ? -magnitude : magnitude
    }

    /// Creates the decimal nearest to a binary floating-point value, rounded half up to six digits.
    ///
    /// Returns `nil` for NaN, infinities and magnitudes above ``maximumMagnitude``.
    public init?(_ double: Double) {
        guard double.isFinite, abs(double) <= Double(Self.maximumMagnitude) else { return nil }
        self.scaledValue = Int64((double * Double(Self.scale)).rounded(.toNearestOrAwayFromZero))
    }

    /// Whether the value is below zero.
    public var isNegative: Bool { scaledValue < 0 }

    /// Whether the value is zero.
    public var isZero: Bool { scaledValue == 0 }

    /// The value as a binary floating-point number (for display and statistics only).
    public var doubleValue: Double { Double(scaledValue) / Double(Self.scale) }

    /// The shortest decimal text for the value: `18`, `18.5`, `-0.25`.
    public var description: String {
        var magnitude = scaledValue.magnitude
        let integer = magnitude / UInt64(Self.scale)
        magnitude %= UInt64(Self.scale)
        var text = scaledValue < 0 ? "-" : ""
        text += String(integer)
        guard magnitude != 0 else { return text }
        var digits = Array(String(magnitude).utf8)
        digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: Self.fractionDigits - digits.count), at: 0)
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        text += "."
        text += String(decoding: digits, as: UTF8.self)
        return text
    }

    /// Returns `self / divisor × multiplier`, rounded half up (away from zero) to `fractionDigits`
    /// digits, computed exactly. Returns `nil` when the divisor is zero.
    ///
    /// `score.ratio(to: max, times: .hundred, fractionDigits: 2)` is a percentage.
    public func ratio(
        to divisor: DecimalNumber, times multiplier: DecimalNumber = DecimalNumber(1),
        fractionDigits: Int = 2
    ) -> DecimalNumber? {
        guard divisor.scaledValue != 0 else { return nil }
        let keep = Int128(Self.pow10(Self.fractionDigits - min(fractionDigits, Self.fractionDigits)))
        // (a / s) / (d / s) * (m / s) expressed in millionths: a * m / d, then rounded to `keep`.
        let numerator = Int128(scaledValue) * Int128(multiplier.scaledValue)
        let denominator = Int128(divisor.scaledValue) * keep
        let negative = (numerator < 0) != (denominator < 0)
        let (quotient, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: denominator.magnitude)
        var rounded = quotient
        if remainder * 2 >= denominator.magnitude { rounded += 1 }
        let scaled = Int128(rounded) * keep
        guard scaled <= Int128(Int64.max) else { return nil }
        return DecimalNumber(scaledValue: Int64(negative ? -scaled : scaled))
    }

    /// The value rounded half up (away from zero) to `digits` fractional digits.
    public func rounded(toFractionDigits digits: Int) -> DecimalNumber {
        ratio(to: DecimalNumber(1), fractionDigits: digits) ?? self
    }

    /// Adds two values.
    public static func + (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        DecimalNumber(scaledValue: lhs.scaledValue + rhs.scaledValue)
    }

    /// Subtracts two values.
    public static func - (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        DecimalNumber(scaledValue: lhs.scaledValue - rhs.scaledValue)
    }

    /// Orders values numerically.
    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        lhs.scaledValue < rhs.scaledValue
    }

    private static func pow10(_ exponent: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<max(0, exponent) { value *= 10 }
        return value
    }
}

extension DecimalNumber: ExpressibleByIntegerLiteral {
    /// Creates a value from an integer literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
