import Testing

@testable import TableReader

/// Inputs that must fail with a clear error, never garbage rows.
struct BadInputTests {
    @Test(
        arguments: [
            ([], "nothing"), ([0xEF, 0xBB, 0xBF], "UTF-8 BOM only"), ([0xFF, 0xFE], "UTF-16LE BOM only"),
            ([0xFE, 0xFF, 0x00, 0x0A], "UTF-16BE BOM and a newline"), (Array(" \r\n\t\n".utf8), "whitespace"),
        ] as [([UInt8], String)])
    func emptyFile(bytes: [UInt8], label: String) {
        let error = TestInput.error(bytes)
        #expect(error?.code == .emptyFile, "\(label)")
        #expect(error?.description == "test.csv: empty file", "\(label)")
    }

    @Test(
        arguments: [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "PNG"),
            (Array("PK\u{03}\u{04}".utf8) + [0x14, 0, 0, 0], "ZIP"),
            (Array("%PDF-1.7\n".utf8), "PDF"),
            (Array("Name,Score\nA,1\n".utf8) + [0, 0, 0, 0], "NUL"),
            ([0xFF, 0xFE] + TestInput.utf16("a,b", bigEndian: false, bom: false) + [0, 0], "NUL characters"),
            (Array((0..<64).map { UInt8($0 % 8 + 1) }), "control characters"),
        ] as [([UInt8], String)])
    func binaryFile(bytes: [UInt8], kind: String) {
        let error = TestInput.error(bytes)
        #expect(error?.code == .binaryFile)
        #expect(error?.message.hasPrefix("binary file (") == true)
        #expect(error?.message.contains(kind) == true, "\(error?.message ?? "no error")")
    }

    @Test func zipSignatureEvenWithAForcedEncoding() {
        let error = TestInput.error(Array("PK\u{03}\u{04}xl/".utf8), options: CSVReadOptions(encoding: .utf8))
        #expect(error?.code == .binaryFile)
    }

    @Test func unknownEncoding() {
        let error = TestInput.error([0x81, 0x8D, 0x8F, 0x90, 0x9D] + Array(",a\n".utf8))
        #expect(error?.code == .unknownEncoding)
        #expect(error?.line == nil)
    }

    /// Issue 15, item 6: one bad byte is one bad cell, replaced and reported; every later row is read.
    @Test(arguments: TestInput.chunkSizes)
    func invalidUTF8InTheMiddleIsReplacedAndReportedAtItsLineAndField(chunkSize: Int) throws {
        // Valid for the whole detection sample, broken far below it.
        var text = "Name,Score\n"
        for i in 0..<5000 { text += "Иванова Мария \(i),5\n" }
        let bytes = TestInput.utf8(text) + Array("Петров,".utf8) + [0xD0, 0x41] + Array("\nlast,1\n".utf8)
        let reader = try CSVReader(
            bytes: bytes, name: "t.csv", options: CSVReadOptions(chunkSize: max(chunkSize, 4096)))
        #expect(reader.dialect.encoding == .utf8)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        #expect(rows.count == 5003)
        #expect(rows[5001].strings() == ["Петров", "\u{FFFD}A"])
        #expect(rows[5002].strings() == ["last", "1"])
        #expect(
            reader.warnings.map(\.description) == [
                "t.csv:5002:2: warning: invalid UTF-8 (bytes D0) replaced by \u{FFFD}; the file may be damaged or "
                    + "partly in another encoding"
            ])
        #expect(reader.warnings.map(\.code) == [.invalidText])
    }

    /// Several bad sequences, one cut between two chunks, one in a quoted field spanning lines: each
    /// is reported at its own field (at the line where the field starts).
    @Test(arguments: [1, 2, 3, 5, 4096])
    func eachBadSequenceIsItsOwnReplacement(chunkSize: Int) throws {
        let bytes =
            TestInput.utf8("Имя,Балл,Комментарий\nА") + [0xFF] + TestInput.utf8(",5,\"ok\nи") + [0xE2, 0x82]
            + TestInput.utf8("\"\nБ,") + [0xC0, 0xAF] + TestInput.utf8("4,нет\n")
        let reader = try CSVReader(
            bytes: bytes, name: "t.csv", options: CSVReadOptions(encoding: .utf8, chunkSize: chunkSize))
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row.strings()) }
        #expect(
            rows == [
                ["Имя", "Балл", "Комментарий"], ["А\u{FFFD}", "5", "ok\nи\u{FFFD}"], ["Б", "\u{FFFD}\u{FFFD}4", "нет"],
            ])
        #expect(reader.warnings.map { "\($0.line):\($0.column ?? 0)" } == ["2:1", "2:3", "4:2", "4:2"])
    }

    @Test func utf8FileEndingInsideACharacter() {
        let bytes = Array("a,b\nc,Ива".utf8).dropLast()
        let error = TestInput.error(Array(bytes), options: CSVReadOptions(encoding: .utf8))
        #expect(error?.code == .invalidText)
        #expect(error?.line == 2)
    }

    @Test(arguments: [1, 3, 1 << 20])
    func utf16WithAnOddByteCount(chunkSize: Int) {
        let bytes = TestInput.utf16("a\tb\nc\td\n", bigEndian: false) + [0x41]
        let error = TestInput.error(bytes, options: CSVReadOptions(chunkSize: chunkSize))
        #expect(error?.code == .invalidText)
        #expect(error?.line == 3)
        #expect(error?.message.contains("odd number of bytes") == true)
    }

    @Test func utf16WithAnUnpairedSurrogate() {
        let bytes = TestInput.utf16("a\tb\n", bigEndian: true) + [0xDC, 0x00, 0x00, 0x41]
        let error = TestInput.error(bytes)
        #expect(error?.code == .invalidText)
        #expect(error?.message.contains("surrogate") == true)
    }

    @Test(arguments: TestInput.chunkSizes)
    func unterminatedQuoteAtTheEndNamesTheLineWhereItOpened(chunkSize: Int) throws {
        let bytes = TestInput.utf8("a,b\n1,2\n3,\"truncated\nfeedback\n")
        let reader = try CSVReader(bytes: bytes, name: "t.csv", options: CSVReadOptions(chunkSize: chunkSize))
        #expect(try reader.next()?.strings() == ["a", "b"])
        #expect(try reader.next()?.strings() == ["1", "2"])
        let error = #expect(throws: TableReadError.self) { try reader.next() }
        #expect(error?.code == .unterminatedQuote)
        #expect(error?.line == 3)
        #expect(error?.column == 2)
    }

    @Test func fieldTooLong() {
        let bytes = TestInput.utf8("a,b\n1,\"" + String(repeating: "x", count: 300) + "\"\n")
        let error = TestInput.error(bytes, options: CSVReadOptions(chunkSize: 16, maxFieldBytes: 100))
        #expect(error?.code == .limitExceeded)
        #expect(error?.line == 2)
        #expect(error?.column == 2)
    }

    @Test func fieldTooLongWithoutAnyLineBreak() {
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        let error = TestInput.error(bytes)
        #expect(error?.code == .limitExceeded)
        #expect(error?.line == 1)
    }

    @Test func tooManyFields() {
        let bytes = TestInput.utf8(String(repeating: "1,", count: 50) + "\n")
        let error = TestInput.error(bytes, options: CSVReadOptions(maxFieldsPerRow: 20))
        #expect(error?.code == .limitExceeded)
        #expect(error?.column == 21)
    }

    @Test func rowTooLong() {
        let bytes = TestInput.utf8(String(repeating: "12345,", count: 100) + "\n")
        let error = TestInput.error(bytes, options: CSVReadOptions(maxRowBytes: 200))
        #expect(error?.code == .limitExceeded)
        #expect(error?.line == 1)
    }

    @Test func missingFile() {
        let error = #expect(throws: TableReadError.self) { try CSVReader(path: "/nonexistent/grades.csv") }
        #expect(error?.code == .io)
        #expect(error?.file == "/nonexistent/grades.csv")
    }
}

extension BadInputTests {
    @Test func invalidUTF8NearTheStartIsReplacedAndReportedAtItsLine() throws {
        let bytes = TestInput.utf8("Имя,Балл\nИванова,5\nПетров,") + [0xFF] + Array("4\nСидоров,3\n".utf8)
        let reader = try CSVReader(bytes: bytes, name: "t.csv")
        #expect(reader.dialect.encoding == .utf8)
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row.strings()) }
        #expect(rows == [["Имя", "Балл"], ["Иванова", "5"], ["Петров", "\u{FFFD}4"], ["Сидоров", "3"]])
        #expect(
            reader.warnings.map(\.description) == [
                "t.csv:3:2: warning: invalid UTF-8 (bytes FF) replaced by \u{FFFD}; the file may be damaged or partly "
                    + "in another encoding"
            ])
    }
}
