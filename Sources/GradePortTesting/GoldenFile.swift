import Foundation
import GradePortCore

/// Compares text with a golden file, record by record.
///
/// The `gradeport/1` writer puts one record on each line, so a line-by-line comparison is a
/// record-by-record one and the differences it reports name the records that changed. Set the
/// environment variable `GRADEPORT_UPDATE_GOLDEN=1` to rewrite golden files from the actual output
/// (then review the diff in git).
public struct GoldenFile: Sendable {
    /// The golden file's path.
    public let path: String

    /// Names a golden file.
    public init(path: String) { self.path = path }

    /// The differences between a gradebook's `gradeport/1` JSON and the golden file (empty when they
    /// match), at most `limit`; the JSON is made portable with `fixtures` first (see
    /// ``Fixtures/portableJSON(_:)``).
    ///
    /// ```swift
    /// let book = try fixtures.read(fixtures.sample("MyPlatform/7A.csv"), with: MyPlatform())
    /// let golden = fixtures.golden("MyPlatformTests/Golden/7A.json")
    /// let differences = golden.differences(from: book, portableWith: fixtures)
    /// #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    /// ```
    public func differences(from book: Gradebook, portableWith fixtures: Fixtures, limit: Int = 10) -> [String] {
        differences(from: fixtures.portableJSON(book), limit: limit)
    }

    /// The differences between `actual` and the golden file (empty when they match), at most `limit`.
    public func differences(from actual: String, limit: Int = 10) -> [String] {
        if ProcessInfo.processInfo.environment["GRADEPORT_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return []
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return ["golden file \(path) is missing; run the tests with GRADEPORT_UPDATE_GOLDEN=1 to create it"]
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var differences: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) where differences.count < limit {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<no line>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<no line>"
            if want != got { differences.append("line \(index + 1):\n  expected: \(want)\n  actual:   \(got)") }
        }
        return differences
    }
}
