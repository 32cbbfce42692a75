import XMLStream

/// Opens any table file a teacher may bring — CSV/TSV, XLSX or Excel 2003 XML — as a
/// ``TableCursor``, recognising the kind by the file's content.
///
/// ```swift
/// let cursor = try TableFile.open(path: "journal.xlsx", sheet: "7А")
/// if let (header, _) = try cursor.locateHeader(where: { $0.contains("ФИО") }) { … }
/// while let row = try cursor.next() { … }
/// ```
///
/// Recognition: a ZIP archive (`PK\3\4`) is an XLSX workbook when it has a workbook part; XML
/// whose root is a spreadsheet `Workbook` is Excel 2003 XML; anything else is read as CSV. An
/// OLE2 compound file (an Excel 97-2003 `.xls`, or a password-protected workbook, which Excel
/// stores encrypted inside one) and an HTML page saved with an Excel extension are refused with
/// an explanation.
public enum TableFile {
    /// Opens `path` and returns a cursor over its rows.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - sheet: For a workbook, the sheet to read (by name, exactly or ignoring case and spaces);
    ///     `nil` reads the first visible sheet. Ignored for CSV files, which have one table.
    ///   - options: How to read each kind of file.
    /// - Throws: ``TableReadError`` (or ``XMLStreamError`` for XML inside a workbook that is
    ///   malformed or declares entities), naming the file and, where it applies, the sheet.
    public static func open(
        path: String, sheet: String? = nil, options: TableFileOptions = .init()
    ) throws -> any TableCursor {
        switch try kind(of: path, limits: options.workbook.limits) {
        case .csv:
            return try CSVReader(path: path, options: options.csv)
        case .xlsx:
            let workbook = try XLSXWorkbook(path: path, options: options.workbook)
            return try sheet.map { try workbook.cursor(sheet: $0) } ?? workbook.firstVisibleSheetCursor()
        case .spreadsheetML:
            let workbook = try SpreadsheetMLWorkbook(path: path, options: options.workbook)
            return try sheet.map { try workbook.cursor(sheet: $0) } ?? workbook.firstVisibleSheetCursor()
        }
    }

    /// The sheets of the workbook at `path`, in tab order (hidden ones flagged); empty for a CSV
    /// file.
    public static func sheets(path: String, options: TableFileOptions = .init()) throws -> [WorkbookSheet] {
        switch try kind(of: path, limits: options.workbook.limits) {
        case .csv: []
        case .xlsx: try XLSXWorkbook(path: path, options: options.workbook).sheets
        case .spreadsheetML: try SpreadsheetMLWorkbook(path: path, options: options.workbook).sheets
        }
    }

    /// The names of the sheets of the workbook at `path`, in tab order; empty for a CSV file.
    public static func sheetNames(path: String) throws -> [String] {
        try sheets(path: path).map(\.name)
    }

    /// Recognises the kind of the file at `path` from its content.
    ///
    /// A ZIP archive's directory and workbook part are read to tell a workbook from another ZIP
    /// file; XML is read up to its root element.
    ///
    /// - Throws: ``TableReadError``: `notAWorkbook` for a ZIP archive or XML document that is not
    ///   a workbook, `encrypted` for a password-protected workbook, `unsupportedFormat` for an
    ///   Excel 97-2003 workbook or an HTML page, `corruptArchive` for a damaged ZIP, `io` when the
    ///   file cannot be read.
    public static func kind(of path: String) throws -> TableFileKind {
        try kind(of: path, limits: WorkbookLimits())
    }

    static func kind(of path: String, limits: WorkbookLimits) throws -> TableFileKind {
        let file = try RandomAccessFile(path: path)
        let head = try file.read(at: 0, count: 4096)
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            _ = try XLSXPackage(archive: ZIPArchive(path: path, limits: limits), limits: limits)
            return .xlsx
        }
        if head.starts(with: CompoundFile.signature) {
            throw try CompoundFile.refusal(file)
        }
        guard let markup = MarkupSniff(head) else { return .csv }
        if markup.looksLikeHTML {
            throw TableReadError(
                .unsupportedFormat, file: path,
                message: "an HTML page (a web page saved with an Excel extension), not a workbook; open it in Excel "
                    + "and save it as .xlsx or CSV")
        }
        let reader = try XMLStreamReader(path: path)
        while let event = try reader.next() {
            guard case .startElement(let name, _) = event else { continue }
            if name.localName == "Workbook" && name.namespaceURI == SpreadsheetMLWorkbook.namespace {
                return .spreadsheetML
            }
            if name.localName.lowercased() == "html" {
                throw TableReadError(
                    .unsupportedFormat, file: path,
                    message: "an HTML page (a web page saved with an Excel extension), not a workbook; open it in "
                        + "Excel and save it as .xlsx or CSV")
            }
            throw TableReadError(
                .notAWorkbook, file: path,
                message: "an XML file, but not an Excel 2003 XML spreadsheet (the root is <\(name.localName)>)")
        }
        return .csv
    }
}
