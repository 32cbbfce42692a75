import GradePortCore
import GradePortTesting
import KundelikAdapter

/// The Kundelik samples and how tests read them.
enum KundelikSamples {
    /// Paths under `Samples/` and the package root.
    static let fixtures = Fixtures(testFile: #filePath)

    /// Every sample with a golden file.
    static let all = [
        "api-dump", "7A-api-dump.json", "criteria-marks-totals-light.json", "allfinalmarks.json",
        "7A-class-progress-report.csv", "7A-synyptar-report-kk.csv",
    ]

    /// The path of a sample in `Samples/Kundelik/`.
    static func path(_ name: String) -> String { fixtures.sample("Kundelik/" + name) }

    /// Reads a sample with the Kundelik adapter, as `gradeport convert --platform kundelik` does.
    static func read(_ name: String) throws -> Gradebook {
        try fixtures.read(path(name), with: KundelikPlatform())
    }

    /// The golden file of a sample.
    static func golden(_ name: String) -> GoldenFile {
        let base = name.replacingOccurrences(of: "/", with: "--")
        return fixtures.golden("KundelikAdapterTests/Golden/\(base).json")
    }

    /// A person id of the samples.
    static func person(_ id: String) -> Person.ID { "kundelik:person:\(id)" }
}
