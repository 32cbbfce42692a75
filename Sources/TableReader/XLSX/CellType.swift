/// The type of a sheet cell, from its `t` attribute.
enum CellType: Equatable {
    /// No `t`, or `t="n"`: a number.
    case number
    /// `t="s"`: an index into the shared strings.
    case sharedString
    /// `t="b"`: `0` or `1`.
    case boolean
    /// `t="inlineStr"` (text in `<is>`) or `t="str"` (a formula's text result): escaped text.
    case text
    /// Anything else (`t="e"` errors such as `#DIV/0!`, `t="d"` ISO dates): the value as written.
    case verbatim

    /// Classifies the bytes of a `t` attribute, or `nil` for a cell without one.
    init(attribute bytes: UnsafeBufferPointer<UInt8>?) {
        guard let bytes else {
            self = .number
            return
        }
        if bytes.count == 1 {
            switch bytes[0] {
            case UInt8(ascii: "n"): self = .number
            case UInt8(ascii: "s"): self = .sharedString
            case UInt8(ascii: "b"): self = .boolean
            default: self = .verbatim
            }
        } else if bytes.elementsEqual("inlineStr".utf8) || bytes.elementsEqual("str".utf8) {
            self = .text
        } else {
            self = .verbatim
        }
    }
}
