import XMLStream

/// An Excel 2003 XML spreadsheet (`.xml`, namespace `urn:schemas-microsoft-com:office:spreadsheet`),
/// the format older journal systems export: its worksheets, each readable as a ``TableCursor``.
///
/// Opening streams the file once to list the worksheets (their names and whether they are
/// hidden) without keeping their rows; each cursor streams the file again up to its worksheet.
///
/// ```swift
/// let workbook = try SpreadsheetMLWorkbook(path: "journal.xml")
/// let cursor = try workbook.cursor(sheet: "Журнал")
/// while let row = try cursor.next() { print(row.strings()) }
/// ```
///
/// Not `Sendable`; use it within one task.
public final class SpreadsheetMLWorkbook {
    /// The spreadsheet namespace of the root element and the `ss:` attributes.
    public static let namespace = "urn:schemas-microsoft-com:office:spreadsheet"
    /// The namespace of `WorksheetOptions` (where a hidden worksheet says so).
    static let excelNamespace = "urn:schemas-microsoft-com:office:excel"

    /// The file's path, used in diagnostics.
    public let path: String
    /// The worksheets in order, hidden ones included.
    public let sheets: [WorkbookSheet]
    /// The options the workbook was opened with.
    public let options: WorkbookReadOptions

    /// The names of the worksheets in order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Opens the spreadsheet at `path` and lists its worksheets.
    ///
    /// - Throws: ``TableReadError`` `notAWorkbook` when the root is not a spreadsheet `Workbook`,
    ///   `noRows` when it has no worksheet; ``XMLStreamError`` for malformed or refused XML.
    public init(path: String, options: WorkbookReadOptions = .init()) throws {
        self.path = path
        self.options = options
        let reader = try XMLStreamReader(
            path: path, options: XMLStreamOptions(maxInputBytes: options.limits.maxSheetBytes))
        var sheets: [WorkbookSheet] = []
        var sawRoot = false
        var inOptions = false
        var inVisible = false
        var visibleText = ""
        while let event = try reader.next() {
            switch event {
            case .startElement(let name, _):
                if !sawRoot {
                    sawRoot = true
                    guard name.localName == "Workbook", name.namespaceURI == Self.namespace else {
                        throw TableReadError(
                            .notAWorkbook, file: path,
                            message:
                                "an XML file, but not an Excel 2003 XML spreadsheet (the root is <\(name.localName)>)")
                    }
                    continue
                }
                switch name.localName {
                case "Worksheet":
                    let sheetName =
                        reader.attribute("Name", namespaceURI: Self.namespace) ?? reader.attribute("Name")
                        ?? "Sheet\(sheets.count + 1)"
                    sheets.append(WorkbookSheet(name: sheetName, index: sheets.count))
                case "WorksheetOptions":
                    inOptions = true
                case "Visible" where inOptions:
                    inVisible = true
                    visibleText = ""
                case "Table", "Styles", "DocumentProperties", "ExcelWorkbook", "Names", "OfficeDocumentSettings",
                    "CustomDocumentProperties", "DataValidation", "ConditionalFormatting", "AutoFilter":
                    try reader.skipSubtree()
                default:
                    continue
                }
            case .endElement(let name):
                switch name.localName {
                case "WorksheetOptions": inOptions = false
                case "Visible" where inVisible:
                    inVisible = false
                    let visibility: WorkbookSheet.Visibility? =
                        switch visibleText.trimmingSpaces() {
                        case "SheetHidden": .hidden
                        case "SheetVeryHidden": .veryHidden
                        default: nil
                        }
                    if let visibility, let last = sheets.popLast() {
                        sheets.append(WorkbookSheet(name: last.name, index: last.index, visibility: visibility))
                    }
                default: continue
                }
            case .text(let text):
                if inVisible { visibleText += text }
            }
        }
        guard !sheets.isEmpty else {
            throw TableReadError(.noRows, file: path, message: "the spreadsheet has no worksheets")
        }
        self.sheets = sheets
    }

    /// A cursor over the worksheet called `name` (matched exactly, else ignoring case and spaces).
    ///
    /// - Throws: ``TableReadError`` `sheetNotFound` listing the worksheets, or `noRows` when the
    ///   worksheet has no row with a value.
    public func cursor(sheet name: String) throws -> SpreadsheetMLSheetCursor {
        guard let sheet = sheets.sheet(named: name) else {
            throw TableReadError(
                .sheetNotFound, file: path, sheet: name,
                message: "the spreadsheet has no worksheet '\(name)'; its worksheets are "
                    + sheets.map { "'\($0.name)'" }.joined(separator: ", "))
        }
        return try SpreadsheetMLSheetCursor(path: path, sheet: sheet, options: options)
    }

    /// A cursor over the worksheet at `index` (0-based, hidden worksheets counted).
    ///
    /// - Throws: ``TableReadError`` `sheetNotFound` for an index out of range, `noRows` for a
    ///   worksheet without values.
    public func cursor(at index: Int) throws -> SpreadsheetMLSheetCursor {
        guard sheets.indices.contains(index) else {
            throw TableReadError(
                .sheetNotFound, file: path,
                message: "the spreadsheet has \(sheets.count) worksheet(s); there is no worksheet number \(index + 1)")
        }
        return try SpreadsheetMLSheetCursor(path: path, sheet: sheets[index], options: options)
    }

    /// A cursor over the first visible worksheet (the first one when all are hidden).
    public func firstVisibleSheetCursor() throws -> SpreadsheetMLSheetCursor {
        try cursor(at: (sheets.first { !$0.isHidden } ?? sheets[0]).index)
    }
}

@available(*, unavailable, message: "A workbook is used within one task")
extension SpreadsheetMLWorkbook: Sendable {}
