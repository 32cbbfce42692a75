import Foundation
import GradePortCore
import GradePortTesting
import OneRosterAdapter

/// The OneRoster samples and helpers shared by the suites.
enum OneRosterSamples {
    static let fixtures = Fixtures(testFile: #filePath)

    /// The path of a sample under `Samples/OneRoster/`.
    static func path(_ name: String) -> String { fixtures.sample("OneRoster/" + name) }

    /// The readable samples: a 1.1 folder, a 1.2 folder and a 1.2 archive.
    static let all = ["v1.1", "v1.2", "8A-kazakh-v1.2.zip"]

    /// Reads an input with the OneRoster adapter.
    static func read(_ path: String) throws -> Gradebook {
        try fixtures.read(path, with: OneRosterPlatform())
    }

    /// The golden file of a sample.
    static func golden(_ name: String) -> GoldenFile {
        fixtures.golden("OneRosterAdapterTests/Golden/" + name + ".json")
    }

    /// Diagnostics as `FILE-SUFFIX:LINE:COLUMN code` strings, the file relative to `Samples/OneRoster/`.
    static func located(_ book: Gradebook, severity: Diagnostic.Severity? = nil) -> [String] {
        book.diagnostics.filter { severity == nil || $0.severity == severity }.map { diagnostic in
            let file = (diagnostic.file ?? "").replacingOccurrences(of: path(""), with: "")
            return "\(file):\(diagnostic.line.map(String.init) ?? "-"):\(diagnostic.column.map(String.init) ?? "-") "
                + diagnostic.code.rawValue
        }
    }
}
