import Foundation
import Testing
import XMLStream

@testable import TableReader

/// Zip bombs, damaged and disguised archives, password protection, hostile XML.
struct BadWorkbookTests {
    static let oneRow = XLSXFixture(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#)

    static func error(_ path: String, options: TableFileOptions = .init()) -> TableReadError? {
        do {
            let cursor = try TableFile.open(path: path, options: options)
            while try cursor.next() != nil {}
            return nil
        } catch {
            return error as? TableReadError
        }
    }

    /// The offset of the central directory record of the entry named `name`.
    static func directoryRecord(of name: String, in bytes: [UInt8]) -> Int {
        let pattern = Array(name.utf8)
        var index = bytes.count - 22
        while index >= 0 {
            if bytes[index..<(index + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]),
                bytes[(index + 46)..<(index + 46 + pattern.count)].elementsEqual(pattern)
            {
                return index
            }
            index -= 1
        }
        fatalError("no directory record for \(name)")
    }

    static func patched(_ fixture: XLSXFixture, entry: String, _ patch: (inout [UInt8], Int) -> Void) throws -> String {
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture.write())))
        let record = directoryRecord(of: entry, in: bytes)
        patch(&bytes, record)
        return try TestFiles.write(bytes, name: "patched.xlsx")
    }

    @Test func declaredSizeOverTheLimit() throws {
        let path = try Self.oneRow.write()
        let limits = WorkbookLimits(maxSheetBytes: 100)
        let error = Self.error(path, options: .init(workbook: .init(limits: limits)))
        #expect(error?.code == .limitExceeded)
        #expect(error?.message.contains("sheet 'Лист1' (xl/worksheets/sheet1.xml)") == true)
    }

    /// A sheet padded with 8 MB of spaces deflates about 1,000 to 1.
    @Test func absurdCompressionRatio() throws {
        var fixture = Self.oneRow
        let padding = String(repeating: " ", count: 8 << 20)
        fixture.sheets[0].rows = #"<row r="1"><c r="A1"><v>1</v></c></row>"# + padding
        let error = Self.error(try fixture.write())
        #expect(error?.code == .limitExceeded)
        #expect(error?.message.contains("ratio above 200 (the compression ratio limit) to 1") == true)
    }

    /// The directory says 100 bytes, the data inflates to more: extraction stops.
    @Test func moreBytesThanDeclared() throws {
        let path = try Self.patched(Self.oneRow, entry: "xl/worksheets/sheet1.xml") { bytes, record in
            bytes[record + 24] = 100
            bytes[record + 25] = 0
            bytes[record + 26] = 0
            bytes[record + 27] = 0
        }
        let error = Self.error(path)
        #expect(error?.code == .limitExceeded)
        #expect(error?.message.contains("more than its declared 100 bytes") == true)
    }

    @Test func declaredTotalOverTheLimit() throws {
        let path = try Self.oneRow.write()
        let error = Self.error(path, options: .init(workbook: .init(limits: WorkbookLimits(maxTotalBytes: 1000))))
        #expect(error?.code == .limitExceeded)
    }

    @Test func tooManyEntries() throws {
        let path = try Self.oneRow.write()
        let error = Self.error(path, options: .init(workbook: .init(limits: WorkbookLimits(maxEntries: 3))))
        #expect(error?.code == .limitExceeded)
        #expect(error?.message.contains("entries, more than") == true)
        #expect(error?.message.contains("(the archive entries limit)") == true)
    }

    @Test(arguments: [0.3, 0.6, 0.95])
    func truncatedArchive(keeping fraction: Double) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.oneRow.write())))
        let path = try TestFiles.write(Array(bytes.prefix(Int(Double(bytes.count) * fraction))), name: "cut.xlsx")
        let error = #expect(throws: TableReadError.self) { try TableFile.kind(of: path) }
        #expect(error?.code == .corruptArchive)
        #expect(error?.message.contains("truncated") == true)
    }

    @Test func damagedEntryData() throws {
        var fixture = Self.oneRow
        fixture.sheets[0].rows = String(repeating: #"<row><c><v>1</v></c></row>"#, count: 200)
        let path = try fixture.write()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let record = Self.directoryRecord(of: "xl/worksheets/sheet1.xml", in: bytes)
        let local = Int(bytes.uint32(at: record + 42))
        let data = local + 30 + Int(bytes.uint16(at: local + 26)) + Int(bytes.uint16(at: local + 28))
        for index in (data + 2)..<(data + 40) { bytes[index] ^= 0x5A }
        let error = Self.error(try TestFiles.write(bytes, name: "damaged.xlsx"))
        #expect(error?.code == .corruptArchive)
    }

    /// The directory declares fewer compressed bytes than the stream needs: the inflater reads
    /// only the entry's own bytes, so the stream ends early (an error, never a wait for input).
    @Test func deflateStreamLongerThanItsEntry() throws {
        var fixture = Self.oneRow
        fixture.sheets[0].rows = (1...300).map { "<row r=\"\($0)\"><c><v>\($0 * 7919 % 1000)</v></c></row>" }.joined()
        let path = try Self.patched(fixture, entry: "xl/worksheets/sheet1.xml") { bytes, record in
            let compressed = bytes.uint32(at: record + 20) / 2
            for index in 0..<4 { bytes[record + 20 + index] = UInt8((compressed >> (8 * UInt32(index))) & 0xFF) }
        }
        let error = Self.error(path)
        #expect(error?.code == .corruptArchive)
        #expect(error?.message.contains("ends before the part does") == true)
    }

    @Test func notAZipButNamedXlsx() throws {
        let path = try TestFiles.write([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01, 0x02], name: "journal.xlsx")
        #expect(Self.error(path)?.code == .binaryFile)
        let error = #expect(throws: TableReadError.self) { try XLSXWorkbook(path: path) }
        #expect(error?.code == .corruptArchive)
    }

    @Test func zipThatIsNotAWorkbook() throws {
        let path = try XLSXFixture.zip(
            [("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data("<w:document/>".utf8))],
            name: "report.xlsx")
        let error = #expect(throws: TableReadError.self) { try TableFile.kind(of: path) }
        #expect(error?.code == .notAWorkbook)
        #expect(error?.message.contains("Word document") == true)
    }

    @Test func missingSheetPart() throws {
        var fixture = Self.oneRow
        fixture.omittedParts = ["xl/worksheets/sheet1.xml"]
        #expect(Self.error(try fixture.write())?.code == .malformedWorkbook)
    }

    @Test func encryptedEntryFlag() throws {
        let path = try Self.patched(Self.oneRow, entry: "xl/worksheets/sheet1.xml") { bytes, record in
            bytes[record + 8] |= 0x01
        }
        #expect(Self.error(path)?.code == .encrypted)
    }

    /// A minimal OLE2 compound file whose directory lists the given stream names.
    static func compoundFile(_ names: [String]) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 1024)
        bytes.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        bytes[0x1E] = 9  // 512-byte sectors
        // first directory sector: 0 (the sector right after the header); bytes 0x30..<0x34 stay 0
        for (index, name) in (["Root Entry"] + names).enumerated() {
            let offset = 512 + index * 128
            let units = Array(name.utf16) + [0]
            for (position, unit) in units.enumerated() {
                bytes[offset + 2 * position] = UInt8(unit & 0xFF)
                bytes[offset + 2 * position + 1] = UInt8(unit >> 8)
            }
            bytes[offset + 64] = UInt8(units.count * 2)
        }
        return bytes
    }

    @Test(arguments: [
        (["EncryptionInfo", "EncryptedPackage"], TableReadError.Code.encrypted, "password-protected workbook"),
        (["Workbook"], .unsupportedFormat, "Excel 97-2003 binary workbook (.xls); save it as .xlsx or CSV"),
        ([], .encrypted, "password-protected or Excel 97-2003 workbook"),
    ])
    func compoundFiles(streams: [String], code: TableReadError.Code, message: String) throws {
        let path = try TestFiles.write(Self.compoundFile(streams), name: "journal.xlsx")
        let error = #expect(throws: TableReadError.self) { try TableFile.open(path: path) }
        #expect(error?.code == code)
        #expect(error?.message.contains(message) == true)
    }

    @Test func sheetWithoutRows() throws {
        let fixture = XLSXFixture(
            sheets: [
                .init(name: "Пустой", rows: "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>"), .init(name: "B", rows: ""),
            ])
        let path = try fixture.write()
        for sheet in ["Пустой", "B"] {
            let error = #expect(throws: TableReadError.self) { try TableFile.open(path: path, sheet: sheet) }
            #expect(error?.code == .noRows)
            #expect(error?.sheet == sheet)
            #expect(error?.message.contains("sheet '\(sheet)'") == true)
        }
    }

    @Test func entityDeclarationInSheetXML() throws {
        var fixture = Self.oneRow
        fixture.sheets[0].rawXML = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <worksheet xmlns="\(XLSXFixture.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        let path = try fixture.write()
        let error = #expect(throws: XMLStreamError.self) { try TableFile.open(path: path) }
        #expect(error?.code == .entityDeclaration)
        #expect(error?.file == path)
        #expect(error?.message.hasPrefix("sheet 'Лист1' (xl/worksheets/sheet1.xml): ") == true)
    }

    @Test func badSharedStringIndex() throws {
        let fixture = XLSXFixture(
            rows: #"<row r="4"><c r="C4" t="s"><v>7</v></c></row>"#, sharedStrings: ["<si><t>a</t></si>"])
        let error = Self.error(try fixture.write())
        #expect(error?.code == .malformedWorkbook)
        #expect(error?.line == 4)
        #expect(error?.column == 3)
        #expect(error?.message.contains("C4") == true)
    }
}
