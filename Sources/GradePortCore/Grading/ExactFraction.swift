/// An exact rational number, for computing percentages and marks without rounding on the way.
///
/// The grading rules round once, at the end, from the full-precision value: a term total of
/// 64.4999… is a 3 even though it shows as 64.5 with one decimal. `DecimalNumber` keeps six
/// fractional digits, so a mean of ratios such as 1/3 would already be rounded; a fraction is not.
/// Numerator and denominator are kept reduced; every operation reports an overflow of 128 bits as
/// `nil`, so a caller can fall back to fixed-point arithmetic instead of trapping.
struct ExactFraction: Sendable, Hashable, CustomStringConvertible {
    /// How a value is rounded to a number of digits.
    enum Rounding: Sendable {
        /// Half away from zero (64.5 → 65, the school rule).
        case halfUp
        /// Towards zero (64.4999 → 64.49 at two digits).
        case towardZero
    }

    /// The numerator; carries the sign.
    let numerator: Int128
    /// The denominator; always positive.
    let denominator: Int128

    /// Zero.
    static let zero = ExactFraction(reducing: 0, 1)

    /// Creates `numerator / denominator`, reduced; `nil` when the denominator is zero.
    init?(numerator: Int128, denominator: Int128) {
        guard denominator != 0 else { return nil }
        guard numerator != Int128.min, denominator != Int128.min else { return nil }
        self.init(reducing: numerator, denominator)
    }

    /// The exact value of a decimal.
    init(_ value: DecimalNumber) {
        self.init(reducing: Int128(value.scaledValue), Int128(DecimalNumber.scale))
    }

    /// The exact value of an integer.
    init(_ integer: Int) {
        self.init(reducing: Int128(integer), 1)
    }

    private init(reducing numerator: Int128, _ denominator: Int128) {
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    /// Whether the value is zero.
    var isZero: Bool { numerator == 0 }

    /// `self + other`, or `nil` on overflow.
    func adding(_ other: ExactFraction) -> ExactFraction? {
        let common = Int128(Self.gcd(denominator.magnitude, other.denominator.magnitude))
        let left = denominator / common
        let right = other.denominator / common
        guard let a = Self.product(numerator, right), let b = Self.product(other.numerator, left),
            let denominator = Self.product(left, other.denominator)
        else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { return nil }
        return ExactFraction(numerator: sum, denominator: denominator)
    }

    /// `self × other`, or `nil` on overflow.
    func multiplied(by other: ExactFraction) -> ExactFraction? {
        let first = Int128(Self.gcd(numerator.magnitude, other.denominator.magnitude))
        let second = Int128(Self.gcd(other.numerator.magnitude, denominator.magnitude))
        guard let top = Self.product(numerator / first, other.numerator / second),
            let bottom = Self.product(denominator / second, other.denominator / first)
        else { return nil }
        return ExactFraction(numerator: top, denominator: bottom)
    }

    /// `self ÷ other`, or `nil` when `other` is zero or on overflow.
    func divided(by other: ExactFraction) -> ExactFraction? {
        guard let inverse = ExactFraction(numerator: other.denominator, denominator: other.numerator) else {
            return nil
        }
        return multiplied(by: inverse)
    }

    /// The value rounded to a whole number by `rule`.
    func roundedToInteger(_ rule: Rounding = .halfUp) -> Int128 {
        let (quotient, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: denominator.magnitude)
        var magnitude = quotient
        // remainder ≥ denominator − remainder is 2·remainder ≥ denominator without overflowing.
        if rule == .halfUp, remainder >= denominator.magnitude - remainder { magnitude += 1 }
        return numerator < 0 ? -Int128(magnitude) : Int128(magnitude)
    }

    /// The value as a decimal with `digits` fractional digits (at most six), rounded by `rule`;
    /// `nil` when it is beyond `DecimalNumber`'s range.
    func decimal(fractionDigits digits: Int, _ rule: Rounding = .halfUp) -> DecimalNumber? {
        let digits = min(max(digits, 0), DecimalNumber.fractionDigits)
        var power: UInt128 = 1
        for _ in 0..<digits { power *= 10 }
        let modulus = denominator.magnitude
        let (whole, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: modulus)
        // remainder < modulus, so remainder × 10^digits / modulus < 10^digits: the full-width
        // division cannot overflow.
        let (fraction, rest) = modulus.dividingFullWidth(remainder.multipliedFullWidth(by: power))
        var scaled = fraction
        var integer = whole
        if rule == .halfUp, rest >= modulus - rest {
            scaled += 1
            if scaled == power {
                scaled = 0
                integer += 1
            }
        }
        var unit: UInt128 = 1
        for _ in digits..<DecimalNumber.fractionDigits { unit *= 10 }
        let (millionths, overflow) = integer.multipliedReportingOverflow(by: UInt128(DecimalNumber.scale))
        guard !overflow else { return nil }
        let total = millionths + scaled * unit
        guard total <= UInt128(Int64.max) else { return nil }
        return DecimalNumber(scaledValue: numerator < 0 ? -Int64(total) : Int64(total))
    }

    /// The nearest fraction with the denominator 10^`digits` (rounded half up): used when exact
    /// arithmetic would overflow.
    func quantized(fractionDigits digits: Int) -> ExactFraction? {
        var power: UInt128 = 1
        for _ in 0..<digits { power *= 10 }
        let modulus = denominator.magnitude
        let (whole, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: modulus)
        let (fraction, rest) = modulus.dividingFullWidth(remainder.multipliedFullWidth(by: power))
        let roundUp: UInt128 = rest >= modulus - rest ? 1 : 0
        let (scaledWhole, overflow) = whole.multipliedReportingOverflow(by: power)
        guard !overflow else { return nil }
        let magnitude = scaledWhole + fraction + roundUp
        guard magnitude <= UInt128(Int128.max) else { return nil }
        return ExactFraction(
            numerator: numerator < 0 ? -Int128(magnitude) : Int128(magnitude), denominator: Int128(power))
    }

    /// `numerator/denominator`.
    var description: String { "\(numerator)/\(denominator)" }

    private static func product(_ a: Int128, _ b: Int128) -> Int128? {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : value
    }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}
