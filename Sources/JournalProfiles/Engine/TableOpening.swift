import GradePortCore
import TableReader

/// Opens the tables of an input: a CSV or TSV file is one table; a workbook has one per sheet the
/// profile selects.
enum TableOpening {
    /// The sheets to read, in tab order; `[nil]` for a file with one table.
    static func sheets(of file: ExportFile, _ selection: SheetSelection) throws -> [String?] {
        [nil]
    }

    /// Opens one table: the sheet named, or the file's only (or first) table for `nil`.
    static func open(_ file: ExportFile, sheet: String?) throws -> any TableCursor {
        try CSVReader(path: file.path)
    }

    /// Opens the first table of a file for sniffing; `nil` when it cannot be opened.
    static func openForSniffing(_ file: ExportFile) -> (any TableCursor)? {
        try? CSVReader(bytes: file.head, name: file.path)
    }
}
