import Foundation
import Testing

@testable import TableReader

struct CSVParsingTests {
    @Test(arguments: TestInput.chunkSizes)
    func quotedFieldsWithDelimitersNewlinesAndDoubledQuotes(chunkSize: Int) throws {
        let text =
            "name,comment,score\r\n\"Smith, Anna\",\"said \"\"hi\"\"\r\nthen left\",87.5\r\n\"\",\"a\nb\rc\",\r\n"
        let (reader, rows) = try TestInput.read(TestInput.utf8(text), options: CSVReadOptions(chunkSize: chunkSize))
        #expect(
            rows.map { $0.strings() } == [
                ["name", "comment", "score"],
                ["Smith, Anna", "said \"hi\"\r\nthen left", "87.5"],
                ["", "a\nb\rc", ""],
            ])
        #expect(rows.map(\.line) == [1, 2, 4])
        #expect(rows[1].line(ofField: 1) == 2)
        #expect(rows[1].line(ofField: 2) == 3)
        #expect(rows[2].line(ofField: 2) == 6)
        #expect(reader.warnings.isEmpty)
    }

    @Test(arguments: [
        ("a,b\nc,d\n", "LF"), ("a,b\r\nc,d\r\n", "CRLF"), ("a,b\rc,d\r", "CR"), ("a,b\nc,d", "no final newline"),
        ("a,b\r\nc,d", "CRLF, no final newline"),
    ])
    func lineEndings(text: String, label: String) throws {
        for chunkSize in TestInput.chunkSizes {
            let rows = try TestInput.read(TestInput.utf8(text), options: CSVReadOptions(chunkSize: chunkSize)).rows
            #expect(rows.map { $0.strings() } == [["a", "b"], ["c", "d"]], "\(label), chunk \(chunkSize)")
            #expect(rows.map(\.line) == [1, 2], "\(label), chunk \(chunkSize)")
        }
    }

    @Test(arguments: TestInput.chunkSizes)
    func emptyLinesAreRowsWithTheirLineNumbers(chunkSize: Int) throws {
        let rows = try TestInput.read(
            TestInput.utf8("a;b\r\n\r\n;\r\nc;d\n\n"), options: CSVReadOptions(chunkSize: chunkSize)
        )
        .rows
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5])
        #expect(rows.map(\.isEmptyRow) == [false, true, true, false, true])
        #expect(rows[2].count == 2)
    }

    @Test(arguments: [(",", CSVDelimiter.comma), (";", .semicolon), ("\t", .tab)])
    func eachDelimiter(delimiter: String, expected: CSVDelimiter) throws {
        let text =
            ["Name", "Email", "Score"].joined(separator: delimiter) + "\n"
            + ["Иванова Мария", "m@school.kz", "5"].joined(separator: delimiter) + "\n"
        let (reader, rows) = try TestInput.read(TestInput.utf8(text))
        #expect(reader.dialect.delimiter == expected)
        #expect(rows[1].strings() == ["Иванова Мария", "m@school.kz", "5"])
    }

    @Test(arguments: [
        ("sep=;\na;b,5\n", CSVDelimiter.semicolon), ("sep=,\r\na;b,5\r\n", .comma), ("sep=\t\na;b,5\n", .tab),
    ])
    func sepLineSetsTheDelimiterAndIsSkipped(text: String, expected: CSVDelimiter) throws {
        for chunkSize in TestInput.chunkSizes {
            let (reader, rows) = try TestInput.read(TestInput.utf8(text), options: CSVReadOptions(chunkSize: chunkSize))
            #expect(reader.dialect.delimiter == expected)
            #expect(reader.dialect.hasSepLine)
            #expect(rows.count == 1)
            #expect(rows[0].line == 2)
            #expect(rows[0].strings().joined(separator: String(UnicodeScalar(expected.byte))) == "a;b,5")
        }
    }

    @Test func forcedDelimiterWins() throws {
        let rows = try TestInput.fields(TestInput.utf8("a;b,c\n"), delimiter: .semicolon)
        #expect(rows == [["a", "b,c"]])
    }

    @Test(arguments: TestInput.chunkSizes)
    func strayQuotesAreKeptWithWarnings(chunkSize: Int) throws {
        let text = "id,name\n1,O\"Brien\n2,\"ab\"c\n3,ok\n"
        let (reader, rows) = try TestInput.read(TestInput.utf8(text), options: CSVReadOptions(chunkSize: chunkSize))
        #expect(rows.map { $0.strings() } == [["id", "name"], ["1", "O\"Brien"], ["2", "abc"], ["3", "ok"]])
        #expect(reader.warnings.map(\.line) == [2, 3])
        #expect(reader.warnings.map(\.column) == [2, 2])
        #expect(reader.warnings[0].description == "test.csv:2:2: warning: quote inside an unquoted field, kept as text")
    }

    @Test func blankFieldsAndShortRows() throws {
        let row = try TestInput.read(TestInput.utf8("a,  ,,\t\n")).rows[0]
        #expect(row.count == 4)
        #expect((0..<6).map(row.isBlank) == [false, true, true, true, true, true])
        #expect(row.string(at: 4) == nil)
        #expect(row.withUTF8(ofField: 0) { Array($0) } == [UInt8(ascii: "a")])
    }

    @Test func rowIsACollectionOfStrings() throws {
        let row = try TestInput.read(TestInput.utf8("Name,Email Address,Score\n")).rows[0]
        #expect(row.firstIndex(of: "Email Address") == 1)
        #expect(row.map(\.count) == [4, 13, 5])
    }

    @Test func readsAFileFromDisk() throws {
        let path = NSTemporaryDirectory() + "tablereader-\(UUID().uuidString).csv"
        let text = String(repeating: "Иванова Мария,5,\"a\nb\"\n", count: 5000)
        try Data(TestInput.utf16(text, bigEndian: false)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path, options: CSVReadOptions(chunkSize: 4096))
        var count = 0
        while let row = try reader.next() {
            #expect(row.strings() == ["Иванова Мария", "5", "a\nb"])
            #expect(row.line == 2 * count + 1)
            count += 1
        }
        #expect(count == 5000)
        #expect(reader.dialect.encoding == .utf16LE)
        #expect(reader.dialect.delimiter == .comma)
    }
}

extension CSVParsingTests {
    @Test func rowsCompareByLineAndFields() throws {
        let parsed = try TestInput.read(TestInput.utf8("a;\"b;c\"\n")).rows[0]
        #expect(parsed == CSVRow(line: 1, fields: ["a", "b;c"]))
        #expect(parsed != CSVRow(line: 2, fields: ["a", "b;c"]))
        #expect(parsed != CSVRow(line: 1, fields: ["a", "b", "c"]))
    }

    @Test func dialectDescription() throws {
        let reader = try TestInput.read(TestInput.utf8("sep=;\na;1,5\n")).reader
        #expect(reader.dialect.description == "utf-8, delimiter \";\", decimal \",\", sep= line")
    }
}
