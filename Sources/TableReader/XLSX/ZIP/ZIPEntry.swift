/// One file in a ZIP archive, as its central directory describes it.
struct ZIPEntry: Sendable {
    /// The entry's path inside the archive (`xl/worksheets/sheet1.xml`).
    let path: String
    /// The general-purpose bit flags.
    let flags: UInt16
    /// The compression method: 0 stored, 8 deflated.
    let method: UInt16
    /// The CRC-32 of the uncompressed data.
    let crc32: UInt32
    /// The declared size of the compressed data.
    let compressedSize: UInt64
    /// The declared size of the uncompressed data.
    let uncompressedSize: UInt64
    /// Where the entry's local file header starts.
    let localHeaderOffset: UInt64

    /// Whether the entry is encrypted (bit 0 of the flags; bit 6 is strong encryption).
    var isEncrypted: Bool { flags & 0x0001 != 0 || flags & 0x0040 != 0 }

    /// Whether the entry is a directory rather than a file.
    var isDirectory: Bool { path.hasSuffix("/") }
}
