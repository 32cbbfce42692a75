import Foundation
import GradePortCore
import GradePortTesting
import JournalProfiles
import Testing

/// Each sample's `gradeport/1` JSON against its golden file (the golden files are the spec; rewrite
/// them with `GRADEPORT_UPDATE_GOLDEN=1` and review the diff).
@Suite struct GoldenTests {
    @Test(arguments: JournalSamples.generic)
    func genericProfileMatchesGolden(_ sample: String) throws {
        let book = try JournalSamples.read(sample)
        let differences = JournalSamples.golden(sample).differences(from: book, portableWith: JournalSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func schoolProfileMatchesGolden() throws {
        let profile = try JournalProfile(contentsOf: JournalSamples.path("school-42-profile.yaml"))
        let book = try JournalSamples.read(JournalSamples.school, with: ProfilePlatform(profile))
        let differences = JournalSamples.golden(JournalSamples.school).differences(
            from: book, portableWith: JournalSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func journalProfileConforms() {
        let samples = JournalSamples.generic.map(JournalSamples.path)
        let failures = PlatformConformance(BuiltInProfiles.journalPlatform, samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func schoolProfileConforms() throws {
        let profile = try JournalProfile(contentsOf: JournalSamples.path("school-42-profile.yaml"))
        let failures = PlatformConformance(
            ProfilePlatform(profile), samples: [JournalSamples.path(JournalSamples.school)]
        )
        .run()
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The copy teachers start from is the built-in profile, byte for byte.
    @Test func shippedCopyOfTheGenericProfileIsIdentical() throws {
        let copy = try String(contentsOfFile: JournalSamples.path("journal.yaml"), encoding: .utf8)
        #expect(copy == BuiltInProfiles.journalYAML + "\n")
        let parsed = try JournalProfile(contentsOf: JournalSamples.path("journal.yaml"))
        #expect(parsed.columns == BuiltInProfiles.journal.columns)
        #expect(parsed.assessments == BuiltInProfiles.journal.assessments)
    }
}
