/// An Excel workbook (`.xlsx`, Office Open XML): its sheets, each readable as a ``TableCursor``.
///
/// Opening reads only the archive's directory and the small workbook parts (workbook,
/// relationships); the shared strings and styles are read when the first sheet is opened, and a
/// sheet is streamed row by row (see ``XLSXSheetCursor``).
///
/// ```swift
/// let workbook = try XLSXWorkbook(path: "journal.xlsx")
/// print(workbook.sheetNames)                  // ["7А", "7Б"]
/// let cursor = try workbook.cursor(sheet: "7Б")
/// while let row = try cursor.next() { print(row.line, row.strings()) }
/// ```
///
/// The workbook is checked against ``WorkbookLimits`` (zip bombs, too many entries) and every
/// problem is a ``TableReadError`` naming the file (and sheet), or an ``XMLStreamError``
/// naming the part, for XML that is malformed or declares entities.
///
/// A workbook holds an open file and caches, so it is not `Sendable`; use it within one task.
public final class XLSXWorkbook {
    /// The workbook's path, used in diagnostics.
    public let path: String
    /// The sheets in tab order, hidden ones included (see ``WorkbookSheet/isHidden``).
    public var sheets: [WorkbookSheet] { package.sheets.map(\.info) }
    /// The names of the sheets in tab order.
    public var sheetNames: [String] { package.sheets.map(\.info.name) }
    /// Whether the workbook uses the 1904 date system (old Mac workbooks).
    public var usesDate1904: Bool { package.date1904 }
    /// The options the workbook was opened with.
    public let options: WorkbookReadOptions

    private let archive: ZIPArchive
    private let package: XLSXPackage
    private var context: XLSXSheetContext?

    /// Opens the workbook at `path` and reads its list of sheets.
    ///
    /// - Throws: ``TableReadError``: `corruptArchive` for a damaged or truncated file (or one that
    ///   is not a ZIP archive at all), `notAWorkbook` for a ZIP without a workbook part,
    ///   `limitExceeded` for an archive over ``WorkbookLimits``, `encrypted` for a
    ///   password-protected part; ``XMLStreamError`` for a workbook part that is not valid XML.
    public init(path: String, options: WorkbookReadOptions = .init()) throws {
        self.path = path
        self.options = options
        archive = try ZIPArchive(path: path, limits: options.limits)
        package = try XLSXPackage(archive: archive, limits: options.limits)
    }

    /// A cursor over the sheet called `name` (matched exactly, else ignoring case and spaces).
    ///
    /// - Throws: ``TableReadError`` `sheetNotFound` listing the sheets when there is none of that
    ///   name, `noRows` when the sheet has no row with a value, or the errors of reading the
    ///   sheet's part (limits, corruption).
    public func cursor(sheet name: String) throws -> XLSXSheetCursor {
        guard let sheet = sheets.sheet(named: name) else {
            throw TableReadError(
                .sheetNotFound, file: path, sheet: name,
                message:
                    "the workbook has no sheet '\(name)'; its sheets are \(sheets.map { "'\($0.name)'" }.joined(separator: ", "))"
            )
        }
        return try cursor(at: sheet.index)
    }

    /// A cursor over the sheet at `index` (0-based, in tab order, hidden sheets counted).
    ///
    /// - Throws: ``TableReadError`` `sheetNotFound` for an index out of range, `noRows` for a
    ///   sheet without values, or the errors of reading the sheet's part.
    public func cursor(at index: Int) throws -> XLSXSheetCursor {
        guard package.sheets.indices.contains(index) else {
            throw TableReadError(
                .sheetNotFound, file: path,
                message: "the workbook has \(package.sheets.count) sheet(s); there is no sheet number \(index + 1)")
        }
        let sheet = package.sheets[index]
        let description = "sheet '\(sheet.info.name)' (\(sheet.part))"
        guard let entry = archive.entry(sheet.part) else {
            throw TableReadError(
                .malformedWorkbook, file: path, sheet: sheet.info.name,
                message: "\(description): the part is missing from the archive")
        }
        let context = try sheetContext()
        let extracted = try TemporaryFile(purpose: "sheet", file: path)
        try archive.extract(entry, limit: options.limits.maxSheetBytes, limits: options.limits, context: description) {
            try extracted.write($0, file: path)
        }
        extracted.finishWriting()
        return try XLSXSheetCursor(
            workbook: path, sheet: sheet.info, part: entry.path, extracted: extracted, context: context,
            options: options)
    }

    /// A cursor over the first visible sheet (the first sheet when all are hidden).
    public func firstVisibleSheetCursor() throws -> XLSXSheetCursor {
        try cursor(at: (sheets.first { !$0.isHidden } ?? sheets[0]).index)
    }

    /// The shared strings, styles and date system, read once.
    private func sheetContext() throws -> XLSXSheetContext {
        if let context { return context }
        var styles = XLSXStyles()
        if let part = package.stylesPart, let entry = archive.entry(part) {
            let bytes = try archive.bytes(
                of: entry, limit: options.limits.maxPartBytes, limits: options.limits, context: entry.path)
            styles = try XLSXStyles(bytes: bytes, part: entry.path, file: path)
        }
        var strings: [String] = []
        if let part = package.sharedStringsPart, let entry = archive.entry(part) {
            let extracted = try TemporaryFile(purpose: "strings", file: path)
            try archive.extract(
                entry, limit: options.limits.maxSharedStringsBytes, limits: options.limits, context: entry.path
            ) { try extracted.write($0, file: path) }
            extracted.finishWriting()
            strings = try XLSXSharedStrings.read(path: extracted.path, part: entry.path, file: path)
        }
        let context = XLSXSheetContext(sharedStrings: strings, styles: styles, date1904: package.date1904)
        self.context = context
        return context
    }
}

@available(*, unavailable, message: "A workbook holds an open file and caches; use it within one task")
extension XLSXWorkbook: Sendable {}
