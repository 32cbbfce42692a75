import JSONStream
import Testing

/// A record's location is its file, line and column, whichever way it is made.
@Suite struct DumpLocationTests {
    @Test func recordLocationIsWhereTheRecordStarts() {
        let record = APIDumpRecord(
            collection: "marks", key: "marks", value: .null, file: "dump/marks.json", line: 12, column: 5)
        let location = DumpLocation(record)
        #expect(location == DumpLocation(file: "dump/marks.json", line: 12, column: 5))
        #expect(location.file == "dump/marks.json")
        #expect(location.line == 12)
        #expect(location.column == 5)
    }
}
