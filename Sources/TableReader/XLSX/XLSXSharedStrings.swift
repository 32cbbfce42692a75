import XMLStream

/// The shared string table of `xl/sharedStrings.xml`: cells with `t="s"` hold an index into it.
///
/// Each `<si>` is a plain `<t>` or rich text, runs of `<r><t>` that are joined. Phonetic runs
/// (`<rPh>`) are left out. Text is kept exactly as written, including spaces, whether or not
/// `xml:space="preserve"` is set; Excel's escapes for control characters (`_x000D_`) are decoded.
enum XLSXSharedStrings {
    /// Reads the table from the part extracted to `path`, streaming it.
    static func read(path: String, part: String, file: String) throws -> [String] {
        try withPartContext(part, of: file) {
            let reader = try XMLStreamReader(path: path)
            var strings: [String] = []
            var current = ""
            var textDepth = 0
            var inItem = false
            while let event = try reader.next() {
                switch event {
                case .startElement(let name, _):
                    switch name.localName {
                    case "si":
                        inItem = true
                        current = ""
                    case "t" where inItem:
                        textDepth += 1
                    case "rPh":
                        try reader.skipSubtree()
                    default:
                        continue
                    }
                case .endElement(let name):
                    switch name.localName {
                    case "si":
                        inItem = false
                        strings.append(OOXMLEscapes.decode(current))
                    case "t" where textDepth > 0:
                        textDepth -= 1
                    default:
                        continue
                    }
                case .text(let text):
                    if textDepth > 0 { current += text }
                }
            }
            return strings
        }
    }
}

/// Excel's `_xHHHH_` escapes in text (ST_Xstring): `_x000D_` is a carriage return, and
/// `_x005F_` escapes an underscore that would otherwise start an escape.
enum OOXMLEscapes {
    /// `text` with `_xHHHH_` escapes replaced by their characters.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "_", scalars.count >= 7, scalars[scalars.startIndex + 1] == "x",
                scalars[scalars.startIndex + 6] == "_",
                let code = UInt32(
                    String(String.UnicodeScalarView(scalars[(scalars.startIndex + 2)..<(scalars.startIndex + 6)])),
                    radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst(7)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }
}
