/// Columns of text aligned for a terminal: widths by characters, not bytes, so Cyrillic and Kazakh
/// names line up.
struct TextTable {
    /// How a column's cells are aligned.
    enum Alignment {
        /// Text: padded on the right.
        case left
        /// Numbers: padded on the left.
        case right
    }

    let headers: [String]
    let alignments: [Alignment]
    private(set) var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ cells: [String]) {
        rows.append(cells.map(DisplayWidth.printable))
    }

    /// The lines of the table, each indented by `indent` spaces, without trailing spaces.
    func lines(indent: Int = 0) -> [String] {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = String(repeating: " ", count: indent)
            for (column, cell) in cells.enumerated() where column < widths.count {
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                if column > 0 { text += "  " }
                text += alignments[column] == .right ? padding + cell : cell + padding
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        return [line(headers)] + rows.map(line)
    }
}
