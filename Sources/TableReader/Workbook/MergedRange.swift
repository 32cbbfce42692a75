/// A rectangle of merged cells: the value lives in the top-left cell, the others are empty.
public struct MergedRange: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based first row.
    public let firstRow: Int
    /// The 0-based first column (field index).
    public let firstColumn: Int
    /// The 1-based last row (equal to ``firstRow`` for a merge across columns only).
    public let lastRow: Int
    /// The 0-based last column (field index).
    public let lastColumn: Int

    /// Creates a range; the corners may be given in any order.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = min(firstRow, lastRow)
        self.lastRow = max(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// Parses an A1-style range such as `B2:D3` (or a single cell, `B2`).
    init?(reference: String) {
        let corners = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard corners.count == 1 || corners.count == 2,
            let first = CellReference(String(corners[0])), let firstRow = first.row,
            let last = CellReference(String(corners[corners.count - 1])), let lastRow = last.row
        else { return nil }
        self.init(firstRow: firstRow, firstColumn: first.column, lastRow: lastRow, lastColumn: last.column)
    }

    /// The range in A1 style, such as `B2:D3`.
    public var description: String {
        "\(CellReference.letters(ofColumn: firstColumn))\(firstRow):"
            + "\(CellReference.letters(ofColumn: lastColumn))\(lastRow)"
    }
}
