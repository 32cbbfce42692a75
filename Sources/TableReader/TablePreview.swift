import Foundation
import GradePortBase

/// The first rows of an input's first table, for sniffing.
///
/// The rows are read once per input and kept with it (`ExportFile.shared(_:_:)`):
/// every adapter that sniffs the same input gets a cursor over the same rows instead of decoding
/// the head again. A CSV file is previewed from the bytes `ExportFile.head` already
/// holds; a workbook has to be opened (its ZIP directory is at the end of the file, its first sheet
/// extracted), and its first ``rowLimit`` rows are kept.
public enum TablePreview {
    /// How many rows of a workbook's first sheet a preview holds.
    public static let rowLimit = 40

    /// A cursor over the first rows of the input's first table; `nil` when it is a folder, empty,
    /// or not a table file at all.
    public static func cursor(for file: ExportFile) -> (any TableCursor)? {
        guard !file.isDirectory, !file.head.isEmpty else { return nil }
        let preview = file.shared(Preview.self, Preview.read)
        guard preview.isTable else { return nil }
        return RowListCursor(
            name: file.path, sheetName: preview.sheetName, rows: preview.rows,
            usesDecimalComma: preview.usesDecimalComma)
    }

    /// Whether the first bytes are a ZIP archive, an OLE2 file or XML: a workbook to open whole.
    static func isWorkbookSignature(_ head: [UInt8]) -> Bool {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return true }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let first = bytes.first, first == 0x20 || first == 0x0A || first == 0x0D || first == 0x09 {
            bytes = bytes.dropFirst()
        }
        return bytes.starts(with: Array("<?xml".utf8)) || bytes.starts(with: Array("<Workbook".utf8))
    }

    /// The rows of one input's preview.
    private struct Preview: Sendable {
        /// Whether the input opened as a table at all.
        var isTable = true
        var sheetName: String?
        var rows: [CSVRow]
        var usesDecimalComma: Bool

        /// Reads the preview: every row the head holds for a CSV file (up to a row the head cuts in
        /// the middle or that cannot be read), the first ``TablePreview/rowLimit`` rows of a workbook.
        static func read(_ file: ExportFile) -> Preview {
            let cursor: any TableCursor
            let limit: Int
            if isWorkbookSignature(file.head) {
                guard let opened = try? TableFile.open(path: file.path) else { return notATable }
                cursor = opened
                limit = rowLimit
            } else {
                guard let reader = try? CSVReader(bytes: file.head, name: file.path) else { return notATable }
                cursor = reader
                limit = .max
            }
            var rows: [CSVRow] = []
            while rows.count < limit, let row = try? cursor.next() { rows.append(row) }
            return Preview(sheetName: cursor.sheetName, rows: rows, usesDecimalComma: cursor.usesDecimalComma)
        }

        static let notATable = Preview(isTable: false, sheetName: nil, rows: [], usesDecimalComma: false)
    }
}

/// A table cursor over rows already in memory (a preview, or rows a test builds).
public final class RowListCursor: TableCursor {
    /// The input's name for diagnostics.
    public let name: String
    /// The sheet the rows came from, if any.
    public let sheetName: String?
    /// Whether number cells use a decimal comma.
    public let usesDecimalComma: Bool
    private var rows: [CSVRow]
    private var position = 0

    /// Creates a cursor over `rows`.
    public init(name: String, sheetName: String? = nil, rows: [CSVRow], usesDecimalComma: Bool = false) {
        self.name = name
        self.sheetName = sheetName
        self.rows = rows
        self.usesDecimalComma = usesDecimalComma
    }

    /// The next row, or `nil` after the last.
    public func next() throws -> CSVRow? {
        guard position < rows.count else { return nil }
        defer { position += 1 }
        return rows[position]
    }

    /// Finds the header among the next `maxRows` rows; see ``TableCursor/locateHeader(maxRows:where:)``.
    public func locateHeader(
        maxRows: Int = 25, where isHeader: (CSVRow) throws -> Bool
    ) throws
        -> (header: CSVRow, preamble: [CSVRow])?
    {
        let start = position
        var preamble: [CSVRow] = []
        while preamble.count < maxRows, position < rows.count {
            let row = rows[position]
            position += 1
            if try isHeader(row) { return (row, preamble) }
            preamble.append(row)
        }
        position = start
        return nil
    }
}
