import Foundation
import GradePortBase
import GradePortTesting
import Testing

@testable import JSONStream

@Suite("Read progress: bytes the JSON reader takes from a watched file")
struct ReadProgressTests {
    @Test("A JSON file is counted as it is parsed, to the file's size; an unwatched one is not")
    func jsonFile() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-json-progress")
        let text = "[" + (0..<10_000).map { "{\"n\":\($0),\"name\":\"Student \($0)\"}" }.joined(separator: ",") + "]"
        let path = folder.file("rows.json")
        let other = folder.file("other.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try Data(text.utf8).write(to: URL(fileURLWithPath: other))
        let progress = ReadProgress(watching: path)
        defer { progress.stop() }
        #expect(progress.bytesRead == 0)
        _ = try JSONReader(path: other).readValue()
        #expect(progress.bytesRead == 0)
        // Loaded whole, then parsed element by element: the count follows the parsing.
        let reader = try JSONReader(path: path)
        #expect(progress.bytesRead == 0)
        try reader.beginArray()
        var seen: [Int64] = []
        var items = 0
        while try reader.hasNextElement() {
            _ = try reader.readValue()
            items += 1
            if items % 1_000 == 0 { seen.append(progress.bytesRead) }
        }
        #expect(items == 10_000)
        #expect(seen.count == 10)
        #expect(seen == seen.sorted() && Set(seen).count == 10)
        #expect(seen.first.map { $0 > 0 && $0 < Int64(text.utf8.count) / 5 } == true)
        #expect(progress.bytesRead == Int64(text.utf8.count))
        #expect(progress.totalBytes == Int64(text.utf8.count))
    }

    @Test("A whole value read at once counts the file to its end")
    func wholeValue() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-json-progress")
        let path = folder.file("value.json")
        let text = #"{"a": [1, 2, 3], "b": "text"}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let progress = ReadProgress(watching: path)
        defer { progress.stop() }
        _ = try JSONReader(path: path).readValue()
        #expect(progress.bytesRead == Int64(text.utf8.count))
    }
}
