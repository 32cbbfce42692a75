import Testing

@testable import TableReader

@Test func smoke() throws {
    let reader = try CSVReader(
        bytes: Array("a,b,c\r\n1,\"x,\"\"y\"\"\nz\",3\r\nlast,row".utf8), name: "t.csv", options: .init(chunkSize: 3))
    var rows: [CSVRow] = []
    while let row = try reader.next() { rows.append(row) }
    print(rows, reader.dialect)
    #expect(rows.map { $0.strings() } == [["a", "b", "c"], ["1", "x,\"y\"\nz", "3"], ["last", "row"]])
    #expect(rows.map(\.line) == [1, 2, 4])
}
