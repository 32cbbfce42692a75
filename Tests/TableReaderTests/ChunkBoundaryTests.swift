import Testing

@testable import TableReader

/// Characters, fields and line ends cut by the fixed-size read buffer.
struct ChunkBoundaryTests {
    static let text = "Имя\tЗаметка\r\nИванова Мария\t\"😀 отлично\r\nбез \"\"ошибок\"\"\"\r\nЁлкин\t𝄞\r\n"
    static let expected = [["Имя", "Заметка"], ["Иванова Мария", "😀 отлично\r\nбез \"ошибок\""], ["Ёлкин", "𝄞"]]

    @Test(arguments: TestInput.chunkSizes)
    func utf8MultiByteCharactersAcrossChunks(chunkSize: Int) throws {
        let (reader, rows) = try TestInput.read(
            TestInput.utf8(Self.text), options: CSVReadOptions(chunkSize: chunkSize))
        #expect(reader.dialect.delimiter == .tab)
        #expect(rows.map { $0.strings() } == Self.expected)
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: TestInput.chunkSizes, [false, true])
    func utf16SurrogatePairsAcrossChunks(chunkSize: Int, bigEndian: Bool) throws {
        let bytes = TestInput.utf16(Self.text, bigEndian: bigEndian)
        let (reader, rows) = try TestInput.read(bytes, options: CSVReadOptions(chunkSize: chunkSize))
        #expect(reader.dialect.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(reader.dialect.decimalSeparator == .comma)
        #expect(rows.map { $0.strings() } == Self.expected)
    }

    @Test(arguments: TestInput.chunkSizes)
    func windows1251AcrossChunks(chunkSize: Int) throws {
        let text = "Фамилия;Балл\r\n\"Иванова; Мария\";4,5\r\nЁлкин Пётр;№3\r\n"
        let (reader, rows) = try TestInput.read(
            TestInput.windows1251(text), options: CSVReadOptions(chunkSize: chunkSize))
        #expect(reader.dialect.encoding == .windows1251)
        #expect(reader.dialect.delimiter == .semicolon)
        #expect(rows.map { $0.strings() } == [["Фамилия", "Балл"], ["Иванова; Мария", "4,5"], ["Ёлкин Пётр", "№3"]])
    }

    @Test func utf8TranscoderKeepsACutCharacterForTheNextChunk() {
        var transcoder = UTF8PassThrough()
        var output: [UInt8] = []
        let bytes = Array("a😀b".utf8)
        for byte in bytes {
            #expect([byte].withUnsafeBufferPointer { transcoder.transcode($0, into: &output) } == nil)
        }
        #expect(transcoder.finish() == nil)
        #expect(output == bytes)
    }

    @Test func utf16TranscoderJoinsASurrogatePairSplitAcrossChunks() {
        var transcoder = UTF16Transcoder(bigEndian: false)
        var output: [UInt8] = []
        let bytes = TestInput.utf16("x𝄞", bigEndian: false, bom: false)
        for chunk in [Array(bytes[0..<3]), Array(bytes[3..<5]), Array(bytes[5...])] {
            #expect(chunk.withUnsafeBufferPointer { transcoder.transcode($0, into: &output) } == nil)
        }
        #expect(transcoder.finish() == nil)
        #expect(String(decoding: output, as: UTF8.self) == "x𝄞")
    }
}
