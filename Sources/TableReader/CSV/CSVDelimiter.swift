/// The byte that separates fields in a CSV or TSV file.
///
/// Readers detect `,`, `;` and tab; any other ASCII byte can be given by a `sep=` line or
/// forced through ``CSVReadOptions/delimiter``.
public struct CSVDelimiter: Hashable, Sendable, CustomStringConvertible {
    /// The ASCII byte.
    public let byte: UInt8

    /// A comma, the RFC 4180 delimiter.
    public static let comma = CSVDelimiter(unchecked: UInt8(ascii: ","))
    /// A semicolon, what Excel writes in locales with a decimal comma (Russian, Kazakh, most of
    /// Europe).
    public static let semicolon = CSVDelimiter(unchecked: UInt8(ascii: ";"))
    /// A tab, used by TSV files and Excel's "Unicode Text" (UTF-16) export.
    public static let tab = CSVDelimiter(unchecked: UInt8(ascii: "\t"))

    /// The delimiters that are detected automatically, in order of preference on a tie.
    public static let detectable: [CSVDelimiter] = [.tab, .semicolon, .comma]

    /// Creates a delimiter from an ASCII character other than a quote, CR or LF.
    public init?(_ character: Character) {
        guard let byte = character.asciiValue else { return nil }
        self.init(byte: byte)
    }

    /// Creates a delimiter from an ASCII byte other than a quote, CR or LF.
    public init?(byte: UInt8) {
        guard byte < 0x80, byte != UInt8(ascii: "\""), byte != 0x0A, byte != 0x0D else { return nil }
        self.byte = byte
    }

    private init(unchecked byte: UInt8) {
        self.byte = byte
    }

    /// The delimiter as text; a tab is shown as `\t`.
    public var description: String {
        byte == 0x09 ? "\\t" : String(UnicodeScalar(byte))
    }
}
