import GradePortCore
import TableReader

/// Opens the tables of an input: a CSV or TSV file is one table; a workbook (XLSX, Excel 2003 XML)
/// has one per sheet the profile selects.
enum TableOpening {
    /// The sheets to read, in tab order; `[nil]` for a file with one table.
    ///
    /// `first` is the first visible sheet; `all` is every visible sheet (hidden ones are skipped);
    /// `named` keeps the listed sheets, matched ignoring case and surrounding spaces.
    static func sheets(of file: ExportFile, _ selection: SheetSelection) throws -> [String?] {
        let sheets = try TableFile.sheets(path: file.path)
        guard !sheets.isEmpty else { return [nil] }
        let visible = sheets.filter { !$0.isHidden }
        switch selection {
        case .first:
            return [(visible.first ?? sheets[0]).name]
        case .all:
            return visible.map(\.name)
        case .named(let names):
            let wanted = Set(names.map(Self.fold))
            return sheets.filter { wanted.contains(Self.fold($0.name)) }.map(\.name)
        }
    }

    /// Opens one table: the sheet named, or the file's only (or first visible) table for `nil`.
    static func open(_ file: ExportFile, sheet: String?) throws -> any TableCursor {
        try TableFile.open(path: file.path, sheet: sheet)
    }

    /// Opens the first table of a file for sniffing; `nil` when it cannot be opened.
    static func openForSniffing(_ file: ExportFile) -> (any TableCursor)? {
        TablePreview.cursor(for: file)
    }

    private static func fold(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
