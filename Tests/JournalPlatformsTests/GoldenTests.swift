import BilimLandAdapter
import GradePortCore
import GradePortTesting
import OnlineMektepAdapter
import OpiqAdapter
import Testing

/// The samples of the three platforms.
enum JournalPlatformSamples {
    static let onlineMektep = PlatformSamples(folder: "OnlineMektep", platform: OnlineMektepPlatform())
    static let opiq = PlatformSamples(folder: "Opiq", platform: OpiqPlatform())
    static let bilimLand = PlatformSamples(folder: "BilimLand", platform: BilimLandPlatform())
    static let platforms = [onlineMektep, opiq, bilimLand]

    /// Every (platform folder, sample name) with a golden file.
    static let goldenCases: [GoldenCase] = platforms.flatMap { samples in
        samples.all.map { GoldenCase(folder: samples.folder, sample: $0) }
    }

    static func samples(_ folder: String) -> PlatformSamples {
        platforms.first { $0.folder == folder }!
    }
}

/// One sample of one platform.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    var folder: String
    var sample: String
    var testDescription: String { folder + "/" + sample }
}

/// Each sample's `gradeport/1` JSON against its golden file (the golden files are the spec; rewrite
/// them with `GRADEPORT_UPDATE_GOLDEN=1` and review the diff).
@Suite struct GoldenTests {
    @Test(arguments: JournalPlatformSamples.goldenCases)
    func matchesGolden(_ golden: GoldenCase) throws {
        let samples = JournalPlatformSamples.samples(golden.folder)
        let book = try samples.read(golden.sample)
        let differences = samples.golden(golden.sample).differences(from: book, portableWith: PlatformSamples.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test(arguments: ["OnlineMektep", "Opiq", "BilimLand"])
    func conformance(_ folder: String) {
        let samples = JournalPlatformSamples.samples(folder)
        let paths = samples.paths
        let failures = PlatformConformance(samples.platform, samples: paths).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
