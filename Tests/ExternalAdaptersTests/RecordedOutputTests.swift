import ExternalAdapters
import Foundation
import GradePortCore
import GradePortTesting
import Testing

/// An adapter's output captured to bytes and read back (`RecordedAdapterOutput`): the same records
/// and diagnostics as reading the running adapter, and the same refusals for broken output.
@Suite struct RecordedOutputTests {
    /// What the plain-journal adapter writes on standard output for its sample.
    static func captured() throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", AdapterFixtures.plainJournal, "read", AdapterFixtures.sample, "--export", "journal",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return Array(bytes)
    }

    static func replay(_ output: [UInt8]) throws(AdapterFailure) -> (Gradebook, Int?) {
        var builder = GradebookBuilder()
        builder.beginSource(file: AdapterFixtures.sample, platform: "plainjournal", export: "journal")
        let rows = try RecordedAdapterOutput.read(output, adapterID: "plainjournal", into: &builder)
        return (builder.build(), rows)
    }

    @Test func aRecordingReadsAsTheRunningAdapter() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        let live = try PlatformRegistry([adapter]).readGradebook(from: [AdapterFixtures.sample], merging: nil).gradebook
        let (recorded, rows) = try Self.replay(try Self.captured())
        #expect(rows == 4)
        #expect(recorded.people == live.people)
        #expect(recorded.assessments == live.assessments)
        #expect(recorded.results == live.results)
        #expect(recorded.diagnostics.map(\.message) == live.diagnostics.map(\.message))
        #expect(recorded.results.count == 6)
    }

    @Test func brokenRecordingsAreReportedNotTrusted() throws {
        let output = try Self.captured()
        // Without its hello, nothing is read.
        let withoutHello = Array(output.drop { $0 != 0x0A }.dropFirst())
        #expect(throws: AdapterFailure.self) { try Self.replay(withoutHello) }
        // Cut in the middle of a line: what came before is kept, there is no summary, and the broken
        // line is an error, not a record.
        let cut = Array(output.prefix(output.count * 2 / 3))
        let (partial, rows) = try Self.replay(cut)
        #expect(rows == nil)
        #expect(partial.results.count < 6)
        #expect(partial.diagnostics.contains { $0.code == .adapterOutput && $0.severity == .error })
        // A line over the protocol's 1 MiB limit is refused by name, and the lines after it are read.
        let lines = output.split(separator: 0x0A, omittingEmptySubsequences: false)
        let long =
            Array(#"{"type":"diagnostic","message":""#.utf8) + Array(repeating: UInt8(ascii: "x"), count: 1 << 21)
        let padded = Array(([Array(lines[0]), long] + lines.dropFirst().map(Array.init)).joined(separator: [0x0A]))
        let (book, paddedRows) = try Self.replay(padded)
        #expect(paddedRows == 4)
        #expect(book.results.count == 6)
        #expect(book.diagnostics.contains { $0.message.contains("1 MiB") || $0.message.contains("longer than") })
    }
}
