import GradePortTesting
import JSONStream
import Testing

struct JSONReaderTests {
    @Test(arguments: [
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
        (#""\u0041\u00e9\u0416""#, "AéЖ"),
        (#""\ud83d\ude00 ok""#, "😀 ok"),
        (#""\uD834\uDD1E""#, "𝄞"),
        (#""\u0000""#, "\u{0}"),
        (#""Әлихан Нұрұлы""#, "Әлихан Нұрұлы"),
        (#""Иванова \"Мария\"""#, "Иванова \"Мария\""),
        (#""""#, ""),
    ])
    func strings(literal: String, expected: String) throws {
        #expect(try JSONReader(string: literal).readValue() == .string(expected))
    }

    @Test func kazakhKeysAndValues() throws {
        let value = try JSONReader(string: #"{"Аты-жөні":"Әлихан Нұрұлы","Сынып":"7А"}"#).readValue()
        #expect(value["Аты-жөні"]?.string == "Әлихан Нұрұлы")
        #expect(value["Сынып"]?.string == "7А")
    }

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a":"Ә"}"#.utf8)
        #expect(try JSONReader(bytes: bytes, name: "bom.json").readValue() == ["a": "Ә"])
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMarkIsTranscoded(bigEndian: Bool) throws {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in "{\"name\":\"Нұрұлы 😀\"}".utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        #expect(try JSONReader(bytes: bytes, name: "utf16.json").readValue() == ["name": "Нұрұлы 😀"])
    }

    @Test func utf16WithoutByteOrderMarkIsRejected() throws {
        let bytes: [UInt8] = [0x7B, 0x00, 0x7D, 0x00]
        let error = try #require(throws: JSONReadError.self) { try JSONReader(bytes: bytes, name: "x").readValue() }
        #expect(error.code == .invalidText)
    }

    @Test func pullAPIWalksContainers() throws {
        let reader = JSONReader(
            string: "{\"value\": [\n  {\"id\": 1},\n  {\"id\": 2}\n], \"skip\": {\"deep\": [1, {}]}}")
        #expect(try reader.peekKind() == .object)
        try reader.beginObject()
        #expect(try reader.nextKey() == "value")
        try reader.beginArray()
        var seen: [(JSONValue, Int, Int)] = []
        while try reader.hasNextElement() {
            let line = reader.line
            let column = reader.column
            seen.append((try reader.readValue(), line, column))
        }
        #expect(seen.map(\.0) == [["id": 1], ["id": 2]])
        #expect(seen.map(\.1) == [2, 3])
        #expect(seen.map(\.2) == [3, 3])
        #expect(try reader.nextKey() == "skip")
        #expect(try reader.peekKind() == .object)
        try reader.skipValue()
        #expect(try reader.nextKey() == nil)
        #expect(reader.isAtEnd)
    }

    @Test func columnsCountScalarsNotBytes() throws {
        let reader = JSONReader(string: #"["Әлихан", "Нұрұлы", 7]"#)
        try reader.beginArray()
        var columns: [Int] = []
        while try reader.hasNextElement() {
            columns.append(reader.column)
            try reader.skipValue()
        }
        #expect(columns == [2, 12, 22])
    }

    @Test func beginObjectOnAnArrayIsATypeMismatch() throws {
        let reader = JSONReader(string: " [1]")
        let error = try #require(throws: JSONReadError.self) { try reader.beginObject() }
        #expect(error.code == .typeMismatch)
        #expect(error.description == "<string>:1:2: expected an object, found an array")
    }

    @Test func readingTwiceAtTopLevelFails() throws {
        let reader = JSONReader(string: "1")
        #expect(try reader.readValue() == 1)
        #expect(throws: JSONReadError.self) { try reader.readValue() }
    }

    @Test func readsFiles() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let path = try folder.write("x.json", Array("\u{FEFF}[1,\n2]".utf8))
        #expect(try JSONReader(path: path).readValue() == [1, 2])
        let error = try #require(throws: JSONReadError.self) { try JSONReader(path: path + ".missing") }
        #expect(error.code == .io)
        #expect(error.line == 0)
    }

    @Test func depthWithinLimitIsFine() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try JSONReader(string: text).readValue().array?.count == 1)
        let limited = JSONLimits(maxDepth: 3)
        #expect(throws: JSONReadError.self) { try JSONReader(string: "[[[[]]]]", limits: limited).readValue() }
    }
}
