import GradePortTesting
import OneRosterAdapter
import Testing

/// The checks every adapter passes, over the 1.1 folder, the 1.2 folder and the 1.2 archive.
@Suite struct ConformanceTests {
    @Test func conformance() {
        let samples = OneRosterSamples.all.map(OneRosterSamples.path)
        let failures = PlatformConformance(OneRosterPlatform(), samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test(arguments: OneRosterSamples.all)
    func matchesGolden(_ sample: String) throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path(sample))
        let differences = OneRosterSamples.golden(sample).differences(
            from: book, portableWith: OneRosterSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}
