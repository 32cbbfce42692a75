/// The kind of a table file, recognised by its content (not its extension).
public enum TableFileKind: String, Sendable, Hashable, CustomStringConvertible {
    /// Text with delimited fields: CSV, TSV, or Excel's "CSV (semicolon)" in any supported encoding.
    case csv
    /// An Office Open XML workbook (`.xlsx`, also `.xlsm`): a ZIP archive with `xl/workbook.xml`.
    case xlsx
    /// An Excel 2003 XML spreadsheet: XML whose root is `Workbook` in the namespace
    /// `urn:schemas-microsoft-com:office:spreadsheet`.
    case spreadsheetML

    /// A short name: `CSV`, `XLSX`, `Excel 2003 XML`.
    public var description: String {
        switch self {
        case .csv: "CSV"
        case .xlsx: "XLSX"
        case .spreadsheetML: "Excel 2003 XML"
        }
    }
}
