import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// Each sample's `gradeport/1` JSON against its golden file (the golden files are the spec; rewrite
/// them with `GRADEPORT_UPDATE_GOLDEN=1` and review the diff).
@Suite struct GoldenTests {
    @Test(arguments: TeamsSamples.all)
    func matchesGolden(_ sample: String) throws {
        let book = try TeamsSamples.read(sample)
        let differences = TeamsSamples.golden(sample).differences(from: book, portableWith: TeamsSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func conformance() {
        let fixtures = TeamsSamples.fixtures
        let samples = fixtures.samples(in: "Teams") + [TeamsSamples.path("graph-dump")]
        let failures = PlatformConformance(TeamsPlatform(), samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
