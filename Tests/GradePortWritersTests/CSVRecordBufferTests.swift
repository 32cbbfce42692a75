import GradePortCore
import GradePortWriters
import Testing

/// The shared CSV field encoder: quoting, line breaks, formula neutralisation, the Excel layout.
@Suite struct CSVRecordBufferTests {
    /// One record of text fields in a format, as a string.
    static func record(_ fields: [String?], format: CSVFormat = .standard) -> String {
        var buffer = CSVRecordBuffer(format: format)
        for field in fields { buffer.text(field) }
        buffer.endRecord()
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("=1+1", "'=1+1\n"),
        ("+7 701 000 00 00", "'+7 701 000 00 00\n"),
        ("-x", "'-x\n"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0\n"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)\n"),
        ("\tHYPERLINK", "'\tHYPERLINK\n"),
        ("\r=1", "\"'\r=1\"\n"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"),
    ])
    func everyLeadingTriggerIsGuarded(value: String, expected: String) {
        #expect(Self.record([value]) == expected)
    }

    @Test(arguments: ["-5", "-12.5", "-0,25"])
    func negativeNumbersAreData(value: String) {
        #expect(!FormulaGuard.needsGuard(value))
        let written = Self.record([value])
        #expect(written == (value.contains(",") ? "\"\(value)\"\n" : "\(value)\n"))
    }

    @Test(arguments: ["-5a", "-", "-.5", "-5.", "--5", "-5,5,5"])
    func textThatOnlyStartsLikeANumberIsGuarded(value: String) {
        #expect(FormulaGuard.needsGuard(value))
    }

    @Test(arguments: ["=x", "'=x", "''", "'", "'abc", "abc", "", "-5", "@", "'''=", "+", "'\t"])
    func theGuardIsReversible(value: String) {
        #expect(FormulaGuard.unguarded(FormulaGuard.guarded(value)) == value)
    }

    @Test func plainTextIsNotTouched() {
        #expect(Self.record(["Серікқызы", "a b", "'quoted'", "5-5", "x=1"]) == "Серікқызы,a b,'quoted',5-5,x=1\n")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(
            Self.record(["a,b", "say \"hi\"", "two\nlines", nil, ""]) == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\n"
        )
    }

    @Test func oneRosterFieldsHaveNoCarriageReturn() {
        let text = Self.record(["a\r\nb\rc\nd", "x"], format: .oneRoster)
        #expect(text == "\"a\nb\nc\nd\",x\r\n")
        #expect(!text.dropLast(2).contains("\r"))
    }

    @Test func schoolDataSyncFieldsHaveNoLineBreak() {
        #expect(Self.record(["a\r\nb\rc\nd"], format: .schoolDataSync) == "a b c d\r\n")
    }

    @Test func numbersAreNeverGuardedAndFollowTheDecimalSeparator() {
        var standard = CSVRecordBuffer()
        standard.number(DecimalNumber(-5))
        standard.number(DecimalNumber(parsing: "18.5"))
        standard.number(nil)
        standard.integer(12)
        standard.endRecord()
        #expect(String(decoding: standard.bytes, as: UTF8.self) == "-5,18.5,,12\n")

        var excel = CSVRecordBuffer(format: .excel)
        excel.number(DecimalNumber(parsing: "18.5"))
        excel.number(DecimalNumber(-5))
        excel.endRecord()
        #expect(excel.bytes == CSVRecordBuffer.byteOrderMark + Array("18,5;-5\r\n".utf8))

        let commaInCommaFile = CSVFormat(decimalSeparator: .comma)
        var mixed = CSVRecordBuffer(format: commaInCommaFile)
        mixed.number(DecimalNumber(parsing: "2.25"))
        mixed.endRecord()
        #expect(String(decoding: mixed.bytes, as: UTF8.self) == "\"2,25\"\n")
    }

    @Test func excelQuotesTheSemicolonNotTheComma() {
        let text = Self.record(["a;b", "a,b", "=1;2"], format: .excel)
        #expect(text == "\u{FEFF}\"a;b\";a,b;\"'=1;2\"\r\n")
    }

    @Test func copiedFieldsKeepTheirDelimiters() {
        var cells = CSVRecordBuffer(format: .excel, startOfFile: false)
        cells.text("7А")
        cells.text("=x")
        var row = CSVRecordBuffer(format: .excel)
        row.text("first")
        row.fields(of: cells)
        row.number(DecimalNumber(parsing: "0.5"))
        row.endRecord()
        #expect(row.bytes == CSVRecordBuffer.byteOrderMark + Array("first;7А;'=x;0,5\r\n".utf8))
    }

    @Test func resultsCSVForExcel() {
        let bytes = ResultsCSVWriter(format: .excel).encode(WriterTests.sampleBook())
        #expect(Array(bytes.prefix(3)) == CSVRecordBuffer.byteOrderMark)
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == ResultsCSVWriter.columns.joined(separator: ";"))
        #expect(
            lines[1] == "Серікқызы Аружан;p1;aruzhan@school.kz;7А;Физика;;\"СОР 1 \"\"Кинематика\"\", часть 1\";a1;"
                + "sectionSummative;18,5;20;92,5;graded;18,5;\"Хорошо,\nно проверь\";7А Физика.csv;2")
        #expect(lines[2].hasPrefix("'=cmd|' /C calc'!A0 Test;p2;"))
        #expect(lines[2].hasSuffix(";;20;;excused;Excused;;7А Физика.csv;3"))
        #expect(lines.last == "")
    }

    @Test func resultsCSVDefaultIsUnchanged() {
        let bytes = ResultsCSVWriter().encode(WriterTests.sampleBook())
        #expect(bytes.first == UInt8(ascii: "s"))
        #expect(!bytes.contains(0x0D))
    }
}
