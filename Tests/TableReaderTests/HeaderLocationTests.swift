import Testing

@testable import TableReader

struct HeaderLocationTests {
    static let export = """
        Class 7A grades
        Exported 19.09.2024

        Last Name,First Name,Email Address,Quiz 1
        Due date,,,19.09.2024
        Ivanova,Maria,maria@school.kz,9

        """

    static func hasEmail(_ row: CSVRow) -> Bool { row.contains("Email Address") }

    @Test(arguments: [1, 4, 1 << 20])
    func findsTheHeaderBelowPreambleRows(chunkSize: Int) throws {
        let reader = try CSVReader(
            bytes: TestInput.utf8(Self.export), name: "t.csv", options: CSVReadOptions(chunkSize: chunkSize))
        let located = try #require(try reader.locateHeader(where: Self.hasEmail))
        #expect(located.header.line == 4)
        #expect(located.header.firstIndex(of: "Email Address") == 2)
        #expect(located.preamble.map(\.line) == [1, 2, 3])
        #expect(located.preamble[2].isEmptyRow)
        #expect(try reader.next()?[0] == "Due date")
        #expect(try reader.next()?.line == 6)
        #expect(try reader.next() == nil)
    }

    @Test func rowsAreHandedBackWhenNoHeaderIsFound() throws {
        let reader = try CSVReader(bytes: TestInput.utf8(Self.export), name: "t.csv")
        #expect(try reader.locateHeader(maxRows: 3, where: Self.hasEmail) == nil)
        #expect(try reader.next()?.line == 1)
        let located = try #require(try reader.locateHeader(where: Self.hasEmail))
        #expect(located.header.line == 4)
        #expect(located.preamble.map(\.line) == [2, 3])
    }

    @Test func headerBeyondTheLimitIsNotFound() throws {
        let reader = try CSVReader(bytes: TestInput.utf8(Self.export), name: "t.csv")
        #expect(try reader.locateHeader(maxRows: 2, where: Self.hasEmail) == nil)
        var lines: [Int] = []
        while let row = try reader.next() { lines.append(row.line) }
        #expect(lines == [1, 2, 3, 4, 5, 6])
    }
}
