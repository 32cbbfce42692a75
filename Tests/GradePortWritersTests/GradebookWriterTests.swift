import Foundation
import GradePortCore
import GradePortTesting
import GradePortWriters
import Testing

/// Writing through ``GradebookWriter`` gives the bytes and files of each writer's own API, and a
/// destination of the wrong kind is refused.
@Suite struct GradebookWriterTests {
    /// What a stream writer writes through the protocol.
    static func stream(
        _ writer: any GradebookWriter, _ book: Gradebook, options: WriterOptions = WriterOptions()
    ) throws -> (bytes: [UInt8], summary: ExportSummary?) {
        var bytes: [UInt8] = []
        let summary = try writer.write(book, to: .stream { bytes.append(contentsOf: $0) }, options: options)
        return (bytes, summary)
    }

    /// Every file of a folder, by name.
    static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test func streamsAreTheWritersOwnBytes() throws {
        let book = TestBooks.school()
        #expect(try Self.stream(GradebookJSONWriter(), book).bytes == GradebookJSONWriter().encode(book))
        #expect(try Self.stream(GradebookJSONWriter(), book).summary == nil)
        #expect(try Self.stream(ResultsCSVWriter(), book).bytes == ResultsCSVWriter().encode(book))
        #expect(
            try Self.stream(ResultsCSVWriter(), book, options: WriterOptions(excel: true)).bytes
                == ResultsCSVWriter(format: .excel).encode(book))
        let roster = ClassroomRosterWriter().encode(book)
        let written = try Self.stream(ClassroomRosterWriter(), book)
        #expect(written.bytes == roster.bytes && written.summary == roster.summary)
        #expect(
            try Self.stream(ClassroomRosterWriter(), book, options: WriterOptions(excel: true)).bytes
                == ClassroomRosterWriter(format: .excel).encode(book).bytes)
    }

    @Test func fileSetsAreTheWritersOwnFiles() throws {
        let book = TestBooks.school()
        let temporary = try TemporaryFolder(prefix: "gradeport-writers")
        let oneRoster = OneRosterWriter(options: .init(referenceDate: "2026-01-15"))
        let direct = try oneRoster.write(book, to: FileSetDestination(path: temporary.file("direct")))
        let viaProtocol = try (oneRoster as any GradebookWriter).write(
            book, to: .files(FileSetDestination(path: temporary.file("protocol"))), options: WriterOptions())
        #expect(viaProtocol == direct)
        #expect(try Self.files(in: temporary.file("protocol")) == Self.files(in: temporary.file("direct")))

        let sds = SchoolDataSyncWriter(options: .init(version: .v2_1, referenceDate: "2026-01-15"))
        let version1 = try sds.write(
            book, to: .files(FileSetDestination(path: temporary.file("sds-v1"))),
            options: WriterOptions(schoolDataSyncVersion: .v1))
        let expected = try SchoolDataSyncWriter(options: .init(version: .v1, referenceDate: "2026-01-15"))
            .write(book, to: FileSetDestination(path: temporary.file("sds-expected")))
        #expect(version1 == expected)
        #expect(try Self.files(in: temporary.file("sds-v1")) == Self.files(in: temporary.file("sds-expected")))
        let own = try sds.write(
            book, to: .files(FileSetDestination(path: temporary.file("sds-own"))), options: WriterOptions())
        let version2Names = Set(SchoolDataSyncWriter.fileOrder[.v2_1] ?? [])
        #expect(own?.files.isEmpty == false)
        #expect(own?.files.allSatisfy { version2Names.contains($0.name) } == true)
    }

    @Test func aDestinationOfTheWrongKindIsRefused() throws {
        let book = TestBooks.school()
        let temporary = try TemporaryFolder(prefix: "gradeport-writers")
        for writer in BuiltInWriters.all {
            let wrong: WriterDestination =
                switch writer.layout {
                case .stream: .files(.folder(temporary.file("\(writer.outputFormat)")))
                case .fileSet: .stream { _ in Issue.record("\(writer.outputFormat) wrote to a stream") }
                }
            do {
                _ = try writer.write(book, to: wrong, options: WriterOptions())
                Issue.record("\(writer.outputFormat) accepted a destination of the wrong kind")
            } catch let error as InterchangeError {
                #expect(error.isDestinationProblem)
                #expect(error.message.hasPrefix("\(writer.outputFormat) writes"))
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
}
