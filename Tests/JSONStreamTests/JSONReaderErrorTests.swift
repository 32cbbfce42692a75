import JSONStream
import Testing

/// A malformed input and the error it must raise.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let label: String
    let bytes: [UInt8]
    let code: JSONReadError.Code
    let line: Int
    let column: Int

    init(_ label: String, _ text: String, _ code: JSONReadError.Code, _ line: Int, _ column: Int) {
        self.init(label, Array(text.utf8), code, line, column)
    }

    init(_ label: String, _ bytes: [UInt8], _ code: JSONReadError.Code, _ line: Int, _ column: Int) {
        self.label = label
        self.bytes = bytes
        self.code = code
        self.line = line
        self.column = column
    }

    var testDescription: String { label }
}

struct JSONReaderErrorTests {
    static let cases: [MalformedCase] = [
        .init("empty", "", .empty, 1, 1),
        .init("only whitespace", "  \n ", .empty, 2, 2),
        .init("truncated mid-string", #"{"a": "abc"#, .truncated, 1, 11),
        .init("truncated mid-array", "[1, 2", .truncated, 1, 6),
        .init("truncated after newline", "{\n  \"a\": [1,\n  2,\n", .truncated, 4, 1),
        .init("truncated literal", "[tru", .truncated, 1, 5),
        .init("truncated escape", #""ab\"#, .truncated, 1, 5),
        .init("truncated after key", #"{"a""#, .truncated, 1, 5),
        .init("trailing comma in array", "[1, 2,]", .syntax, 1, 7),
        .init("trailing comma in object", #"{"a":1,}"#, .syntax, 1, 8),
        .init("missing colon", #"{"a" 1}"#, .syntax, 1, 6),
        .init("missing comma", "[1 2]", .syntax, 1, 4),
        .init("single quotes", "['a']", .syntax, 1, 2),
        .init("comment", "// note\n{}", .syntax, 1, 1),
        .init("NaN", "[NaN]", .syntax, 1, 2),
        .init("leading zero", "[01]", .syntax, 1, 2),
        .init("negative leading zero", "-012", .syntax, 1, 2),
        .init("bare minus", "[-]", .syntax, 1, 3),
        .init("bad escape", #"["ok", "a\qb"]"#, .syntax, 1, 10),
        .init("short unicode escape", #""\u12G4""#, .syntax, 1, 2),
        .init("raw newline in string", "\"abc\ndef\"", .syntax, 1, 5),
        .init("garbage after value", "{} x", .syntax, 1, 4),
        .init("second top-level value", "{}\n{}", .syntax, 2, 1),
        .init("lone high surrogate", #""ab\uD800""#, .invalidText, 1, 4),
        .init("high surrogate then letter", #""\uD800\u0041""#, .invalidText, 1, 2),
        .init("lone low surrogate", #"  "\uDC00""#, .invalidText, 1, 4),
        .init("invalid UTF-8", [0x22, 0x61, 0xFF, 0x62, 0x22], .invalidText, 1, 3),
        .init("truncated UTF-8 after Kazakh", Array("\"Әлихан ".utf8) + [0xD2, 0x22], .invalidText, 1, 9),
        .init("overlong UTF-8", [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D], .invalidText, 1, 3),
        .init("UTF-16 lone surrogate", [0xFF, 0xFE, 0x22, 0x00, 0x00, 0xD8, 0x22, 0x00], .invalidText, 1, 2),
        .init("depth bomb", String(repeating: "[", count: 100_000), .limitExceeded, 1, 513),
        .init("object depth bomb", String(repeating: #"{"a":"#, count: 100_000), .limitExceeded, 1, 2561),
    ]

    @Test(arguments: cases)
    func malformedInputRaisesExactError(_ input: MalformedCase) throws {
        let error = try #require(throws: JSONReadError.self) {
            try JSONReader(bytes: input.bytes, name: "case.json").readValue()
        }
        #expect(error.code == input.code, "\(error)")
        #expect(error.line == input.line, "\(error)")
        #expect(error.column == input.column, "\(error)")
        #expect(error.file == "case.json")
    }

    @Test(arguments: cases)
    func skippingFindsTheSameErrors(_ input: MalformedCase) throws {
        let error = try #require(throws: JSONReadError.self) {
            try JSONReader(bytes: input.bytes, name: "case.json").skipValue()
        }
        #expect(error.code == input.code, "\(error)")
        #expect(error.line == input.line, "\(error)")
        #expect(error.column == input.column, "\(error)")
    }

    @Test func depthBombThroughThePullAPI() throws {
        let reader = JSONReader(string: String(repeating: "[", count: 100_000))
        let error = try #require(throws: JSONReadError.self) {
            while true {
                try reader.beginArray()
                _ = try reader.hasNextElement()
            }
        }
        #expect(error.code == .limitExceeded)
        #expect(error.column == 513)
    }

    @Test func descriptionNamesFileLineAndColumn() throws {
        let error = try #require(throws: JSONReadError.self) {
            try JSONReader(string: "[1,\n 2,]", name: "marks.json").readValue()
        }
        #expect(error.description == "marks.json:2:4: trailing comma: JSON allows no comma before ']' or '}'")
        #expect(error.message == "trailing comma: JSON allows no comma before ']' or '}'")
    }

    @Test func stringAndNumberLimits() throws {
        let limits = JSONLimits(maxStringBytes: 4, maxNumberLength: 3)
        let long = try #require(throws: JSONReadError.self) {
            try JSONReader(string: #"["abcd", "abcde"]"#, limits: limits).readValue()
        }
        #expect(long.code == .limitExceeded)
        #expect(long.column == 10)
        let escaped = try #require(throws: JSONReadError.self) {
            try JSONReader(string: #""ab\ncd""#, limits: limits).readValue()
        }
        #expect(escaped.code == .limitExceeded)
        let number = try #require(throws: JSONReadError.self) {
            try JSONReader(string: "1234", limits: limits).readValue()
        }
        #expect(number.code == .limitExceeded)
    }
}
