import Foundation
import Testing

@testable import TableReader

/// Recognising table files by content.
struct TableFileKindTests {
    @Test func recognisesEachKindByContentNotExtension() throws {
        let xlsx = try BadWorkbookTests.oneRow.write(name: "journal.csv")
        #expect(try TableFile.kind(of: xlsx) == .xlsx)
        let xml = try TestFiles.write(SpreadsheetMLTests.journal, name: "journal.xlsx")
        #expect(try TableFile.kind(of: xml) == .spreadsheetML)
        let csv = try TestFiles.write("ФИО;СОР 1\nӘлиев;18,5\n", name: "journal.xml")
        #expect(try TableFile.kind(of: csv) == .csv)
        #expect(try TableFile.open(path: csv).usesDecimalComma)
        #expect(try TableFile.sheetNames(path: csv) == [])
    }

    @Test func utf16SpreadsheetML() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in SpreadsheetMLTests.journal.replacingOccurrences(of: "UTF-8", with: "UTF-16").utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let path = try TestFiles.write(bytes, name: "journal.xml")
        #expect(try TableFile.kind(of: path) == .spreadsheetML)
        #expect(try TableFile.open(path: path).next()?.strings() == ["7А класс, математика"])
    }

    @Test func htmlSavedAsExcelIsRefused() throws {
        let path = try TestFiles.write(
            "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>ФИО</td></tr></table></body></html>",
            name: "journal.xls")
        let error = #expect(throws: TableReadError.self) { try TableFile.kind(of: path) }
        #expect(error?.code == .unsupportedFormat)
    }

    /// A 20 MB sheet is streamed: rows come one at a time from the temporary file, which is
    /// already gone from the directory while the cursor reads.
    @Test func largeSheetIsStreamedFromAnUnlinkedTemporaryFile() throws {
        let row = (1...20).map { #"<c><v>\#($0).5</v></c>"# }.joined()
        var rows = ""
        rows.reserveCapacity(21 << 20)
        var count = 0
        while rows.utf8.count < 20 << 20 {
            count += 1
            rows += "<row r=\"\(count)\">\(row)</row>"
        }
        let path = try XLSXFixture(rows: rows).write()
        let cursor = try XCTUnwrapCursor(TableFile.open(path: path))
        #expect(cursor.part == "xl/worksheets/sheet1.xml")
        // The XML reader streams the extracted part from a temporary file, unlinked once opened.
        #expect(cursor.reader.name.contains("/gradeport-sheet-"))
        #expect(!FileManager.default.fileExists(atPath: cursor.reader.name))
        var seen = 0
        while let next = try cursor.next() {
            seen += 1
            if seen == 1 { #expect(next.count == 20) }
        }
        #expect(seen == count)
    }

    private func XCTUnwrapCursor(_ cursor: any TableCursor) throws -> XLSXSheetCursor {
        try #require(cursor as? XLSXSheetCursor)
    }
}
