import Foundation
import GradePortCore
import Testing

@testable import TableReader

/// `ReadProgress` counts the bytes the table readers take from a watched file, as they take them.
@Suite("Read progress: bytes the table readers take from a watched file")
struct ReadProgressTests {
    /// A folder for one test's files, removed afterwards.
    final class Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gradeport-progress-\(UUID())").path
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// Writes a CSV file of `rows` rows and returns its path.
        func csv(_ name: String, rows: Int) throws -> String {
            var text = "Name,Score\n"
            for row in 0..<rows { text += "Student number \(row),\(row % 10)\n" }
            let file = (path as NSString).appendingPathComponent(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
    }

    static func size(_ path: String) throws -> Int64 {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).int64Value
    }

    @Test("A CSV file read row by row: the count starts at 0, grows chunk by chunk and ends at the file's size")
    func csvRowByRow() throws {
        let scratch = try Scratch()
        let path = try scratch.csv("big.csv", rows: 20_000)
        let size = try Self.size(path)
        #expect(size > 400_000)
        let progress = ReadProgress(watching: path)
        defer { progress.stop() }
        #expect(progress.totalBytes == size)
        #expect(progress.bytesRead == 0)
        let reader = try CSVReader(path: path, options: CSVReadOptions(chunkSize: 16 * 1024))
        var seen: [Int64] = []
        var rows = 0
        while try reader.next() != nil {
            rows += 1
            if rows % 1_000 == 0 { seen.append(progress.bytesRead) }
        }
        #expect(rows == 20_001)
        #expect(seen == seen.sorted())
        // The detection sample (64 KiB) and then 16 KiB chunks: the count moves well before the end.
        #expect(seen.first.map { $0 > 0 && $0 < size / 2 } == true)
        #expect(Set(seen).count > 10)
        #expect(progress.bytesRead == size)
    }

    @Test("A file read twice counts as far as the furthest reading got; files nobody watches are not counted")
    func readTwiceAndUnwatched() throws {
        let scratch = try Scratch()
        let watched = try scratch.csv("watched.csv", rows: 5_000)
        let other = try scratch.csv("other.csv", rows: 5_000)
        let progress = ReadProgress(watching: watched)
        for path in [watched, watched, other] {
            let reader = try CSVReader(path: path)
            while try reader.next() != nil {}
        }
        #expect(progress.bytesRead == (try Self.size(watched)))
        progress.stop()
        // After stop, a new progress for the other file starts at 0 and the old one is unchanged.
        let later = ReadProgress(watching: other)
        defer { later.stop() }
        #expect(later.bytesRead == 0)
        let reader = try CSVReader(path: watched)
        while try reader.next() != nil {}
        #expect(later.bytesRead == 0)
        #expect(progress.bytesRead == (try Self.size(watched)))
    }

    @Test("A folder: its files are counted together against their total size")
    func folder() throws {
        let scratch = try Scratch()
        let first = try scratch.csv("a.csv", rows: 3_000)
        let second = try scratch.csv("b.csv", rows: 1_000)
        let progress = ReadProgress(watching: scratch.path)
        defer { progress.stop() }
        let total = try Self.size(first) + Self.size(second)
        #expect(progress.totalBytes == total)
        let reader = try CSVReader(path: first)
        while try reader.next() != nil {}
        #expect(progress.bytesRead == (try Self.size(first)))
        let next = try CSVReader(path: second)
        while try next.next() != nil {}
        #expect(progress.bytesRead == total)
    }

    @Test("An XLSX workbook: its ZIP file is counted as the sheet is read, never past the file's size")
    func workbook() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/Journal/10А журнал 2 четверть.xlsx").path
        let progress = ReadProgress(watching: path)
        defer { progress.stop() }
        let cursor = try TableFile.open(path: path)
        var rows = 0
        while try cursor.next() != nil { rows += 1 }
        #expect(rows == 5)
        #expect(progress.bytesRead > 0)
        #expect(progress.bytesRead <= progress.totalBytes)
        #expect(progress.totalBytes == (try Self.size(path)))
    }

    @Test("A missing path: nothing to read, a total of 0")
    func missing() {
        let progress = ReadProgress(watching: "/nonexistent/gradeport-\(UUID()).csv")
        defer { progress.stop() }
        #expect(progress.totalBytes == 0)
        #expect(progress.bytesRead == 0)
    }
}
