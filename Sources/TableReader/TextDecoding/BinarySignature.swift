/// The magic numbers of binary formats that teachers upload by mistake instead of a CSV file.
struct BinarySignature: Sendable {
    /// The leading bytes.
    let bytes: [UInt8]
    /// What the file most likely is, used in the error message.
    let name: String

    static let known: [BinarySignature] = [
        BinarySignature(bytes: Array("PK\u{03}\u{04}".utf8), name: "ZIP archive signature; an XLSX workbook?"),
        BinarySignature(bytes: Array("PK\u{05}\u{06}".utf8), name: "empty ZIP archive signature"),
        BinarySignature(
            bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], name: "OLE2 signature; an XLS workbook?"),
        BinarySignature(bytes: Array("%PDF-".utf8), name: "PDF signature"),
        BinarySignature(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], name: "PNG image signature"),
        BinarySignature(bytes: [0xFF, 0xD8, 0xFF], name: "JPEG image signature"),
        BinarySignature(bytes: Array("GIF8".utf8), name: "GIF image signature"),
        BinarySignature(bytes: [0x1F, 0x8B], name: "gzip signature"),
        BinarySignature(bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], name: "7-Zip archive signature"),
        BinarySignature(bytes: Array("Rar!".utf8), name: "RAR archive signature"),
        BinarySignature(bytes: Array("SQLite format 3\u{0}".utf8), name: "SQLite database signature"),
        BinarySignature(bytes: [0x7F, 0x45, 0x4C, 0x46], name: "ELF executable signature"),
        BinarySignature(bytes: Array("MZ".utf8) + [0x90, 0x00], name: "Windows executable signature"),
    ]

    /// The first known signature `sample` starts with.
    static func match(_ sample: UnsafeBufferPointer<UInt8>) -> BinarySignature? {
        known.first { signature in
            sample.count >= signature.bytes.count && zip(signature.bytes, sample).allSatisfy { $0 == $1 }
        }
    }
}
