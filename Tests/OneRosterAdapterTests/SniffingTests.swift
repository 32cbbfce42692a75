import Foundation
import GradePortAdapters
import GradePortCore
import OneRosterAdapter
import Testing

/// What the adapter recognises, and how sure it is.
@Suite struct SniffingTests {
    @Test(arguments: [
        ("v1.1", "csv-folder", "oneroster.version 1.1"), ("v1.2", "csv-folder", "oneroster.version 1.2"),
        ("8A-kazakh-v1.2.zip", "csv-zip", "oneroster.version 1.2"),
    ])
    func manifestsAreCertain(sample: String, export: String, reason: String) throws {
        let detection = try #require(OneRosterPlatform().sniff(ExportFile(path: OneRosterSamples.path(sample))))
        #expect(detection.confidence == .certain)
        #expect(detection.export.rawValue == export)
        #expect(detection.reason.contains(reason))
    }

    @Test func withoutAManifestTheFileNamesAreMedium() throws {
        let detection = try #require(
            OneRosterPlatform().sniff(ExportFile(path: OneRosterSamples.path("bad/no-manifest"))))
        #expect(detection.confidence == .medium)
        #expect(detection.reason.contains("no manifest.csv"))
    }

    @Test func schoolDataSyncFilesAreLowAtMost() throws {
        let detection = try #require(OneRosterPlatform().sniff(ExportFile(path: OneRosterSamples.path("bad/sds-v2.1"))))
        #expect(detection.confidence == .low)
    }

    @Test func otherInputsAreNotOneRoster() throws {
        let fixtures = OneRosterSamples.fixtures
        for path in [
            fixtures.sample("Teams/graph-dump"), fixtures.sample("Teams/7A-grades.csv"),
            fixtures.sample("Journal/10А журнал 2 четверть.xlsx"),
        ] {
            #expect(OneRosterPlatform().sniff(try ExportFile(path: path)) == nil, "\(path)")
        }
    }

    @Test func noOtherBuiltInAdapterClaimsTheSamples() throws {
        for sample in OneRosterSamples.all {
            let detections = BuiltInPlatforms.registry.detect(try ExportFile(path: OneRosterSamples.path(sample)))
            #expect(detections.map(\.platform) == ["oneroster"], "\(sample): \(detections)")
        }
    }

    @Test func aCutArchiveOfOneRosterFilesIsClaimedLowSoThatItsErrorIsShown() throws {
        let path = OneRosterSamples.path("bad/truncated.zip")
        let detection = try #require(OneRosterPlatform().sniff(ExportFile(path: path)))
        #expect(detection.confidence == .low)
        let outcome = BuiltInPlatforms.registry.readGradebook(from: [path])
        #expect(outcome.unreadableInputs == [path])
        #expect(outcome.gradebook.diagnostics.map(\.message).contains { $0.contains("no central directory") })
    }
}
