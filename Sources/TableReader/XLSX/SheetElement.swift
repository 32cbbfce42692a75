/// The elements of sheet XML that ``XLSXSheetCursor`` acts on, recognised from their local-name bytes without
/// building a `String` per element.
enum SheetElement: Equatable {
    case worksheet, sheetData, row, cell, value, inlineString, text, run, formula, phonetic, extensionList
    /// Any other element.
    case other

    /// Classifies the local name `name` (UTF-8 bytes, no prefix).
    init(localName name: UnsafeBufferPointer<UInt8>) {
        switch name.count {
        case 1:
            switch name[0] {
            case UInt8(ascii: "c"): self = .cell
            case UInt8(ascii: "v"): self = .value
            case UInt8(ascii: "t"): self = .text
            case UInt8(ascii: "f"): self = .formula
            case UInt8(ascii: "r"): self = .run
            default: self = .other
            }
        case 2:
            self = name[0] == UInt8(ascii: "i") && name[1] == UInt8(ascii: "s") ? .inlineString : .other
        case 3:
            if Self.matches(name, "row") {
                self = .row
            } else if Self.matches(name, "rPh") {
                self = .phonetic
            } else {
                self = .other
            }
        case 6:
            self = Self.matches(name, "extLst") ? .extensionList : .other
        case 9:
            if Self.matches(name, "sheetData") {
                self = .sheetData
            } else if Self.matches(name, "worksheet") {
                self = .worksheet
            } else {
                self = .other
            }
        default:
            self = .other
        }
    }

    /// Whether `bytes` equal the ASCII text `expected`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: StaticString) -> Bool {
        guard bytes.count == expected.utf8CodeUnitCount else { return false }
        let start = expected.utf8Start
        for index in 0..<bytes.count where bytes[index] != start[index] { return false }
        return true
    }
}
