/// A text encoding that table files are read in.
///
/// School platforms and Excel write CSV files in several encodings: UTF-8 with or without a
/// byte order mark, UTF-16 ("Unicode Text", usually tab-separated) and, on Russian-language
/// Windows, the legacy code page Windows-1251. Readers detect the encoding from the first
/// bytes (see ``detect(sample:isComplete:file:)``) and transcode everything to UTF-8 chunk by
/// chunk.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8 = "utf-8"
    /// UTF-8 with a byte order mark (`EF BB BF`), which is dropped.
    case utf8BOM = "utf-8-bom"
    /// UTF-16 little-endian with a byte order mark (`FF FE`), which is dropped.
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian with a byte order mark (`FE FF`), which is dropped.
    case utf16BE = "utf-16be"
    /// The Windows Cyrillic code page (CP1251), written by Excel's "CSV (Comma delimited)" on
    /// Russian-language Windows. It has no Kazakh-specific letters.
    case windows1251 = "windows-1251"

    /// The byte order mark this encoding starts with, if any.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8, .windows1251: []
        case .utf8BOM: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        }
    }

    /// Whether the encoding uses two-byte code units.
    public var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
}
