import XMLStream

/// A ``TableCursor`` over one sheet of an XLSX workbook, streaming the sheet's XML row by row.
///
/// The sheet part is inflated into a temporary file (checked against ``WorkbookLimits`` as it
/// inflates; the file is unlinked as soon as the XML reader has it open) and parsed from there,
/// so memory does not grow with the sheet: only the shared strings and one row are held.
///
/// Rows are ``CSVRow`` values whose `line` is the sheet's row number and whose fields are the
/// cell texts, placed by their references (`r="C5"` is field 2; cells left out are `""`).
/// A row is returned when it has at least one cell with text; empty rows and rows missing from
/// the XML are not returned, so line numbers may jump. Trailing empty cells are not included.
///
/// Cell texts:
/// - shared (`t="s"`), inline (`t="inlineStr"`) and formula (`t="str"`) strings: as written;
/// - booleans (`t="b"`): `TRUE` or `FALSE`; errors (`t="e"`): as Excel shows them (`#DIV/0!`);
/// - numbers: the canonical text of ``NumberText`` (`18`, `18.5`, `0.3`);
/// - numbers with a date or time format: ISO 8601 (`2025-11-14`, `2025-11-14T08:30:00`,
///   `08:30:00`) in the workbook's 1900 or 1904 date system;
/// - numbers with a percentage format: as Excel shows them (`85%`).
///
/// Like ``CSVReader``, a cursor is a forward-only class that owns an open file; it is not
/// `Sendable`. Use it within one task and send the rows, which are.
public final class XLSXSheetCursor: TableCursor {
    /// The workbook's path, used in diagnostics.
    public let name: String
    /// The sheet being read.
    public let sheet: WorkbookSheet
    /// The sheet's part inside the workbook, such as `xl/worksheets/sheet1.xml`.
    public let part: String
    /// The merged ranges of the sheet, when ``WorkbookReadOptions/fillMergedCellsInFirstRows``
    /// asked for them (empty otherwise).
    public let mergedRanges: [MergedRange]

    /// The sheet's name.
    public var sheetName: String? { sheet.name }
    /// Always `false`: workbook numbers are written with a decimal point.
    public var usesDecimalComma: Bool { false }

    /// The XML reader streaming the extracted (and already unlinked) sheet part.
    let reader: XMLStreamReader
    private let context: XLSXSheetContext
    private var fill: MergedCellFill
    private var lookahead = RowLookahead()
    // Row state, touched for every node of the sheet. A cursor is used from one task and never passes these
    // `inout` across a call that touches another, so they opt out of dynamic exclusivity checks.
    @exclusivity(unchecked) private var isFinished = false
    @exclusivity(unchecked) private var inSheetData = false
    @exclusivity(unchecked) private var lastRow = 0
    @exclusivity(unchecked) private var fields: [String] = []
    /// The raw value of the cell being read, as UTF-8 bytes (reused from cell to cell).
    @exclusivity(unchecked) private var value: [UInt8] = []

    init(
        workbook path: String, sheet: WorkbookSheet, part: String, extracted: TemporaryFile,
        context: XLSXSheetContext, options: WorkbookReadOptions
    ) throws {
        self.name = path
        self.sheet = sheet
        self.part = part
        self.context = context
        let description = "sheet '\(sheet.name)' (\(part))"
        if options.fillMergedCellsInFirstRows > 0 {
            mergedRanges = try XLSXMergedCells.scan(
                RandomAccessFile(path: extracted.path), context: description, workbook: path)
        } else {
            mergedRanges = []
        }
        fill = MergedCellFill(ranges: mergedRanges, maxRow: options.fillMergedCellsInFirstRows)
        reader = try withPartContext(description, of: path) {
            try XMLStreamReader(
                path: extracted.path, options: XMLStreamOptions(maxInputBytes: options.limits.maxSheetBytes))
        }
        extracted.remove()
        guard let first = try readRow() else {
            throw TableReadError(
                .noRows, file: path, sheet: sheet.name, message: "\(description) has no rows with values")
        }
        lookahead.handBack([first])
    }

    /// The next row with at least one value, or `nil` at the end of the sheet.
    ///
    /// - Throws: ``XMLStreamError`` (naming the sheet's part) for malformed or refused XML, or
    ///   ``TableReadError`` `malformedWorkbook` for a cell that cannot be placed or resolved.
    public func next() throws -> CSVRow? {
        if let row = lookahead.pop() { return row }
        return try readRow()
    }

    /// Finds the header row among the next `maxRows` rows, as ``CSVReader`` does.
    public func locateHeader(
        maxRows: Int = 25, where isHeader: (CSVRow) throws -> Bool
    ) throws -> (header: CSVRow, preamble: [CSVRow])? {
        try RowLookahead.locateHeader(
            maxRows: maxRows, where: isHeader, next: next, handBack: { self.lookahead.handBack($0) })
    }

    // MARK: - Parsing

    /// Where text events go while inside a cell.
    private enum Capture {
        case none, value, inlineText
    }

    private func readRow() throws -> CSVRow? {
        do {
            return try parseRow()
        } catch let error as XMLStreamError {
            isFinished = true
            throw error.inPart("sheet '\(sheet.name)' (\(part))", of: name)
        } catch {
            isFinished = true
            throw error
        }
    }

    /// Reads up to the end of the next row with a value, through the reader's byte-level fast path: element
    /// names, attributes and cell values are compared and parsed as borrowed bytes (valid only until the reader
    /// advances, so nothing here keeps them), and only field texts become `String`s.
    private func parseRow() throws -> CSVRow? {
        guard !isFinished else { return nil }
        var rowNumber = lastRow + 1
        var column = -1
        var cellColumn = 0
        var cellType = CellType.number
        var cellStyle = 0
        var capture = Capture.none
        var inInline = false
        value.removeAll(keepingCapacity: true)
        while let kind = try reader.nextNode() {
            switch kind {
            case .startElement:
                switch SheetElement(localName: reader.localNameBytes) {
                case .cell:
                    if let reference = reader.attributeBytes("r") {
                        guard let parsed = CellReference(utf8: reference) else {
                            let text = String(decoding: reference, as: UTF8.self)
                            throw malformed(row: rowNumber, column: column + 2, "cell reference '\(text)' is not valid")
                        }
                        cellColumn = parsed.column
                    } else {
                        cellColumn = column + 1
                        guard cellColumn <= CellReference.maxColumn else {
                            throw malformed(row: rowNumber, column: cellColumn + 1, "more than 16,384 cells in a row")
                        }
                    }
                    cellType = CellType(attribute: reader.attributeBytes("t"))
                    cellStyle = reader.attributeBytes("s").flatMap { DecimalBytes.integer($0) } ?? 0
                    value.removeAll(keepingCapacity: true)
                case .value:
                    capture = .value
                case .inlineString:
                    inInline = true
                case .text where inInline:
                    capture = .inlineText
                case .formula, .phonetic, .extensionList:
                    try reader.skipSubtree()
                case .row:
                    if let number = reader.attributeBytes("r") {
                        guard let parsed = DecimalBytes.integer(number), parsed > 0 else {
                            let text = String(decoding: number, as: UTF8.self)
                            throw malformed(row: rowNumber, column: nil, "row number '\(text)' is not valid")
                        }
                        rowNumber = parsed
                    }
                    fields.removeAll(keepingCapacity: true)
                    column = -1
                case .sheetData:
                    inSheetData = true
                case .worksheet, .run:
                    continue
                case .text, .other:
                    if !inSheetData { try reader.skipSubtree() }
                }
            case .endElement:
                switch SheetElement(localName: reader.localNameBytes) {
                case .value, .text:
                    capture = .none
                case .inlineString:
                    inInline = false
                case .cell:
                    let text = try value.withUnsafeBufferPointer {
                        try cellText($0, type: cellType, style: cellStyle, row: rowNumber, column: cellColumn)
                    }
                    if !text.isEmpty {
                        if cellColumn >= fields.count {
                            fields.append(contentsOf: repeatElement("", count: cellColumn - fields.count))
                            fields.append(text)
                        } else {
                            fields[cellColumn] = text
                        }
                    }
                    column = cellColumn
                case .row:
                    lastRow = rowNumber
                    fill.apply(row: rowNumber, to: &fields)
                    if !fields.isEmpty {
                        let row = CSVRow(line: rowNumber, fields: fields)
                        fields.removeAll(keepingCapacity: true)
                        return row
                    }
                    rowNumber += 1
                case .sheetData:
                    isFinished = true
                    return nil
                default:
                    continue
                }
            case .text:
                if capture != .none { value.append(contentsOf: reader.textBytes) }
            }
        }
        isFinished = true
        return nil
    }

    /// The text of a cell from the bytes of its raw value, its type and style.
    private func cellText(
        _ value: UnsafeBufferPointer<UInt8>, type: CellType, style: Int, row: Int, column: Int
    ) throws -> String {
        switch type {
        case .number:
            guard !value.isEmpty else { return "" }
            let text = String(decoding: value, as: UTF8.self)
            let numberStyle = context.styles.style(style)
            if numberStyle == .number && NumberText.isCanonical(text) { return text }
            guard let number = Double(text) else { return text }
            switch numberStyle {
            case .number: return NumberText.canonical(number)
            case .date:
                return SerialDate.isoText(serial: number, date1904: context.date1904) ?? NumberText.canonical(number)
            case .percent: return NumberText.canonical(number * 100) + "%"
            }
        case .sharedString:
            guard !value.isEmpty else { return "" }
            guard let index = DecimalBytes.integer(value), index >= 0, index < context.sharedStrings.count else {
                let text = String(decoding: value, as: UTF8.self)
                throw malformed(
                    row: row, column: column + 1,
                    "shared string \(text) does not exist (the table has \(context.sharedStrings.count))")
            }
            return context.sharedStrings[index]
        case .boolean:
            if value.count == 1 && value[0] == UInt8(ascii: "1") { return "TRUE" }
            if value.count == 1 && value[0] == UInt8(ascii: "0") { return "FALSE" }
            return String(decoding: value, as: UTF8.self)
        case .text:
            return OOXMLEscapes.decode(String(decoding: value, as: UTF8.self))
        case .verbatim:
            return String(decoding: value, as: UTF8.self)
        }
    }

    private func malformed(row: Int, column: Int?, _ message: String) -> TableReadError {
        let place = column.map { "\(CellReference.letters(ofColumn: $0 - 1))\(row)" } ?? "row \(row)"
        return TableReadError(
            .malformedWorkbook, file: name, sheet: sheet.name, line: row, column: column,
            message: "sheet '\(sheet.name)', \(place): \(message)")
    }
}

@available(*, unavailable, message: "A sheet cursor is a forward-only reader for use within one task")
extension XLSXSheetCursor: Sendable {}

/// What every sheet of one workbook shares: shared strings, cell styles, date system.
struct XLSXSheetContext: Sendable {
    let sharedStrings: [String]
    let styles: XLSXStyles
    let date1904: Bool
}
