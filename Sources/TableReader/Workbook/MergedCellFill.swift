/// Copies the value of each merged range into every cell the range covers, for the rows at the
/// top of a sheet (the header rows), so that a header such as `СОР 1` merged over three columns
/// heads each of them.
///
/// Rows must be applied in sheet order: a range's value is taken from its top-left cell when its
/// first row passes. Only rows up to ``maxRow`` are filled; data rows are never changed.
struct MergedCellFill {
    /// The last row (1-based) that is filled.
    let maxRow: Int
    private var ranges: [MergedRange]
    private var values: [MergedRange: String] = [:]

    /// Prepares filling of `ranges` for rows `1...maxRow`.
    init(ranges: [MergedRange], maxRow: Int) {
        self.maxRow = maxRow
        self.ranges = ranges.filter { $0.firstRow <= maxRow }.sorted { $0.firstRow < $1.firstRow }
    }

    /// Adds a range found while reading (Excel 2003 XML declares merges on the top-left cell);
    /// it must be added before its first row is applied.
    mutating func add(_ range: MergedRange) {
        if range.firstRow <= maxRow { ranges.append(range) }
    }

    /// Whether nothing will ever be filled.
    var isEmpty: Bool { ranges.isEmpty }

    /// Fills the cells of row `row` (1-based) that merged ranges cover and that are empty.
    mutating func apply(row: Int, to fields: inout [String]) {
        guard row <= maxRow, !ranges.isEmpty else { return }
        for range in ranges where range.firstRow <= row && row <= range.lastRow {
            if range.firstRow == row {
                values[range] = range.firstColumn < fields.count ? fields[range.firstColumn] : ""
            }
            guard let value = values[range], !value.isEmpty else { continue }
            if fields.count <= range.lastColumn {
                fields.append(contentsOf: repeatElement("", count: range.lastColumn + 1 - fields.count))
            }
            for column in range.firstColumn...range.lastColumn where fields[column].isEmpty {
                fields[column] = value
            }
        }
    }
}
