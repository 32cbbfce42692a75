import BilimClassAdapter
import GradePortCore
import GradePortTesting

/// The BilimClass samples and how tests read them.
enum BilimClassSamples {
    /// Paths under `Samples/` and the package root.
    static let fixtures = Fixtures(testFile: #filePath)

    /// Every sample with a golden file: the folder dump and the two single-file dumps.
    static let all = ["api-dump", "7V-student-dump.json", "7V-invalid-iin-dump.json"]

    /// The path of a sample in `Samples/BilimClass/`.
    static func path(_ name: String) -> String { fixtures.sample("BilimClass/" + name) }

    /// Reads a sample with the BilimClass adapter, as `gradeport convert --platform bilimclass` does.
    static func read(_ name: String) throws -> Gradebook {
        try fixtures.read(path(name), with: BilimClassPlatform())
    }

    /// The golden file of a sample.
    static func golden(_ name: String) -> GoldenFile {
        let base = name.split(separator: ".").first.map(String.init) ?? name
        return fixtures.golden("BilimClassAdapterTests/Golden/\(base).json")
    }
}
