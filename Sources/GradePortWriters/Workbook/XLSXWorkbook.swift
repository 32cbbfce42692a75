import CXLSXWriter
import Foundation

/// An XLSX file being written through libxlsxwriter in constant-memory mode: each sheet's rows go to
/// a temporary file as they are written (strings inline), so memory stays flat however many rows.
///
/// Rows of a sheet must be written top to bottom (a row once left cannot be written again); sheets
/// may be written one after another. Nothing is on disk at `path` until ``close()``.
package final class XLSXWorkbook {
    /// The cell styles the writers use.
    package enum Style: CaseIterable {
        /// Bold, for header rows.
        case header
        /// A number with up to two decimals.
        case number
        /// A percent value (a number such as `92.5`, shown `92.5`).
        case percent
        /// A draft score (not yet returned to the student): italic on grey.
        case draft
        /// A score above its maximum: on red.
        case overMaximum
        /// Marks coloured by band: 2 on red, 3 on yellow, 4 on light green, 5 on green.
        case mark2, mark3, mark4, mark5
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var styles: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    private var usedNames: Set<String> = []
    private var closed = false
    private let temporaryFolderName: UnsafeMutablePointer<CChar>?

    /// Opens a workbook that ``close()`` writes to `path`; temporary files go to `temporaryFolder`.
    package init(path: String, temporaryFolder: String) throws(InterchangeError) {
        var options = lxw_workbook_options()
        options.constant_memory = UInt8(LXW_TRUE.rawValue)
        options.use_zip64 = UInt8(LXW_TRUE.rawValue)
        // The folder's name lives as long as the workbook (freed in deinit).
        temporaryFolderName = strdup(temporaryFolder)
        options.tmpdir = temporaryFolderName
        guard let opened = workbook_new_opt(path, &options) else {
            free(temporaryFolderName)
            throw InterchangeError("cannot create the workbook", isDestinationProblem: true)
        }
        workbook = opened
        for style in Style.allCases {
            let format = workbook_add_format(workbook)!
            switch style {
            case .header: format_set_bold(format)
            case .number: format_set_num_format(format, "0.##")
            case .percent: format_set_num_format(format, "0.##")
            case .draft:
                format_set_italic(format)
                format_set_bg_color(format, 0xD9D9D9)
            case .overMaximum, .mark2: format_set_bg_color(format, 0xF4B6B6)
            case .mark3: format_set_bg_color(format, 0xFFE699)
            case .mark4: format_set_bg_color(format, 0xD9EAD3)
            case .mark5: format_set_bg_color(format, 0x93C47D)
            }
            styles[style] = format
        }
    }

    deinit {
        // A workbook given up before close() still frees its memory and temporary files.
        if !closed { workbook_close(workbook) }
        free(temporaryFolderName)
    }

    /// A sheet of the workbook.
    package struct Sheet {
        fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    }

    /// Adds a sheet named as close to `name` as Excel allows: at most 31 characters, without
    /// `[ ] : * ? / \`, unique without regard to case (a number is added to a repeat).
    package func addSheet(_ name: String) -> Sheet {
        let unique = uniqueName(Self.sheetName(name))
        return Sheet(pointer: workbook_add_worksheet(workbook, unique)!)
    }

    /// A name Excel accepts for a sheet.
    package static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }).trimmingCharacters(in: .whitespaces)
        let trimmed = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        return String((trimmed.isEmpty ? "Sheet" : trimmed).prefix(31))
    }

    private func uniqueName(_ name: String) -> String {
        var candidate = name
        var number = 2
        while usedNames.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(name.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        usedNames.insert(candidate.lowercased())
        return candidate
    }

    /// Writes a text cell (nothing for `nil` or empty text).
    package func text(_ sheet: Sheet, _ row: Int, _ column: Int, _ value: String?, _ style: Style? = nil) {
        guard let value, !value.isEmpty else { return }
        worksheet_write_string(sheet.pointer, lxw_row_t(row), lxw_col_t(column), value, format(style))
    }

    /// Writes a number cell (nothing for `nil`).
    package func number(_ sheet: Sheet, _ row: Int, _ column: Int, _ value: Double?, _ style: Style? = nil) {
        guard let value else { return }
        worksheet_write_number(sheet.pointer, lxw_row_t(row), lxw_col_t(column), value, format(style))
    }

    /// Writes a row of header names in bold from column 0.
    package func header(_ sheet: Sheet, _ row: Int, _ names: [String]) {
        for (column, name) in names.enumerated() { text(sheet, row, column, name, .header) }
    }

    /// Keeps the rows above `rows` and the columns left of `columns` in view, and puts filter buttons
    /// on the header row over `columnCount` columns and `lastRow` rows.
    package func freezeAndFilter(
        _ sheet: Sheet, rows: Int, columns: Int, headerRow: Int, lastRow: Int, columnCount: Int
    ) {
        worksheet_freeze_panes(sheet.pointer, lxw_row_t(rows), lxw_col_t(columns))
        guard columnCount > 0 else { return }
        worksheet_autofilter(
            sheet.pointer, lxw_row_t(headerRow), 0, lxw_row_t(max(headerRow, lastRow)), lxw_col_t(columnCount - 1))
    }

    /// Sets the width of columns `first...last`, in characters.
    package func width(_ sheet: Sheet, _ first: Int, _ last: Int, _ characters: Double) {
        worksheet_set_column(sheet.pointer, lxw_col_t(first), lxw_col_t(last), characters, nil)
    }

    /// Writes the file.
    ///
    /// - Throws: ``InterchangeError`` with libxlsxwriter's reason when the file cannot be written.
    package func close() throws(InterchangeError) {
        closed = true
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw InterchangeError(
                "the workbook cannot be written: \(String(cString: lxw_strerror(status)))", isDestinationProblem: true)
        }
    }

    /// Builds a workbook in a private temporary folder (libxlsxwriter writes a file, and keeps each
    /// sheet's rows in temporary files there) and hands its bytes to `sink` in 1 MiB chunks; the
    /// folder is removed afterwards.
    ///
    /// - Throws: ``InterchangeError`` when the workbook cannot be written or read back, or what the
    ///   sink throws.
    package static func streamed(
        to sink: (ArraySlice<UInt8>) throws -> Void, _ build: (XLSXWorkbook) throws -> Void
    ) throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("gradeport-xlsx-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InterchangeError("cannot create a temporary folder for the workbook", isDestinationProblem: true)
        }
        defer { try? manager.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.xlsx")
        let workbook = try XLSXWorkbook(path: file.path, temporaryFolder: folder.path)
        try build(workbook)
        try workbook.close()
        guard let handle = try? FileHandle(forReadingFrom: file) else {
            throw InterchangeError("the written workbook cannot be read back", isDestinationProblem: true)
        }
        defer { try? handle.close() }
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try sink(Array(chunk)[...])
        }
    }

    private func format(_ style: Style?) -> UnsafeMutablePointer<lxw_format>? {
        style.flatMap { styles[$0] }
    }
}
