/// Rows read ahead and handed back, which lets a workbook cursor implement
/// ``TableCursor/locateHeader(maxRows:where:)`` exactly as ``CSVReader`` does.
struct RowLookahead {
    /// Rows to return before reading more, last one first.
    private var returned: [CSVRow] = []

    /// Takes the next handed-back row, if any.
    mutating func pop() -> CSVRow? { returned.popLast() }

    /// Hands `rows` back so that they are returned again, in order.
    mutating func handBack(_ rows: [CSVRow]) { returned.append(contentsOf: rows.reversed()) }

    /// Reads rows through `next` until `isHeader` accepts one, looking at no more than `maxRows`.
    ///
    /// The rows above the header are the preamble. When no header is found (or reading fails),
    /// the rows read are given to `handBack`. (Static, so that `next` may itself take handed-back
    /// rows from the cursor's lookahead without overlapping access.)
    static func locateHeader(
        maxRows: Int, where isHeader: (CSVRow) throws -> Bool, next: () throws -> CSVRow?,
        handBack: ([CSVRow]) -> Void
    ) throws -> (header: CSVRow, preamble: [CSVRow])? {
        var preamble: [CSVRow] = []
        do {
            while preamble.count < maxRows, let row = try next() {
                if try isHeader(row) { return (row, preamble) }
                preamble.append(row)
            }
        } catch {
            handBack(preamble)
            throw error
        }
        handBack(preamble)
        return nil
    }
}
