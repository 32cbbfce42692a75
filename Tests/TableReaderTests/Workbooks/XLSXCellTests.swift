import Testing

@testable import TableReader

/// Cell values of XLSX sheets: strings, numbers, booleans, errors, dates, gaps.
struct XLSXCellTests {
    static func read(_ fixture: XLSXFixture, sheet: String? = nil) throws -> [[String]] {
        try TestFiles.fields(TableFile.open(path: fixture.write(), sheet: sheet))
    }

    @Test func sharedInlineRichAndFormulaStrings() throws {
        let fixture = XLSXFixture(
            rows: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Аты-жөні</t></is></c>\
                <c r="C1" t="s"><v>1</v></c><c r="D1" t="str"><f>A1&amp;"!"</f><v>ФИО!</v></c>\
                <c r="E1" t="inlineStr"><is><r><t>Ma</t></r><r><rPr><b/></rPr><t xml:space="preserve">th </t></r></is></c></row>
                """,
            sharedStrings: [
                "<si><t>ФИО</t></si>",
                "<si><r><t>СОР 1 </t></r><r><rPr><b/></rPr><t>(20)</t></r><rPh sb=\"0\" eb=\"1\"><t>ソ</t></rPh></si>",
            ])
        #expect(try Self.read(fixture) == [["ФИО", "Аты-жөні", "СОР 1 (20)", "ФИО!", "Math "]])
    }

    @Test func spacesAndEscapesAreKept() throws {
        let fixture = XLSXFixture(
            rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#,
            sharedStrings: ["<si><t xml:space=\"preserve\">  Әлия </t></si>", "<si><t>a_x000D_b</t></si>"])
        #expect(try Self.read(fixture) == [["  Әлия ", "a\rb"]])
    }

    @Test(arguments: [
        ("18", "18"), ("18.5", "18.5"), ("0.30000000000000004", "0.3"), ("18.499999999999996", "18.5"),
        ("-4", "-4"), ("1E-3", "0.001"), ("123456789012345", "123456789012345"), ("1.5E+20", "1.5e+20"),
        ("0", "0"), ("2.675", "2.675"), ("-0", "0"), ("007", "7"), ("18.50", "18.5"), ("0.05", "0.05"),
        ("0.0001", "0.0001"), ("0.00001", "1e-05"), ("1234567890123456", "1234567890123460"), ("-0.5", "-0.5"),
        ("5.", "5"), (".5", "0.5"),
    ])
    func numbersAreCanonical(stored: String, expected: String) throws {
        let fixture = XLSXFixture(rows: #"<row r="1"><c r="A1"><v>\#(stored)</v></c></row>"#)
        #expect(try Self.read(fixture) == [[expected]])
    }

    /// The sheet cursor reads names, attributes and values as bytes: references in attributes, prefixed
    /// elements, signed row numbers and padded style indexes must read as they did through `String`s.
    @Test func referencesPrefixesAndOddIntegers() throws {
        let fixture = XLSXFixture(
            rows: """
                <row r="+1"><c r="&#66;1" t="&#115;"><v>0</v></c>\
                <x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="C1"><x:v>7</x:v></x:c>\
                <c r="D1" s="00"><v>2</v></c><c r="E1" t="str"><v>a&amp;b</v></c><c r="F1" t="n"><v>-0</v></c></row>
                """,
            sharedStrings: ["<si><t>ФИО</t></si>"])
        #expect(try Self.read(fixture) == [["", "ФИО", "7", "2", "a&b", "0"]])
    }

    @Test func booleansAndErrors() throws {
        let fixture = XLSXFixture(
            rows: """
                <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>\
                <c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="e"><v>#N/A</v></c></row>
                """)
        #expect(try Self.read(fixture) == [["TRUE", "FALSE", "#DIV/0!", "#N/A"]])
    }

    @Test func gapsInCellsAndRows() throws {
        let fixture = XLSXFixture(
            rows: """
                <row r="2"><c r="B2"><v>1</v></c><c r="E2"><v>2</v></c><c r="F2" s="0"/></row>\
                <row r="3"/><row r="7"><c r="A7"><v>3</v></c><c><v>4</v></c><c r="D7"><v>5</v></c></row>\
                <row><c><v>6</v></c></row>
                """)
        let path = try fixture.write()
        #expect(
            try TestFiles.fields(TableFile.open(path: path)) == [["", "1", "", "", "2"], ["3", "4", "", "5"], ["6"]])
        #expect(try TestFiles.lines(TableFile.open(path: path)) == [2, 7, 8])
    }

    /// Serial dates in both systems, Excel's phantom 1900-02-29 included.
    @Test(arguments: [
        (false, "1", "1900-01-01"), (false, "59", "1900-02-28"), (false, "60", "1900-02-29"),
        (false, "61", "1900-03-01"), (false, "45975", "2025-11-14"),
        (false, "45975.354166666664", "2025-11-14T08:30:00"),
        (false, "0.5", "12:00:00"), (true, "0", "1904-01-01"), (true, "44513", "2025-11-14"),
        (true, "1", "1904-01-02"), (false, "-1", "-1"),
    ])
    func serialDates(date1904: Bool, serial: String, expected: String) throws {
        var fixture = XLSXFixture(rows: #"<row r="1"><c r="A1" s="1"><v>\#(serial)</v></c></row>"#)
        fixture.cellFormats = [0, 14]
        fixture.date1904 = date1904
        #expect(try Self.read(fixture) == [[expected]])
    }

    @Test(arguments: [
        ("dd.mm.yyyy", "2025-11-14"), ("[$-419]d mmmm yyyy;@", "2025-11-14"), ("dd/mm/yy\\ hh:mm", "2025-11-14"),
        ("0.0\" дней\"", "45975"), ("0%", "4597500%"), ("[Red]#,##0.00", "45975"), ("[h]:mm", "2025-11-14"),
    ])
    func customFormats(code: String, expected: String) throws {
        var fixture = XLSXFixture(rows: #"<row r="1"><c r="A1" s="1"><v>45975</v></c></row>"#)
        fixture.numberFormats = [164: code]
        fixture.cellFormats = [0, 164]
        #expect(try Self.read(fixture) == [[expected]])
    }

    @Test func percentagesAsExcelShowsThem() throws {
        var fixture = XLSXFixture(
            rows: #"<row r="1"><c r="A1" s="1"><v>0.85</v></c><c r="B1" s="2"><v>0.125</v></c></row>"#)
        fixture.cellFormats = [0, 9, 10]
        #expect(try Self.read(fixture) == [["85%", "12.5%"]])
    }

    @Test func cyrillicAndKazakhSheetNames() throws {
        var fixture = XLSXFixture(
            sheets: [
                .init(
                    name: "7А сынып",
                    rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>Ғалым Құрманғазыұлы</t></is></c></row>"#)
            ])
        fixture.stored = true
        #expect(try Self.read(fixture, sheet: "7а СЫНЫП") == [["Ғалым Құрманғазыұлы"]])
    }
}
