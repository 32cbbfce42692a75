/// Compares Graph's ISO 8601 UTC timestamps (`2025-11-14T18:59:00Z`, `2025-11-14T18:59:00.1234567Z`).
///
/// Graph writes every timestamp in UTC, so the text orders like the time once the fractional
/// seconds are compared as digits rather than characters.
enum GraphTimestamp {
    /// Whether `later` is strictly after `earlier`; `nil` when either is not a UTC timestamp.
    static func isAfter(_ later: String, _ earlier: String) -> Bool? {
        guard let a = parts(later), let b = parts(earlier) else { return nil }
        if a.seconds != b.seconds { return a.seconds > b.seconds }
        let width = max(a.fraction.count, b.fraction.count)
        let left = a.fraction.padding(toLength: width, withPad: "0", startingAt: 0)
        let right = b.fraction.padding(toLength: width, withPad: "0", startingAt: 0)
        return left > right
    }

    /// `YYYY-MM-DDTHH:MM:SS` and the fraction's digits.
    private static func parts(_ text: String) -> (seconds: Substring, fraction: String)? {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 20, utf8[4] == UInt8(ascii: "-"), utf8[10] == UInt8(ascii: "T"),
            utf8.last == UInt8(ascii: "Z")
        else { return nil }
        let seconds = text.prefix(19)
        var rest = text.dropFirst(19).dropLast()
        if rest.first == "." { rest = rest.dropFirst() }
        guard rest.allSatisfy(\.isNumber) else { return nil }
        return (seconds, String(rest))
    }
}
