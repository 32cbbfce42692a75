import XMLStream

/// The number style of each cell format (`<cellXfs><xf numFmtId=…>`) of `xl/styles.xml`, which
/// is all a reader needs from styles: a cell's `s` attribute indexes this list.
struct XLSXStyles: Sendable {
    /// The style of each cell format, by index.
    let styles: [NumberStyle]

    /// No styles: every number is a plain number.
    init() {
        styles = []
    }

    /// Reads the styles part.
    init(bytes: [UInt8], part: String, file: String) throws {
        var customFormats: [Int: NumberStyle] = [:]
        var styles: [NumberStyle] = []
        try withPartContext(part, of: file) {
            let reader = try XMLStreamReader(bytes: bytes, name: part)
            var inCellFormats = false
            while let event = try reader.next() {
                switch event {
                case .startElement(let name, _):
                    switch name.localName {
                    case "numFmt":
                        if let id = reader.attribute("numFmtId").flatMap(Int.init),
                            let code = reader.attribute("formatCode")
                        {
                            customFormats[id] = NumberStyle.classify(formatCode: code)
                        }
                    case "cellXfs":
                        inCellFormats = true
                    case "xf" where inCellFormats:
                        let id = reader.attribute("numFmtId").flatMap(Int.init) ?? 0
                        styles.append(customFormats[id] ?? NumberStyle.builtIn(id))
                        try reader.skipSubtree()
                    case "styleSheet", "numFmts":
                        continue
                    default:
                        if !inCellFormats { try reader.skipSubtree() }
                    }
                case .endElement(let name) where name.localName == "cellXfs":
                    inCellFormats = false
                default:
                    continue
                }
            }
        }
        self.styles = styles
    }

    /// The number style of cell format `index`; a plain number for an unknown index.
    func style(_ index: Int) -> NumberStyle {
        index >= 0 && index < styles.count ? styles[index] : .number
    }
}
