import Foundation
import GradePortCore
import GradePortWriters

/// Paths to the package's samples and golden files, found from a test file's own path.
///
/// ```swift
/// let root = Fixtures(testFile: #filePath)
/// let csv = root.sample("GoogleClassroom/7A-grades.csv")
/// ```
public struct Fixtures: Sendable {
    /// The package root (the folder holding `Package.swift`).
    public let packageRoot: String

    /// Finds the package root by walking up from a test file (pass `#filePath`).
    public init(testFile: String = #filePath) {
        var url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
        while url.path != "/"
            && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
        {
            url.deleteLastPathComponent()
        }
        packageRoot = url.path
    }

    /// The path of a file or folder under `Samples/`.
    public func sample(_ relativePath: String) -> String {
        packageRoot + "/Samples/" + relativePath
    }

    /// The paths of every sample file in a platform's `Samples/` folder, sorted, leaving out README
    /// files and folders (an API dump folder is listed by ``sample(_:)`` by its own name).
    public func samples(
        in folder: String, extensions: Set<String> = ["csv", "tsv", "txt", "json", "xml", "xlsx"]
    )
        -> [String]
    {
        let directory = packageRoot + "/Samples/" + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { directory + "/" + $0 }
    }

    /// Sample folders under `Samples/` of external adapters (`Plugins/`): the built-in registry does not
    /// read them; their own tests and the external-adapter tests cover them.
    public static let externalAdapterSampleFolders: Set<String> = ["Moodle"]

    /// Every readable sample of a built-in platform under `Samples/` (files and API dump folders of every
    /// platform's folder, leaving out `bad/`, READMEs, generator scripts, profiles and the
    /// ``externalAdapterSampleFolders``), as paths relative to `Samples/`, sorted by platform and name.
    public var everySample: [String] {
        let root = packageRoot + "/Samples"
        let manager = FileManager.default
        var found: [String] = []
        for platform in ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root + "/" + platform, isDirectory: &isFolder), isFolder.boolValue,
                !Self.externalAdapterSampleFolders.contains(platform)
            else {
                continue
            }
            for name in ((try? manager.contentsOfDirectory(atPath: root + "/" + platform)) ?? []).sorted() {
                if name == "bad" || name == "README.md" || name.hasSuffix(".py") || name.hasSuffix(".yaml") { continue }
                found.append(platform + "/" + name)
            }
        }
        return found
    }

    /// Reads one input with a platform, the way `gradeport convert --platform` does.
    public func read(_ path: String, with platform: any LearningPlatform) throws -> Gradebook {
        try Self.readGradebook(path, with: platform)
    }

    /// Reads one input with a platform; ``read(_:with:)`` and ``TemporaryExport`` share it.
    static func readGradebook(_ path: String, with platform: any LearningPlatform) throws -> Gradebook {
        let registry = try PlatformRegistry([platform])
        return registry.readGradebook(from: [path], platform: platform.descriptor.id).gradebook
    }

    /// A golden file under the package's `Tests/` folder.
    ///
    /// ```swift
    /// let golden = fixtures.golden("MyPlatformTests/Golden/7A-grades.json")
    /// ```
    public func golden(_ pathUnderTests: String) -> GoldenFile {
        GoldenFile(path: packageRoot + "/Tests/" + pathUnderTests)
    }

    /// The gradebook's `gradeport/1` JSON with this package's root removed from file paths, so that
    /// golden files do not depend on where the package is checked out.
    public func portableJSON(_ book: Gradebook) -> String {
        let text = String(decoding: GradebookJSONWriter().encode(book), as: UTF8.self)
        return text.replacingOccurrences(of: packageRoot + "/", with: "")
    }
}
