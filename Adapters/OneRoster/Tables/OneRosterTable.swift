import Foundation
import GradePortCore
import TableReader

/// One CSV file of a bundle being read: its header's columns, and its rows with the file, line and
/// column every diagnostic about them names.
final class OneRosterTable {
    /// The file's name in the bundle (`users.csv`).
    let name: String
    /// `BUNDLE/users.csv`, as diagnostics name the file.
    let displayName: String
    /// Column index (0-based) by header name.
    private let columns: [String: Int]
    /// The header's names in order.
    let header: [String]
    private let reader: CSVReader
    /// The line of the header row.
    let headerLine: Int
    /// The header row as read, to recognise it when it comes again further down.
    let headerRow: CSVRow
    /// Columns the reader asks for by another version's name (`termSourcedIds` → 1.0's `termSourcedId`).
    var aliases: [String: String] = [:]

    /// Opens `name` from the bundle and reads its header row; `nil` when the bundle has no such file.
    ///
    /// - Throws: `TableReadError` when the file cannot be read; ``ExportReadError`` when it has no header.
    init?(_ name: String, in bundle: OneRosterBundle) throws {
        guard let reader = try bundle.open(name) else { return nil }
        self.name = name
        self.reader = reader
        displayName = bundle.displayName(name)
        var header: CSVRow?
        while let row = try reader.next() {
            if !row.isEmptyRow {
                header = row
                break
            }
        }
        guard let header else {
            throw ExportReadError(.emptyInput, "\(displayName) has no header row")
        }
        headerLine = header.line
        headerRow = header
        self.header = header.strings().map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (index, column) in self.header.enumerated() where columns[column] == nil { columns[column] = index }
        // Header names are case-sensitive in the binding; a header that differs only in case is still found.
        for (index, column) in self.header.enumerated() where columns[column.lowercased()] == nil {
            columns[column.lowercased()] = index
        }
        self.columns = columns
    }

    /// The 0-based index of a column, found exactly or, failing that, ignoring case.
    func index(of column: String) -> Int? {
        if let index = columns[column] ?? columns[column.lowercased()] { return index }
        return aliases[column].flatMap { columns[$0] ?? columns[$0.lowercased()] }
    }

    /// Whether the header has a column.
    func has(_ column: String) -> Bool { index(of: column) != nil }

    /// The next data row (empty rows are skipped), or `nil` at the end of the file.
    func next() throws -> OneRosterRow? {
        while let row = try reader.next() {
            if !row.isEmptyRow { return OneRosterRow(row: row, table: self) }
        }
        return nil
    }

    /// Warnings the CSV reader reported (stray quotes), to pass on as diagnostics.
    var readerWarnings: [TableReadWarning] { reader.warnings }
}

/// One data row of a ``OneRosterTable``.
struct OneRosterRow {
    let row: CSVRow
    let table: OneRosterTable

    /// The line where the row starts.
    var line: Int { row.line }

    /// The text of a column as written (a formula guard removed), `nil` when the column is missing or
    /// the cell is blank.
    func text(_ column: String) -> String? {
        guard let index = table.index(of: column), index < row.count, !row.isBlank(index) else { return nil }
        let text = row[index]
        return text.utf8.first == FormulaGuard.marker ? FormulaGuard.unguarded(text) : text
    }

    /// The text of a column without leading and trailing spaces and tabs (a formula guard removed):
    /// for identifiers, enumerations, numbers and dates; `nil` when missing or blank.
    func token(_ column: String) -> String? {
        guard let index = table.index(of: column), index < row.count else { return nil }
        let text = row.withUTF8(ofField: index) { field -> String? in
            var start = 0
            var end = field.count
            while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
            while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
            guard start < end else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: field[start..<end]), as: UTF8.self)
        }
        guard let text else { return nil }
        return text.utf8.first == FormulaGuard.marker ? FormulaGuard.unguarded(text) : text
    }

    /// The 1-based column number of a column (its field number), when the header has it.
    func column(_ name: String) -> Int? { table.index(of: name).map { $0 + 1 } }

    /// The physical line of a column's cell (differs from ``line`` after a quoted line break).
    func line(of column: String) -> Int {
        table.index(of: column).map { row.line(ofField: $0) } ?? row.line
    }
}
