import Foundation
import GradePortCore
import GradePortTesting
import GradePortWriters
import Testing

@testable import OneRosterAdapter

/// Round trips of a gradebook made to hit the edges: values a spreadsheet would run as formulas,
/// names and schools missing, an assessment without class, term or date, lists with commas.
@Suite struct EdgeRoundTripTests {
    /// The edge case gradebook, its comment broken by a line feed alone: the carriage return of a
    /// CRLF in a field comes back as a line feed (see ``carriageReturnsInAFieldBecomeLineFeeds()``).
    static func edgeBook() -> Gradebook { EdgeGradebook.make(lineBreakInComment: "\n") }

    static func export(_ book: Gradebook) throws -> (folder: String, back: Gradebook) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradeport-edge-\(UUID())").path
        try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(
            book, to: FileSetDestination(path: folder))
        return (folder, try OneRosterSamples.read(folder))
    }

    @Test func theEdgesComeBackUnchanged() throws {
        let book = Self.edgeBook()
        #expect(book.results.count == 4)
        let (folder, back) = try Self.export(book)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let expected = RoundTripContent(book)
        let actual = RoundTripContent(back)
        #expect(actual == expected, "\(expected.firstDifference(from: actual) ?? "")")
        #expect(back.diagnostics.allSatisfy { $0.severity == .info })
    }

    @Test func formulasAreGuardedInTheFiles() throws {
        let (folder, _) = try Self.export(Self.edgeBook())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let users = try String(contentsOfFile: folder + "/users.csv", encoding: .utf8)
        #expect(users.contains(",'@Аружан,'=cmd|' /C calc'!A0,'-Ерланқызы,"))
        #expect(users.contains(",'\tТаб,'Апостроф,"))  // an apostrophe not before a trigger is left alone
        #expect(users.contains("\"{kundelik:%7B1%2C2%7D%25},{teams:x:y}\""))
        let results = try String(contentsOfFile: folder + "/results.csv", encoding: .utf8)
        #expect(results.contains(",\"'=SUM(A1)\nвторая строка\","))
        #expect(results.contains(",''=5,"))
        let classes = try String(contentsOfFile: folder + "/classes.csv", encoding: .utf8)
        #expect(classes.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
        #expect(classes.contains(",'+10Б,"))
    }

    @Test func carriageReturnsInAFieldBecomeLineFeeds() throws {
        var book = Self.edgeBook()
        book.results[0].comment = "первая\r\nвторая\rтретья"
        let (folder, back) = try Self.export(book)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(back.results[0].comment == "первая\nвторая\nтретья")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/results.csv"))
        // CR only as part of a CRLF record end.
        for (index, byte) in bytes.enumerated() where byte == 0x0D {
            #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A)
        }
    }

    @Test func theWriterAndReaderAgreeOnTheExtensionColumns() {
        for (file, columns) in GradePortMetadata.columns {
            #expect(OneRosterCSV.metadataColumns[file] == columns, "\(file)")
        }
        for (file, columns) in OneRosterCSV.metadataColumns where !columns.isEmpty {
            #expect(GradePortMetadata.columns[file] == columns, "\(file)")
        }
        #expect(GradePortMetadata.prefix == OneRosterCSV.metadataPrefix)
    }
}
