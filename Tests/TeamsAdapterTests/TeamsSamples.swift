import GradePortCore
import GradePortTesting
import TeamsAdapter

/// The Teams samples and how tests read them.
enum TeamsSamples {
    /// Paths under `Samples/` and the package root.
    static let fixtures = Fixtures(testFile: #filePath)

    /// Every sample with a golden file: the grades CSV variants, the localized UIs, both dumps.
    static let all = [
        "7A-grades.csv", "7A-grades-bom.csv", "7A-grades-excel-cp1251.csv", "7A-grades-unicode.txt",
        "7Б Физика оценки.csv", "7В Физика бағалар.csv", "7A-graph-dump.json", "graph-dump",
    ]

    /// The Excel re-saves of `7A-grades.csv`.
    static let gradesVariants = ["7A-grades-bom.csv", "7A-grades-excel-cp1251.csv", "7A-grades-unicode.txt"]

    /// The path of a sample in `Samples/Teams/`.
    static func path(_ name: String) -> String { fixtures.sample("Teams/" + name) }

    /// Reads a sample with the Teams adapter, as `gradeport convert --platform teams` does.
    static func read(_ name: String) throws -> Gradebook {
        try fixtures.read(path(name), with: TeamsPlatform())
    }

    /// The golden file of a sample.
    static func golden(_ name: String) -> GoldenFile {
        let base = name.replacingOccurrences(of: " ", with: "-").split(separator: ".").first.map(String.init) ?? name
        return fixtures.golden("TeamsAdapterTests/Golden/\(base).json")
    }
}
