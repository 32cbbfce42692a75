import BilimClassAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Each sample's `gradeport/1` JSON against its golden file (the golden files are the spec; rewrite
/// them with `GRADEPORT_UPDATE_GOLDEN=1` and review the diff).
@Suite struct GoldenTests {
    @Test(arguments: BilimClassSamples.all)
    func matchesGolden(_ sample: String) throws {
        let book = try BilimClassSamples.read(sample)
        let differences = BilimClassSamples.golden(sample).differences(
            from: book, portableWith: BilimClassSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func conformance() {
        let fixtures = BilimClassSamples.fixtures
        let samples = fixtures.samples(in: "BilimClass") + [BilimClassSamples.path("api-dump")]
        let failures = PlatformConformance(BilimClassPlatform(), samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
