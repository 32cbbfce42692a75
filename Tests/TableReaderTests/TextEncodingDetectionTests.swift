import Foundation
import Testing

@testable import TableReader

struct TextEncodingDetectionTests {
    static let names = "Фамилия Имя;Оценка\nИванова Мария;5\nЁлкин Пётр №2;4,5\n"

    @Test(arguments: [
        (TestInput.utf8(names), TextEncoding.utf8),
        (TestInput.utf8(names, bom: true), .utf8BOM),
        (TestInput.utf16(names, bigEndian: false), .utf16LE),
        (TestInput.utf16(names, bigEndian: true), .utf16BE),
        (TestInput.windows1251(names), .windows1251),
    ])
    func detectsEncoding(bytes: [UInt8], expected: TextEncoding) throws {
        #expect(try TextEncoding.detect(sample: bytes, isComplete: true, file: "t.csv") == expected)
        let (reader, rows) = try TestInput.read(bytes)
        #expect(reader.dialect.encoding == expected)
        #expect(reader.dialect.delimiter == .semicolon)
        #expect(reader.dialect.decimalSeparator == .comma)
        #expect(
            rows.map { $0.strings() } == [
                ["Фамилия Имя", "Оценка"], ["Иванова Мария", "5"], ["Ёлкин Пётр №2", "4,5"],
            ])
    }

    @Test func kazakhLettersStayUTF8() throws {
        let bytes = TestInput.utf8("Аты-жөні,Баға\nӘлихан Нұрлан,5\n")
        let (reader, rows) = try TestInput.read(bytes)
        #expect(reader.dialect.encoding == .utf8)
        #expect(rows[1][0] == "Әлихан Нұрлан")
    }

    @Test func incompleteSampleMayEndInsideACharacter() throws {
        let bytes = Array(TestInput.utf8("Иванова").dropLast())
        #expect(try TextEncoding.detect(sample: bytes, isComplete: false, file: "t.csv") == .utf8)
        #expect(TestInput.error(bytes)?.code == .invalidText)
    }

    @Test func latin1IsNotMistakenForWindows1251() {
        let bytes: [UInt8] = Array("Name,Score\nM".utf8) + [0xFC] + Array("ller Zo".utf8) + [0xEB] + Array(",5\n".utf8)
        let error = TestInput.error(bytes)
        #expect(error?.code == .unknownEncoding)
        #expect(error?.message.contains("unknown text encoding") == true)
    }

    @Test func forcedEncodingIsUsed() throws {
        let bytes = TestInput.windows1251("Имя\nПётр\n")
        let (reader, rows) = try TestInput.read(bytes, options: CSVReadOptions(encoding: .windows1251))
        #expect(reader.dialect.encoding == .windows1251)
        #expect(rows.map { $0[0] } == ["Имя", "Пётр"])
    }

    @Test func forcedUTF8SkipsABOM() throws {
        let (reader, rows) = try TestInput.read(
            TestInput.utf8("a,b\n", bom: true), options: CSVReadOptions(encoding: .utf8))
        #expect(reader.dialect.encoding == .utf8BOM)
        #expect(rows[0][0] == "a")
    }

    @Test func windows1251TableMatchesFoundation() {
        for byte in UInt8(0x80)...0xFF where byte != 0x98 {
            let expected = String(data: Data([byte]), encoding: .windowsCP1251)
            let scalar = Windows1251Transcoder.scalar(for: byte)
            #expect(expected == String(Character(Unicode.Scalar(scalar)!)), "byte \(byte)")
        }
    }
}
