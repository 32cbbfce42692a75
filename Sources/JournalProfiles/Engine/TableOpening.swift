import GradePortCore
import TableReader

/// Opens the tables of an input: a CSV or TSV file is one table.
enum TableOpening {
    /// The tables to read, in order.
    static func open(_ file: ExportFile, sheets: SheetSelection) throws -> [any TableCursor] {
        [try CSVReader(path: file.path)]
    }
}
