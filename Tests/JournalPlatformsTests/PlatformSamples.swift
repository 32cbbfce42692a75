import Foundation
import GradePortCore
import GradePortTesting

/// The samples of one platform under `Samples/<folder>/` and how tests read them.
struct PlatformSamples: Sendable {
    /// Paths under `Samples/` and the package root.
    static let fixtures = Fixtures(testFile: #filePath)

    /// The folder under `Samples/` (`OnlineMektep`).
    let folder: String
    /// The adapter that reads them.
    let platform: any LearningPlatform

    /// The path of a sample in the folder.
    func path(_ name: String) -> String { Self.fixtures.sample(folder + "/" + name) }

    /// Reads a sample with the adapter, as `gradeport convert --platform ID` does.
    func read(_ name: String) throws -> Gradebook {
        try Self.fixtures.read(path(name), with: platform)
    }

    /// The golden file of a sample: `Golden/<folder>/<name without extension>.json`, spaces as `-`.
    func golden(_ name: String) -> GoldenFile {
        let base = (name as NSString).deletingPathExtension.replacingOccurrences(of: " ", with: "-")
        return Self.fixtures.golden("JournalPlatformsTests/Golden/\(folder)/\(base).json")
    }

    /// The sample files of the folder (not the bad ones), by name, workbooks included.
    var all: [String] {
        paths.map { ($0 as NSString).lastPathComponent }
    }

    /// The full paths of ``all``.
    var paths: [String] {
        Self.fixtures.samples(in: folder, extensions: ["csv", "tsv", "txt", "xlsx"])
    }
}
