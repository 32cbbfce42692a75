import Foundation
import Testing
import ZIPFoundation

@testable import TableReader

/// A ZIP archive of CSV files (a OneRoster bundle) read through the workbook reader's bounded ZIP code.
@Suite struct TableArchiveTests {
    @Test func listsFilesAndReadsACSVEntryNamedAfterTheArchive() throws {
        let path = try XLSXFixture.zip(
            [
                ("manifest.csv", Data("propertyName,value\r\nmanifest.version,1.0\r\n".utf8)),
                ("users.csv", Data("sourcedId,givenName\r\nu1,Аружан\r\nu2,\"Мария, \"\"Маша\"\"\"\r\n".utf8)),
                ("__MACOSX/._users.csv", Data([0, 1, 2])),
                ("folder/", Data()),
            ], name: "bundle.zip")
        let archive = try TableArchive(path: path)
        #expect(archive.fileNames == ["manifest.csv", "users.csv"])
        let users = try archive.openCSV("users.csv")
        #expect(users.name == path + "/users.csv")
        var rows: [[String]] = []
        while let row = try users.next() { rows.append(row.strings()) }
        #expect(rows == [["sourcedId", "givenName"], ["u1", "Аружан"], ["u2", "Мария, \"Маша\""]])
        #expect(TableArchive.isArchive(head: try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func aMissingEntryAndADamagedArchiveAreErrors() throws {
        let path = try XLSXFixture.zip([("users.csv", Data("a,b\n1,2\n".utf8))], name: "bundle.zip")
        let archive = try TableArchive(path: path)
        #expect(throws: TableReadError.self) { try archive.openCSV("results.csv") }

        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let truncated = try TestFiles.write(Array(bytes.prefix(bytes.count / 2)), name: "cut.zip")
        do {
            _ = try TableArchive(path: truncated)
            Issue.record("a truncated archive was opened")
        } catch let error as TableReadError {
            #expect(error.code == .corruptArchive)
            #expect(error.file == truncated)
        }
    }

    @Test func anEntryOverTheLimitIsRefusedBeforeItIsRead() throws {
        let big = Data(repeating: UInt8(ascii: "a"), count: 4096)
        let path = try XLSXFixture.zip([("results.csv", big)], name: "bundle.zip")
        let archive = try TableArchive(path: path, limits: WorkbookLimits(maxTotalBytes: 100_000))
        let row = try #require(try archive.openCSV("results.csv", options: CSVReadOptions(maxFieldBytes: 8192)).next())
        #expect(row.strings() == [String(repeating: "a", count: 4096)])
        do {
            _ = try TableArchive(path: path, limits: WorkbookLimits(maxTotalBytes: 1000))
            Issue.record("an archive declaring more than the limit was opened")
        } catch let error as TableReadError {
            #expect(error.code == .limitExceeded)
        }
    }
}
