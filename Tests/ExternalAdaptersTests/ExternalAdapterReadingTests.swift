import ExternalAdapters
import Foundation
import GradePortCore
import GradePortTesting
import Testing

/// An adapter written from PLUGINS.md alone is described, detected and read with the host's checks.
@Suite struct ExternalAdapterReadingTests {
    @Test func describesItself() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        #expect(adapter.descriptor.id == "plainjournal")
        #expect(adapter.descriptor.displayName == "Plain journal (test adapter)")
        #expect(adapter.description.version == "1.0")
        #expect(adapter.description.exports.map(\.extensions) == [[".csv"]])
    }

    @Test func detectsItsFileAndOnlyWithItsExtensions() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        let folder = try TemporaryFolder()
        let other = try folder.write("other.csv", "Name,Score\nA,1\n")
        let wrongExtension = try folder.write("journal.txt", "plainjournal;v1\n")
        let files = try [AdapterFixtures.sample, other, wrongExtension].map { try ExportFile(path: $0) }
        adapter.prepareToSniff(files)
        let detection = try #require(adapter.sniff(files[0]))
        #expect(detection.platform == "plainjournal")
        #expect(detection.export == "journal-csv")
        #expect(detection.confidence.rawValue == 95)
        #expect(detection.reason == "first line plainjournal;v1")
        #expect(adapter.sniff(files[1]) == nil)
        #expect(adapter.sniff(files[2]) == nil)
    }

    @Test func readsRecordsThroughTheBuildersChecks() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        let registry = try PlatformRegistry([adapter])
        let outcome = registry.readGradebook(from: [AdapterFixtures.sample], merging: nil)
        let book = outcome.gradebook
        #expect(outcome.unreadableInputs.isEmpty)
        #expect(book.sources.map(\.platform) == ["plainjournal"])
        #expect(book.sources.first?.rows == 4)
        #expect(
            book.people.map(\.id.rawValue) == [
                "plainjournal:p6", "plainjournal:p7", "plainjournal:p8", "plainjournal:p9",
            ])
        #expect(book.people.map(\.familyName) == ["Серікқызы", "Иванов", "Ахметова", "Төлеуов"])
        #expect(book.people.first?.source?.line == 6)
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.assessments.map(\.title) == ["СОР 1", "СОЧ"])
        #expect(book.assessments.map(\.kind) == [.sectionSummative, .termSummative])
        #expect(book.assessments.map { $0.maxScore?.description } == ["10", "20"])
        #expect(book.assessments.first?.term?.rawValue == "plainjournal:2025-2026/Q2")
        let results = book.results.map {
            "\($0.person.rawValue) \($0.assessment.rawValue) \($0.status) \($0.score?.description ?? "-") \($0.raw ?? "")"
        }
        #expect(
            results == [
                "plainjournal:p6 plainjournal:a4 graded 8 8",
                "plainjournal:p6 plainjournal:a5 graded 17.5 17,5",
                "plainjournal:p7 plainjournal:a4 absent - н",
                "plainjournal:p7 plainjournal:a5 graded 12 12",
                "plainjournal:p8 plainjournal:a5 graded 25 25",
                "plainjournal:p9 plainjournal:a4 graded 10 10",
            ])
        #expect(book.results[1].percent?.description == "87.5")
        #expect(book.results[1].source.line == 6)
        #expect(book.results[1].source.column == 5)
        let diagnostics = book.diagnostics.map {
            "\($0.severity) \($0.code) \($0.line ?? 0):\($0.column ?? 0) \($0.message)"
        }
        #expect(
            diagnostics == [
                "error negative-score 8:4 negative score -3 rejected",
                "warning score-above-maximum 8:5 score 25 is above the maximum 20; kept as written",
            ])
    }

    @Test func aFatalLineFailsTheInputAtItsPlace() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        let folder = try TemporaryFolder()
        let path = try folder.write("other.csv", "Name,Score\n")
        let outcome = try PlatformRegistry([adapter]).readGradebook(from: [path], platform: "plainjournal")
        #expect(outcome.unreadableInputs == [path])
        let diagnostic = try #require(outcome.gradebook.diagnostics.first)
        #expect(diagnostic.code == .adapterFailed)
        #expect(diagnostic.message == "not a plainjournal file (no plainjournal;v1 first line)")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 1)
    }

    @Test func passesTheSharedConformanceChecks() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        let failures = PlatformConformance(adapter, samples: [AdapterFixtures.sample]).run()
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func passesTheProtocolChecks() throws {
        let adapter = try AdapterFixtures.adapter(AdapterFixtures.plainJournal)
        let verdicts = ProtocolCheck(adapter: adapter, samples: [AdapterFixtures.sample]).run()
        #expect(
            verdicts.map(\.check) == [
                "hello-and-summary", "stdout-json-only", "define-before-use", "exact-numbers",
                "fatal-on-other-platform",
                "fatal-on-empty-file", "sigterm", "unicode-round-trip",
            ])
        #expect(verdicts.filter { !$0.passed }.isEmpty, "\(verdicts)")
        #expect(verdicts.last?.detail == "8 name(s)")
    }
}
