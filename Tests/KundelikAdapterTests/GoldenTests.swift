import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// Each sample's `gradeport/1` JSON against its golden file (the golden files are the spec; rewrite
/// them with `GRADEPORT_UPDATE_GOLDEN=1` and review the diff).
@Suite struct GoldenTests {
    @Test(arguments: KundelikSamples.all)
    func matchesGolden(_ sample: String) throws {
        let book = try KundelikSamples.read(sample)
        let differences = KundelikSamples.golden(sample).differences(from: book, portableWith: KundelikSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func conformance() {
        let fixtures = KundelikSamples.fixtures
        let samples = fixtures.samples(in: "Kundelik") + [KundelikSamples.path("api-dump")]
        let failures = PlatformConformance(KundelikPlatform(), samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
