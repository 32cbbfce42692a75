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

    @Test(arguments: TestInput.chunkSizes)
    func invalidUTF8InTheMiddleReportsLineAndField(chunkSize: Int) throws {
        // Valid for the whole detection sample, broken far below it.
        var text = "Name,Score\n"
        for i in 0..<5000 { text += "Иванова Мария \(i),5\n" }
        let brokenLine = 5002
        let bytes = TestInput.utf8(text) + Array("Петров,".utf8) + [0xD0, 0x41] + Array("\nlast,1\n".utf8)
        let reader = try CSVReader(
            bytes: bytes, name: "t.csv", options: CSVReadOptions(chunkSize: max(chunkSize, 4096)))
        #expect(reader.dialect.encoding == .utf8)
        var rows = 0
        let error = #expect(throws: TableReadError.self) {
            while try reader.next() != nil { rows += 1 }
        }
        #expect(rows == 5001)
        #expect(error?.code == .invalidText)
        #expect(error?.line == brokenLine)
        #expect(error?.column == 2)
        #expect(error?.description.hasPrefix("t.csv:5002:2: invalid UTF-8 (bytes D0 41)") == true)
        #expect(try reader.next() == nil)
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
    @Test func invalidUTF8NearTheStartIsStillReportedAtItsLine() throws {
        let bytes = TestInput.utf8("Имя,Балл\nИванова,5\nПетров,") + [0xFF] + Array("4\n".utf8)
        let reader = try CSVReader(bytes: bytes, name: "t.csv")
        #expect(reader.dialect.encoding == .utf8)
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        let error = #expect(throws: TableReadError.self) { try reader.next() }
        #expect(error?.code == .invalidText)
        #expect(
            error?.description == "t.csv:3:2: invalid UTF-8 (bytes FF); the file may be in another encoding or damaged")
    }
}
