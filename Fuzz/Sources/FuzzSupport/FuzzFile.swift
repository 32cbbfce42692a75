import Foundation
import GradePortCore

/// A file in a folder of the fuzzing process's own, rewritten with each input, for the readers
/// that take a path (workbooks, archives, adapters).
public enum FuzzFile {
    /// The folder, made once per process.
    public static let folder: String = {
        let path = NSTemporaryDirectory() + "gradeport-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes `bytes` to `name` in ``folder`` (replacing the previous input) and returns its path.
    public static func write(_ bytes: [UInt8], named name: String) -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Splits the input into a file extension, chosen by its first byte from `extensions`, and the
    /// rest of the bytes.
    public static func split(_ bytes: [UInt8], extensions: [String]) -> (fileExtension: String, content: [UInt8]) {
        guard let first = bytes.first else { return (extensions[0], []) }
        return (extensions[Int(first) % extensions.count], Array(bytes.dropFirst()))
    }
}

extension FuzzFile {
    /// Writes `bytes` as `name` and reads it as `convert` would: detected, or read by `platform`.
    public static func readGradebook(
        _ bytes: [UInt8], named name: String, with registry: PlatformRegistry, platform: PlatformID? = nil
    ) {
        _ = registry.readGradebook(from: [write(bytes, named: name)], platform: platform)
    }
}
