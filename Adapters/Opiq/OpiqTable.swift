import GradePortCore
import TableReader

/// Opens the tables the Opiq adapter reads.
enum OpiqTable {
    /// A cursor over a whole file, for reading.
    static func cursor(_ file: ExportFile) throws -> any TableCursor {
        try TableFile.open(path: file.path)
    }

    /// A cursor over the file's first bytes, for sniffing; `nil` when they are not a table.
    static func sniffingCursor(_ file: ExportFile) -> (any TableCursor)? {
        guard !file.head.isEmpty else { return nil }
        return TablePreview.cursor(for: file)
    }
}
