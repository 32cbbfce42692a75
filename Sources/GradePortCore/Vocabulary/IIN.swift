/// A Kazakhstan individual identification number (ИИН, ЖСН): 12 digits with a valid check digit.
///
/// ```swift
/// let iin = try IIN(validating: " 000101500001 ")
/// iin.digits          // "000101500001"
/// iin.birthDateHint   // "2000-01-01"
/// iin.sexHint         // .male
/// try IIN(validating: "000101500002")   // throws IINError.checksumMismatch(expected: 1, found: 2)
/// ```
///
/// Digits 1–6 are the birth date `YYMMDD`, digit 7 the century and sex, 8–11 a serial number and
/// 12 the check digit (see ``checkDigit(forFirstEleven:)``). Since Government Decree №853 of
/// 26.08.2013 the date and sex digits are not guaranteed to match the person, so a valid IIN is one
/// with the right form and checksum only; ``birthDateHint`` and ``sexHint`` are hints.
public struct IIN: Sendable, Hashable, CustomStringConvertible {
    /// The sex digit 7 states, as a hint.
    public enum Sex: String, Sendable, Hashable, CaseIterable {
        /// Digit 7 is 1, 3 or 5.
        case male
        /// Digit 7 is 2, 4 or 6.
        case female
    }

    /// The 12 digits.
    public let digits: String

    /// Validates an IIN written as 12 digits, ignoring surrounding spaces (and no-break spaces).
    ///
    /// The checks run in this order: every character is a digit, there are 12 of them, a check digit
    /// exists for the first 11, and it equals the 12th.
    public init(validating text: some StringProtocol) throws(IINError) {
        let digits = try Self.twelveDigits(text)
        guard let expected = Self.checkDigit(digits.utf8.prefix(11)) else { throw .noValidCheckDigit }
        let found = Int(digits.utf8.last! &- UInt8(ascii: "0"))
        guard expected == found else { throw .checksumMismatch(expected: expected, found: found) }
        self.digits = digits
    }

    /// Validates an IIN, returning the reason when it is not valid.
    ///
    /// ```swift
    /// IIN.validate("15010150020 7")   // .failure(.nonDigit(" ", position: 12))
    /// ```
    public static func validate(_ text: some StringProtocol) -> Result<IIN, IINError> {
        do throws(IINError) {
            return .success(try IIN(validating: text))
        } catch {
            return .failure(error)
        }
    }

    /// Whether `twelveDigits` is 12 ASCII digits whose last is the check digit of the first 11.
    ///
    /// IINs and BINs (business identification numbers) share this checksum.
    ///
    /// ```swift
    /// IIN.hasValidChecksum("150101500207")  // true
    /// IIN.hasValidChecksum("150101500200")  // false
    /// ```
    public static func hasValidChecksum(_ twelveDigits: some StringProtocol) -> Bool {
        let utf8 = Substring(twelveDigits).utf8
        guard utf8.count == 12, utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return false }
        guard let expected = checkDigit(utf8.prefix(11)) else { return false }
        return expected == Int(utf8.last! &- UInt8(ascii: "0"))
    }

    /// The check digit for the first 11 digits of an IIN or BIN, or `nil` when none exists (such a
    /// number is never issued) or the text is not 11 ASCII digits.
    ///
    /// The rule (assessment-rules.md §9): `s1 = Σ dᵢ·i mod 11` for i = 1…11; when `s1 ≠ 10` it is the
    /// check digit. Otherwise `s2 = Σ dᵢ·w2ᵢ mod 11` with `w2 = 3,4,5,6,7,8,9,10,11,1,2`; when `s2 ≠ 10`
    /// it is the check digit; when it is 10 too, no check digit exists (there is no fallback to 0).
    ///
    /// ```swift
    /// IIN.checkDigit(forFirstEleven: "00010150000")  // 1
    /// IIN.checkDigit(forFirstEleven: "15010150020")  // 7 (second pass)
    /// IIN.checkDigit(forFirstEleven: "15010150027")  // nil
    /// ```
    public static func checkDigit(forFirstEleven digits: some StringProtocol) -> Int? {
        let utf8 = digits.utf8
        guard utf8.count == 11, utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        return checkDigit(utf8)
    }

    /// The birth date that digits 1–6 and the century digit 7 state, as `YYYY-MM-DD`.
    ///
    /// `nil` when digit 7 names no century (0, 7–9) or the date does not exist. A hint only: since 2013 these digits need
    /// not match the person.
    public var birthDateHint: String? {
        let value = Array(digits.utf8).map { Int($0 &- UInt8(ascii: "0")) }
        let century: Int
        switch value[6] {
        case 1, 2: century = 1800
        case 3, 4: century = 1900
        case 5, 6: century = 2000
        default: return nil
        }
        let year = century + value[0] * 10 + value[1]
        let month = value[2] * 10 + value[3]
        let day = value[4] * 10 + value[5]
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.days(inMonth: month, year: year) else {
            return nil
        }
        return "\(year)-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
    }

    /// The sex that digit 7 states: odd 1, 3, 5 male; even 2, 4, 6 female.
    ///
    /// `nil` for 0 and 7–9. A hint only: since 2013 this digit need not match the person.
    public var sexHint: Sex? {
        switch digits.utf8.dropFirst(6).first! &- UInt8(ascii: "0") {
        case 1, 3, 5: return .male
        case 2, 4, 6: return .female
        default: return nil
        }
    }

    /// The 12 digits.
    public var description: String { digits }

    // MARK: - Private

    private static let firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    private static let secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

    /// The check digit of 11 ASCII digits (already checked), or `nil` when both passes give 10.
    private static func checkDigit(_ utf8: some Collection<UInt8>) -> Int? {
        var first = 0
        var second = 0
        for (index, byte) in utf8.enumerated() {
            let digit = Int(byte &- UInt8(ascii: "0"))
            first += digit * firstWeights[index]
            second += digit * secondWeights[index]
        }
        if first % 11 != 10 { return first % 11 }
        if second % 11 != 10 { return second % 11 }
        return nil
    }

    /// The text without surrounding spaces, when it is 12 ASCII digits.
    private static func twelveDigits(_ text: some StringProtocol) throws(IINError) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, LetterFolding.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while start < end, LetterFolding.isSpace(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        let trimmed = String(String.UnicodeScalarView(scalars[start..<end]))
        for (offset, character) in trimmed.enumerated() where !("0"..."9").contains(character) {
            throw .nonDigit(character, position: offset + 1)
        }
        guard trimmed.utf8.count == 12 else { throw .wrongLength(trimmed.utf8.count) }
        return trimmed
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// Why a text is not a valid ``IIN``.
public enum IINError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A character that is not an ASCII digit, with its 1-based position in the trimmed text.
    case nonDigit(Character, position: Int)
    /// The text has this many digits, not 12.
    case wrongLength(Int)
    /// The 12th digit is not the check digit of the first 11.
    case checksumMismatch(expected: Int, found: Int)
    /// Both checksum passes give 10, so no check digit exists: such a number is never issued.
    case noValidCheckDigit

    /// A sentence for a diagnostic.
    public var description: String {
        switch self {
        case .nonDigit(let character, let position):
            return "an IIN is 12 digits, but character \(position) is \"\(character)\""
        case .wrongLength(let count):
            return "an IIN is 12 digits, but this one has \(count)"
        case .checksumMismatch(let expected, let found):
            return "the IIN's check digit is \(found), but its first 11 digits give \(expected)"
        case .noValidCheckDigit:
            return "no IIN starts with these 11 digits: both checksum passes give 10, so no check digit exists"
        }
    }
}
