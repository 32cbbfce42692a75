import Testing

@testable import TableReader

/// Excel 2003 XML spreadsheets.
struct SpreadsheetMLTests {
    static let journal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
         xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
         xmlns:html="http://www.w3.org/TR/REC-html40">
         <Styles><Style ss:ID="Default"/></Styles>
         <Worksheet ss:Name="Журнал">
          <Table ss:ExpandedColumnCount="4">
           <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">7А класс, математика</Data></Cell></Row>
           <Row><Cell ss:MergeDown="1"><Data ss:Type="String">ФИО</Data></Cell><Cell ss:MergeAcross="1"><Data ss:Type="String">СОР 1</Data></Cell>
            <Cell><Data ss:Type="String">СОЧ</Data></Cell></Row>
           <Row><Cell ss:Index="2"><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="Number">2</Data></Cell></Row>
           <Row ss:Index="5"><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Әлиев</B><Font html:Color="#FF0000"> Нұрлан</Font></ss:Data>\
        <Comment><ss:Data><B>not a value</B></ss:Data></Comment></Cell>\
        <Cell><Data ss:Type="Number">5</Data></Cell><Cell ss:Index="4"><Data ss:Type="Number">18.499999999999996</Data></Cell></Row>
           <Row><Cell><Data ss:Type="DateTime">2025-11-14T00:00:00.000</Data></Cell><Cell><Data ss:Type="DateTime">2025-11-14T08:30:00.000</Data></Cell>\
        <Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Error">#DIV/0!</Data></Cell></Row>
           <Row><Cell ss:StyleID="Default"/></Row>
          </Table>
         </Worksheet>
         <Worksheet ss:Name="Скрытый">
          <Table><Row><Cell><Data ss:Type="String">secret</Data></Cell></Row></Table>
          <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
         </Worksheet>
         <Worksheet ss:Name="Пусто"><Table/></Worksheet>
        </Workbook>
        """

    /// Issue 11, item 6: an external DTD is not loaded, and the cursor warns about it.
    @Test func anExternalDTDIsNotLoadedAndIsWarnedAbout() throws {
        let xml = Self.journal.replacingOccurrences(
            of: "<?mso-application progid=\"Excel.Sheet\"?>\n",
            with:
                "<?mso-application progid=\"Excel.Sheet\"?>\n<!DOCTYPE Workbook SYSTEM \"http://example.invalid/w.dtd\">\n"
        )
        let path = try TestFiles.write(xml, name: "journal-dtd.xml")
        let cursor = try TableFile.open(path: path)
        #expect(try cursor.next().map { $0[0] } == "7А класс, математика")
        #expect(
            cursor.warnings == [
                TableReadWarning(
                    file: path, line: 1, column: nil,
                    message:
                        "the file's DOCTYPE names an external DTD (\"http://example.invalid/w.dtd\"); it is not loaded "
                        + "(GradePort never fetches DTDs), so the file is read without anything it would add")
            ])
        let plain = try TableFile.open(path: try TestFiles.write(Self.journal, name: "journal-plain.xml"))
        #expect(plain.warnings.isEmpty)
    }

    @Test func readsCellsWithIndexGapsMergesAndTypes() throws {
        let path = try TestFiles.write(Self.journal, name: "journal.xml")
        #expect(try TableFile.kind(of: path) == .spreadsheetML)
        let cursor = try TableFile.open(path: path)
        #expect(cursor.sheetName == "Журнал")
        var lines: [Int] = []
        var rows: [[String]] = []
        while let row = try cursor.next() {
            lines.append(row.line)
            rows.append(row.strings())
        }
        #expect(
            rows == [
                ["7А класс, математика"],
                ["ФИО", "СОР 1", "", "СОЧ"],
                ["", "1", "2"],
                ["Әлиев Нұрлан", "5", "", "18.5"],
                ["2025-11-14", "2025-11-14T08:30:00", "TRUE", "#DIV/0!"],
            ])
        #expect(lines == [1, 2, 3, 5, 6])
    }

    @Test func fillsMergedHeaderCellsOnRequest() throws {
        let path = try TestFiles.write(Self.journal, name: "journal.xml")
        let cursor = try TableFile.open(path: path, options: .init(workbook: .init(fillMergedCellsInFirstRows: 3)))
        let rows = try TestFiles.fields(cursor)
        #expect(rows[0] == Array(repeating: "7А класс, математика", count: 4))
        #expect(rows[1] == ["ФИО", "СОР 1", "СОР 1", "СОЧ"])
        #expect(rows[2] == ["ФИО", "1", "2"])
    }

    @Test func listsWorksheetsAndOpensThemByNameAndIndex() throws {
        let path = try TestFiles.write(Self.journal, name: "journal.xml")
        let workbook = try SpreadsheetMLWorkbook(path: path)
        #expect(workbook.sheetNames == ["Журнал", "Скрытый", "Пусто"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true, false])
        #expect(try TestFiles.fields(workbook.cursor(sheet: "скрытый")) == [["secret"]])
        #expect(try TestFiles.fields(workbook.cursor(at: 1)) == [["secret"]])
        let error = #expect(throws: TableReadError.self) { try workbook.cursor(sheet: "Пусто") }
        #expect(error?.code == .noRows)
        #expect(error?.sheet == "Пусто")
    }

    @Test func xmlThatIsNotASpreadsheetIsRefused() throws {
        let path = try TestFiles.write("<?xml version=\"1.0\"?><gradebook><row/></gradebook>", name: "export.xml")
        let error = #expect(throws: TableReadError.self) { try TableFile.open(path: path) }
        #expect(error?.code == .notAWorkbook)
    }
}
