import Testing

@testable import TableReader

struct DialectDetectionTests {
    @Test func preambleRowsWithFewerDelimitersDoNotMatter() throws {
        let text = """
            Gradebook export
            Class 7A; teacher Smith
            Name,Email,Quiz 1,Quiz 2,Essay
            Anna,anna@school.kz,10,9,"Good; clear"
            Bob,bob@school.kz,8,,7

            """
        let (reader, _) = try TestInput.read(TestInput.utf8(text))
        #expect(reader.dialect.delimiter == .comma)
        #expect(reader.dialect.decimalSeparator == .period)
    }

    @Test func semicolonFileWithDecimalCommas() throws {
        let text = "ФИО;СОР 1;СОР 2\nИванова Мария;12,5;7,5\nПетров Иван;10,5;8\n"
        let (reader, rows) = try TestInput.read(TestInput.utf8(text))
        #expect(reader.dialect.delimiter == .semicolon)
        #expect(reader.dialect.decimalSeparator == .comma)
        #expect(rows[1].strings() == ["Иванова Мария", "12,5", "7,5"])
    }

    @Test func delimitersInsideQuotesAreNotCounted() throws {
        let text = "\"a;b;c\",x\n\"d;e;f\",y\n"
        #expect(try TestInput.read(TestInput.utf8(text)).reader.dialect.delimiter == .comma)
    }

    @Test(arguments: [
        ("Name\nAnna\nBob\n", TextEncoding.utf8, CSVDelimiter.comma),
        ("Name\nAnna\n", .utf16LE, .tab),
    ])
    func singleColumnFile(text: String, encoding: TextEncoding, expected: CSVDelimiter) throws {
        let bytes = encoding == .utf16LE ? TestInput.utf16(text, bigEndian: false) : TestInput.utf8(text)
        let (reader, rows) = try TestInput.read(bytes)
        #expect(reader.dialect.delimiter == expected)
        #expect(rows.map(\.count) == [1, 1] + (rows.count == 3 ? [1] : []))
    }

    @Test func sepLineWithAnyASCIIDelimiter() throws {
        let (reader, rows) = try TestInput.read(TestInput.utf8("SEP=|\na|b\n"))
        #expect(reader.dialect.delimiter.byte == UInt8(ascii: "|"))
        #expect(rows.map { $0.strings() } == [["a", "b"]])
    }

    @Test func sepLineAloneHasNoRows() throws {
        #expect(try TestInput.read(TestInput.utf8("sep=;\r\n")).rows.isEmpty)
    }

    @Test func delimiterValues() {
        #expect(CSVDelimiter(";") == .semicolon)
        #expect(CSVDelimiter("\"") == nil)
        #expect(CSVDelimiter("Ж") == nil)
        #expect(CSVDelimiter.tab.description == "\\t")
    }
}
