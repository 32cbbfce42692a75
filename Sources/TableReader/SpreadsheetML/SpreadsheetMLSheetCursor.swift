import XMLStream

/// A ``TableCursor`` over one worksheet of an Excel 2003 XML spreadsheet, streamed row by row.
///
/// `Row/@ss:Index` gives the row number (else the previous one plus one); `Cell/@ss:Index` the
/// 1-based column (else the one after the previous cell and the columns its `ss:MergeAcross`
/// covers). Cell texts: `String` and `Error` as written (the text of `<Font>`, `<B>` and other
/// formatting children of `<Data>` included), `Number` as the canonical text of ``NumberText``,
/// `DateTime` as ISO 8601 (`2025-11-14`, or `2025-11-14T08:30:00` with a time), `Boolean` as
/// `TRUE`/`FALSE`. Comments are left out. As for XLSX sheets, only rows with a value are returned,
/// trailing empty cells are dropped, and merged ranges (`ss:MergeAcross`, `ss:MergeDown`) are
/// filled into the first rows on request (``WorkbookReadOptions/fillMergedCellsInFirstRows``).
///
/// Not `Sendable`: a forward-only reader owning an open file. Send the rows.
public final class SpreadsheetMLSheetCursor: TableCursor {
    /// The file's path, used in diagnostics.
    public let name: String
    /// The worksheet being read.
    public let sheet: WorkbookSheet
    /// The worksheet's name.
    public var sheetName: String? { sheet.name }
    /// Always `false`: numbers are written with a decimal point.
    public var usesDecimalComma: Bool { false }

    /// A DOCTYPE naming an external DTD: the file is read without loading it, and the user is told.
    /// The warning is placed at line 1: the DOCTYPE is in the prolog, and libxml2 reads ahead, so
    /// the parser's line when it reports the DOCTYPE is not the DOCTYPE's own.
    public var warnings: [TableReadWarning] {
        guard let dtd = reader.externalDTD else { return [] }
        return [
            TableReadWarning(
                file: name, line: 1, column: nil,
                message:
                    "the file's DOCTYPE names an external DTD (\"\(dtd)\"); it is not loaded (GradePort never fetches "
                    + "DTDs), so the file is read without anything it would add")
        ]
    }

    private let reader: XMLStreamReader
    private var fill: MergedCellFill
    private var lookahead = RowLookahead()
    private var isFinished = false
    private var lastRow = 0
    private var fields: [String] = []
    private static let ss = SpreadsheetMLWorkbook.namespace

    init(path: String, sheet: WorkbookSheet, options: WorkbookReadOptions) throws {
        name = path
        self.sheet = sheet
        fill = MergedCellFill(ranges: [], maxRow: options.fillMergedCellsInFirstRows)
        reader = try XMLStreamReader(path: path, options: XMLStreamOptions(maxInputBytes: options.limits.maxSheetBytes))
        // Move to the worksheet's start.
        var seen = 0
        var found = false
        while !found, let event = try reader.next() {
            guard case .startElement(let element, _) = event else { continue }
            switch element.localName {
            case "Worksheet":
                if seen == sheet.index { found = true } else { try reader.skipSubtree() }
                seen += 1
            case "Workbook":
                continue
            default:
                try reader.skipSubtree()
            }
        }
        guard found, let first = try readRow() else {
            throw TableReadError(
                .noRows, file: path, sheet: sheet.name, message: "worksheet '\(sheet.name)' has no rows with values")
        }
        lookahead.handBack([first])
    }

    /// The next row with at least one value, or `nil` at the end of the worksheet.
    ///
    /// - Throws: ``XMLStreamError`` for malformed or refused XML, ``TableReadError``
    ///   `malformedWorkbook` for an invalid `ss:Index`.
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

    private func attribute(_ localName: String) -> String? {
        reader.attribute(localName, namespaceURI: Self.ss) ?? reader.attribute(localName)
    }

    private func index(_ localName: String, row: Int, column: Int?) throws -> Int? {
        guard let text = attribute(localName) else { return nil }
        guard let value = Int(text.trimmingSpaces()), value >= 0, value <= 1_048_576 else {
            throw TableReadError(
                .malformedWorkbook, file: name, sheet: sheet.name, line: row, column: column,
                message: "worksheet '\(sheet.name)', row \(row): ss:\(localName)=\"\(text)\" is not a valid number")
        }
        return value
    }

    private func readRow() throws -> CSVRow? {
        guard !isFinished else { return nil }
        do {
            return try parseRow()
        } catch {
            isFinished = true
            throw error
        }
    }

    private func parseRow() throws -> CSVRow? {
        var rowNumber = lastRow + 1
        var nextColumn = 0
        var cellColumn = 0
        var dataType = "String"
        var dataDepth = 0
        var value = ""
        var hasData = false
        // The byte-level fast path: element names are compared as borrowed bytes, without a `String` each.
        while let kind = try reader.nextNode() {
            switch kind {
            case .startElement:
                if dataDepth > 0 {
                    dataDepth += 1  // <Font>, <B>, … inside <Data>
                    continue
                }
                if reader.isLocalName("Table") {
                    continue
                } else if reader.isLocalName("Row") {
                    if let index = try index("Index", row: rowNumber, column: nil), index > 0 { rowNumber = index }
                    fields.removeAll(keepingCapacity: true)
                    nextColumn = 0
                } else if reader.isLocalName("Cell") {
                    if let index = try index("Index", row: rowNumber, column: nextColumn + 1), index > 0 {
                        cellColumn = index - 1
                    } else {
                        cellColumn = nextColumn
                    }
                    let across = try index("MergeAcross", row: rowNumber, column: cellColumn + 1) ?? 0
                    let down = try index("MergeDown", row: rowNumber, column: cellColumn + 1) ?? 0
                    if across > 0 || down > 0 {
                        fill.add(
                            MergedRange(
                                firstRow: rowNumber, firstColumn: cellColumn, lastRow: rowNumber + down,
                                lastColumn: cellColumn + across))
                    }
                    nextColumn = cellColumn + across + 1
                    value = ""
                    hasData = false
                } else if reader.isLocalName("Data") {
                    dataDepth = 1
                    hasData = true
                    dataType = attribute("Type") ?? "String"
                } else {
                    // Comment, NamedCell, PhoneticText, WorksheetOptions, …
                    try reader.skipSubtree()
                }
            case .endElement:
                if dataDepth > 0 {
                    dataDepth -= 1
                    if dataDepth > 0 { continue }
                }
                if reader.isLocalName("Cell") {
                    let text = hasData ? Self.cellText(value, type: dataType) : ""
                    if !text.isEmpty {
                        if cellColumn >= fields.count {
                            fields.append(contentsOf: repeatElement("", count: cellColumn - fields.count))
                            fields.append(text)
                        } else {
                            fields[cellColumn] = text
                        }
                    }
                } else if reader.isLocalName("Row") {
                    lastRow = rowNumber
                    fill.apply(row: rowNumber, to: &fields)
                    if !fields.isEmpty {
                        let row = CSVRow(line: rowNumber, fields: fields)
                        fields.removeAll(keepingCapacity: true)
                        return row
                    }
                    rowNumber += 1
                } else if reader.isLocalName("Table") || reader.isLocalName("Worksheet") {
                    isFinished = true
                    return nil
                }
            case .text:
                if dataDepth > 0 { value += String(decoding: reader.textBytes, as: UTF8.self) }
            }
        }
        isFinished = true
        return nil
    }

    /// The text of a `<Data ss:Type=…>` value.
    static func cellText(_ value: String, type: String) -> String {
        switch type {
        case "Number":
            return NumberText.canonical(value.trimmingSpaces())
        case "Boolean":
            let trimmed = value.trimmingSpaces()
            return trimmed == "1" ? "TRUE" : trimmed == "0" ? "FALSE" : value
        case "DateTime":
            return isoDateTime(value.trimmingSpaces())
        default:
            return value
        }
    }

    /// `2025-11-14T00:00:00.000` → `2025-11-14`; `2025-11-14T08:30:00.000` → `2025-11-14T08:30:00`.
    static func isoDateTime(_ text: String) -> String {
        var text = text
        if text.hasSuffix(".000") { text.removeLast(4) }
        if text.hasSuffix("T00:00:00") { text.removeLast(9) }
        return text
    }
}

@available(*, unavailable, message: "A sheet cursor is a forward-only reader for use within one task")
extension SpreadsheetMLSheetCursor: Sendable {}
