/// Settings for ``TableFile``: how to read each kind of table file.
public struct TableFileOptions: Sendable {
    /// Options for CSV and TSV files.
    public var csv: CSVReadOptions
    /// Options for XLSX and Excel 2003 XML workbooks.
    public var workbook: WorkbookReadOptions

    /// Creates options; the defaults detect everything and apply the default limits.
    public init(csv: CSVReadOptions = .init(), workbook: WorkbookReadOptions = .init()) {
        self.csv = csv
        self.workbook = workbook
    }
}
