/// An A1-style cell reference (`C5`, `AB12`), as sheet XML writes it in `<c r="…">`.
struct CellReference: Sendable, Equatable {
    /// The 0-based column (`A` is 0).
    let column: Int
    /// The 1-based row, or `nil` for a column-only reference.
    let row: Int?

    /// The largest column Excel has (`XFD`), 0-based.
    static let maxColumn = 16_383

    /// Parses `text`; `nil` when it is not a reference (no letters, letters after digits, too large).
    init?(_ text: String) {
        self.init(utf8: text.utf8)
    }

    /// Parses the UTF-8 bytes of a reference, as ``init(_:)`` parses its text.
    init?(utf8 text: some Sequence<UInt8>) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, column - 1 <= Self.maxColumn, digits == 0 || row > 0 else { return nil }
        self.column = column - 1
        self.row = digits > 0 ? row : nil
    }

    /// The column letters of a 0-based column (`0` → `A`, `27` → `AB`).
    static func letters(ofColumn column: Int) -> String {
        var column = column + 1
        var letters: [Character] = []
        while column > 0 {
            let remainder = (column - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))), at: 0)
            column = (column - 1) / 26
        }
        return String(letters)
    }
}
