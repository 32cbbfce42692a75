/// Writes CSV fields the way every GradePort CSV writer does: RFC 4180 quoting, `.` decimals, and
/// text that a spreadsheet would run as a formula neutralised.
///
/// A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`,
/// so Excel and LibreOffice show it as text instead of evaluating it (formula injection). A cell
/// holding a comma, a quote or a line break is quoted, with quotes doubled.
public enum CSVField {
    /// Appends a text field (nothing for `nil` or empty), without a separator.
    public static func appendText(_ value: String?, to out: inout [UInt8]) {
        guard var value, !value.isEmpty else { return }
        value.withUTF8 { bytes in
            let first = bytes[0]
            let isFormula =
                first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
            let needsQuotes = bytes.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
            }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
            if isFormula { out.append(UInt8(ascii: "'")) }
            if needsQuotes {
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }

    /// Appends a number field in its shortest form (`18`, `18.5`; nothing for `nil`), without a
    /// separator.
    public static func appendNumber(_ value: DecimalNumber?, to out: inout [UInt8]) {
        if let value { out.appendDecimal(value) }
    }

    /// Appends an integer field (nothing for `nil`), without a separator.
    public static func appendInteger(_ value: Int?, to out: inout [UInt8]) {
        if let value { out.appendInteger(value) }
    }
}
