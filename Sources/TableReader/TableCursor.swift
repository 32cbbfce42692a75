/// A forward-only reader of table rows: a CSV or TSV file, or one sheet of a workbook.
///
/// Adapters and journal profiles read every tabular export through this one protocol, so the same
/// code reads a journal whether the teacher saved it as CSV, XLSX or an Excel 2003 XML spreadsheet.
/// Rows are ``CSVRow`` values whatever the file: cells are text (a workbook's numbers and dates are
/// turned into canonical text by its reader), `line` is the row's line in a CSV file or its row
/// number in a sheet, and columns are 1-based field numbers.
public protocol TableCursor: AnyObject {
    /// The name of the input for diagnostics (the file path).
    var name: String { get }

    /// The sheet being read, for a workbook; `nil` for a CSV file.
    var sheetName: String? { get }

    /// Whether number cells use a decimal comma (`18,5`), as a CSV saved by Excel in a Russian or
    /// Kazakh locale does; a workbook's reader writes numbers with a point.
    var usesDecimalComma: Bool { get }

    /// Problems the reader worked around and reported instead of failing (a stray quote in a CSV
    /// field), in file order.
    var warnings: [TableReadWarning] { get }

    /// The next row, or `nil` at the end of the table.
    func next() throws -> CSVRow?

    /// Finds the header row among the first `maxRows` rows: the first row for which `isHeader` is
    /// true. Rows above it are returned as the preamble; `next()` then continues after the header.
    /// When no row matches, the rows read are handed back to `next()` and the result is `nil`.
    func locateHeader(
        maxRows: Int, where isHeader: (CSVRow) throws -> Bool
    ) throws
        -> (header: CSVRow, preamble: [CSVRow])?
}

extension TableCursor {
    /// `nil`: a table that is not a sheet of a workbook.
    public var sheetName: String? { nil }

    /// None: a reader with nothing to work around.
    public var warnings: [TableReadWarning] { [] }

    /// Finds the header row among the first 25 rows; see ``locateHeader(maxRows:where:)``.
    public func locateHeader(
        where isHeader: (CSVRow) throws -> Bool
    ) throws
        -> (header: CSVRow, preamble: [CSVRow])?
    {
        try locateHeader(maxRows: 25, where: isHeader)
    }
}

extension CSVReader: TableCursor {
    /// Whether the dialect's decimal separator is a comma (the delimiter is `;` or tab).
    public var usesDecimalComma: Bool { dialect.decimalSeparator == .comma }
}
