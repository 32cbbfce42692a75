import Testing

@testable import TableReader

/// Several sheets, hidden sheets, merged header cells and header location in workbooks.
struct WorkbookSheetTests {
    static let journal = XLSXFixture(
        sheets: [
            .init(
                name: "Settings", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row>"#,
                state: "hidden"),
            .init(name: "7А", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>7А</t></is></c></row>"#),
            .init(
                name: "7Б", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>7Б</t></is></c></row>"#,
                state: "veryHidden"),
        ])

    @Test func listsSheetsWithVisibility() throws {
        let path = try Self.journal.write()
        let workbook = try XLSXWorkbook(path: path)
        #expect(workbook.sheetNames == ["Settings", "7А", "7Б"])
        #expect(workbook.sheets.map(\.visibility) == [.hidden, .visible, .veryHidden])
        #expect(try TableFile.sheetNames(path: path) == ["Settings", "7А", "7Б"])
    }

    @Test func opensSheetsByNameIndexOrFirstVisible() throws {
        let path = try Self.journal.write()
        let workbook = try XLSXWorkbook(path: path)
        #expect(try TestFiles.fields(workbook.cursor(sheet: "7Б")) == [["7Б"]])
        #expect(try TestFiles.fields(workbook.cursor(at: 0)) == [["hidden"]])
        let first = try TableFile.open(path: path)
        #expect(first.sheetName == "7А")
        #expect(try first.next()?.strings() == ["7А"])
    }

    @Test func unknownSheetListsTheSheets() throws {
        let path = try Self.journal.write()
        let error = #expect(throws: TableReadError.self) { try TableFile.open(path: path, sheet: "8В") }
        #expect(error?.code == .sheetNotFound)
        #expect(error?.message.contains("'7А'") == true)
        #expect(throws: TableReadError.self) { try XLSXWorkbook(path: path).cursor(at: 3) }
    }

    static let mergedHeader = XLSXFixture(
        sheets: [
            .init(
                name: "Журнал",
                rows: """
                    <row r="1"><c r="A1" t="inlineStr"><is><t>7А класс, математика</t></is></c></row>\
                    <row r="2"><c r="A2" t="inlineStr"><is><t>ФИО</t></is></c><c r="B2" t="inlineStr"><is><t>СОР 1</t></is></c>\
                    <c r="C2" s="0"/><c r="D2" t="inlineStr"><is><t>СОЧ</t></is></c></row>\
                    <row r="3"><c r="B3"><v>1</v></c><c r="C3"><v>2</v></c></row>\
                    <row r="4"><c r="A4" t="inlineStr"><is><t>Әлиев Нұрлан</t></is></c><c r="B4"><v>5</v></c><c r="C4"><v>4</v></c>\
                    <c r="D4"><v>18</v></c></row>\
                    <row r="5"><c r="A5" t="inlineStr"><is><t>Иванова Мария</t></is></c><c r="B5"><v>3</v></c></row>
                    """,
                tail:
                    #"<mergeCells count="4"><mergeCell ref="A1:D1"/><mergeCell ref="B2:C2"/><mergeCell ref="A2:A3"/><mergeCell ref="B5:C5"/></mergeCells>"#
            )
        ])

    @Test func mergedHeaderCellsAreFilledOnRequest() throws {
        let path = try Self.mergedHeader.write()
        let options = TableFileOptions(workbook: .init(fillMergedCellsInFirstRows: 3))
        let cursor = try TableFile.open(path: path, options: options)
        #expect(
            try TestFiles.fields(cursor) == [
                Array(repeating: "7А класс, математика", count: 4),
                ["ФИО", "СОР 1", "СОР 1", "СОЧ"],
                ["ФИО", "1", "2"],
                ["Әлиев Нұрлан", "5", "4", "18"],
                ["Иванова Мария", "3"],  // a data row: the merge B5:C5 is not filled
            ])
        let workbook = try XLSXWorkbook(path: path, options: options.workbook)
        #expect(try workbook.cursor(at: 0).mergedRanges.map(\.description) == ["A1:D1", "B2:C2", "A2:A3", "B5:C5"])
    }

    @Test func mergedCellsAreLeftEmptyByDefault() throws {
        let rows = try TestFiles.fields(TableFile.open(path: Self.mergedHeader.write()))
        #expect(rows[1] == ["ФИО", "СОР 1", "", "СОЧ"])
    }

    @Test(arguments: [TableFileKind.xlsx, .spreadsheetML, .csv])
    func locateHeaderWorksOnEveryKind(kind: TableFileKind) throws {
        let path: String
        switch kind {
        case .xlsx: path = try Self.mergedHeader.write()
        case .spreadsheetML: path = try TestFiles.write(SpreadsheetMLTests.journal, name: "journal.xml")
        case .csv:
            path = try TestFiles.write(
                "7А класс, математика\nФИО,СОР 1,,СОЧ\n,1,2\nӘлиев Нұрлан,5,4,18\n", name: "j.csv")
        }
        let cursor = try TableFile.open(path: path)
        #expect(try cursor.locateHeader(maxRows: 1, where: { $0.contains("ФИО") }) == nil)
        let located = try #require(try cursor.locateHeader(maxRows: 25, where: { $0.contains("ФИО") }))
        #expect(located.header.strings().first == "ФИО")
        #expect(located.preamble.count == 1)
        var rest: [String] = []
        while let row = try cursor.next() { rest.append(row[0]) }
        #expect(rest.contains("Әлиев Нұрлан"))
    }
}
