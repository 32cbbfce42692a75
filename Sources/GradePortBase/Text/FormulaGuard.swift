/// The rule that keeps a CSV cell from running as a spreadsheet formula (CSV injection).
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
/// leading apostrophe `'`, which spreadsheets read as "this is text". Two refinements:
///
/// - **A negative number is data**: a cell that is entirely an optional `-`, digits and an optional
///   fraction after `.` or `,` (`-5`, `-2,5`) is written as it is. No spreadsheet runs it as a formula;
///   it is the number it looks like. Score cells are written as numbers and never guarded.
/// - **The guard is reversible**: a value that itself starts with `'` followed by a trigger character
///   or another `'` gets one more `'`, so ``unguarded(_:)`` — one leading `'` removed when a trigger or
///   `'` follows it — gives back exactly what was written. GradePort's own readers (the OneRoster
///   adapter) use it, so an export read back loses nothing.
public enum FormulaGuard {
    /// The byte put in front of a guarded value.
    public static let marker = UInt8(ascii: "'")

    /// Whether a value needs the guard.
    public static func needsGuard(_ value: some StringProtocol) -> Bool {
        needsGuard(utf8: Substring(value).utf8)
    }

    /// Whether a value, given as UTF-8 bytes, needs the guard.
    package static func needsGuard<Bytes: Collection<UInt8>>(utf8: Bytes) -> Bool {
        guard let first = utf8.first else { return false }
        if isTrigger(first) { return !(first == UInt8(ascii: "-") && isPlainNumber(utf8.dropFirst())) }
        guard first == marker, let second = utf8.dropFirst().first else { return false }
        return isTrigger(second) || second == marker
    }

    /// The value as a guarded cell holds it: with a leading `'` when it needs one.
    public static func guarded(_ value: String) -> String {
        needsGuard(value) ? "'" + value : value
    }

    /// The value a guarded cell stands for: one leading `'` removed when a trigger character or
    /// another `'` follows it; anything else unchanged.
    public static func unguarded(_ cell: String) -> String {
        let utf8 = cell.utf8
        guard utf8.first == marker, let second = utf8.dropFirst().first, isTrigger(second) || second == marker
        else { return cell }
        return String(cell.dropFirst())
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return.
    static func isTrigger(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    /// Digits with an optional fraction after `.` or `,`: what follows the `-` of a negative number.
    private static func isPlainNumber(_ utf8: some Collection<UInt8>) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var separator = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if separator { digitsAfter += 1 } else { digitsBefore += 1 }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !separator else { return false }
                separator = true
            default:
                return false
            }
        }
        return digitsBefore > 0 && (!separator || digitsAfter > 0)
    }
}
