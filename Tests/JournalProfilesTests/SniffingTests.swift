import GradePortCore
import JournalProfiles
import Testing

/// Recognising journal tables, and leaving other platforms' files alone.
@Suite struct SniffingTests {
    @Test(arguments: JournalSamples.generic)
    func genericProfileRecognisesSamples(_ sample: String) throws {
        let detection = try #require(
            BuiltInProfiles.journalPlatform.sniff(ExportFile(path: JournalSamples.path(sample))))
        #expect(detection.platform == "journal")
        #expect(detection.confidence == Confidence(rawValue: 60))
    }

    @Test func schoolProfileIsSureOfItsFile() throws {
        let profile = try JournalProfile(contentsOf: JournalSamples.path("school-42-profile.yaml"))
        let file = try ExportFile(path: JournalSamples.path(JournalSamples.school))
        #expect(ProfilePlatform(profile).sniff(file)?.confidence == .high)
        let other = try ExportFile(path: JournalSamples.path("7А Математика 2 четверть.csv"))
        #expect(ProfilePlatform(profile).sniff(other) == nil)
    }

    @Test(arguments: [
        "Teams/7A-grades.csv", "GoogleClassroom/7A-physics-grades.csv", "Teams/7A-graph-dump.json",
        "Journal/bad/no-name-column.csv",
    ])
    func leavesOtherFilesAlone(_ sample: String) throws {
        let file = try ExportFile(path: JournalSamples.fixtures.sample(sample))
        #expect(BuiltInProfiles.journalPlatform.sniff(file) == nil)
    }

    @Test func descriptorIsTheProfiles() throws {
        let platform: any LearningPlatform = BuiltInProfiles.journalPlatform
        #expect(platform.descriptor.id == "journal")
        #expect(platform.descriptor.displayName == "Journal table (generic)")
        #expect(platform.descriptor.exports.map(\.id) == ["journal-table"])
    }

    @Test func userProfileOverridesABuiltInOfTheSameID() throws {
        var registry = try PlatformRegistry([BuiltInProfiles.journalPlatform])
        let yaml = "id: my-journal\nname: Mine\nplatform: journal\ncolumns: {name: Фамилия}\n"
        let mine = ProfilePlatform(try JournalProfile(yaml: yaml, name: "mine.yaml"))
        let replaced = registry.override(with: mine)
        #expect(replaced?.descriptor.displayName == "Journal table (generic)")
        #expect(registry.platforms.count == 1)
        #expect(registry.platform(id: "journal")?.descriptor.displayName == "Mine")
        #expect(try ProfileLibrary.profiles(in: registry).map { try $0.profile.id } == ["my-journal"])
    }
}
