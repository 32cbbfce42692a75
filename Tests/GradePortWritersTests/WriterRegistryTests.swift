import Foundation
import GradePortCore
import GradePortWriters
import Testing

/// The built-in writers as `--to` finds them: one per format, in the order the command lists them.
@Suite struct WriterRegistryTests {
    @Test func everyFormatHasOneWriterInTheCommandsOrder() {
        let registry = BuiltInWriters.registry
        #expect(registry.formats == [.json, .csv, .oneRoster, .schoolDataSync, .classroomRoster, .xlsx])
        #expect(registry.formats.map(\.rawValue) == ["json", "csv", "oneroster", "sds", "classroom-roster", "xlsx"])
        for format in registry.formats {
            #expect(registry.writer(for: format)?.outputFormat == format)
        }
        #expect(registry.writer(for: "yaml") == nil)
        #expect(registry.writer(for: "JSON") == nil)
        #expect(registry.writers.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func writersSayHowTheyWriteAndWhatTheyRead() {
        let registry = BuiltInWriters.registry
        let fileSets = registry.writers.filter { $0.layout == .fileSet }.map(\.outputFormat)
        #expect(fileSets == [.oneRoster, .schoolDataSync])
        let excel = registry.writers.filter { $0.acceptedOptions.contains(.excel) }.map(\.outputFormat)
        #expect(excel == [.csv, .classroomRoster])
        let version = registry.writers.filter { $0.acceptedOptions.contains(.schoolDataSyncVersion) }
        #expect(version.map(\.outputFormat) == [.schoolDataSync])
    }

    @Test func aProgramAddsItsOwnWriter() {
        struct Lines: GradebookWriter {
            var outputFormat: OutputFormat { "lines" }
            var summary: String { "one line per result" }
            var layout: OutputLayout { .stream }
            func write(
                _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
            ) throws
                -> ExportSummary?
            {
                try destination.sink(for: outputFormat)(Array("\(book.results.count)\n".utf8)[...])
                return nil
            }
        }
        let registry = WriterRegistry(BuiltInWriters.all + [Lines()])
        #expect(registry.formats.last == "lines")
        #expect(registry.writer(for: "lines")?.acceptedOptions == [])
    }
}
