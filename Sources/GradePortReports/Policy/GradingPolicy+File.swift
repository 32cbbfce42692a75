import Foundation
import GradePortCore

extension GradingPolicy {
    /// Reads and validates a policy written in YAML or JSON (see `docs/policy.md`).
    ///
    /// - Parameters:
    ///   - text: The policy's text.
    ///   - file: The file name errors name.
    /// - Throws: ``PolicyFileError`` with the line and column of the first problem.
    public init(policyText text: String, file: String) throws(PolicyFileError) {
        self = try PolicyDecoder(file: file).decode(text)
    }

    /// Reads and validates the policy file at `path` (UTF-8, a BOM allowed).
    ///
    /// - Throws: ``PolicyFileError``: the file cannot be read (at line 1, column 1), or the first
    ///   problem in it with its line and column.
    public init(contentsOfFile path: String) throws(PolicyFileError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw PolicyFileError(
                file: path, line: 1, column: 1, kind: .unreadable,
                message: "the policy file cannot be read (give 'kz' for the built-in policy, or a YAML or JSON file)")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw PolicyFileError(
                file: path, line: 1, column: 1, kind: .unreadable, message: "the policy file is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        try self.init(policyText: text, file: path)
    }

    /// The policy a command line names: `kz` is the built-in ``kazakhstan``, anything else a file.
    public static func named(_ reference: String) throws(PolicyFileError) -> GradingPolicy {
        if reference == builtInID { return .kazakhstan }
        return try GradingPolicy(contentsOfFile: reference)
    }
}
