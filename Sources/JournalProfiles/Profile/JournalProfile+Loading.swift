import Foundation

extension JournalProfile {
    /// Reads and validates a profile written in YAML.
    ///
    /// - Parameters:
    ///   - yaml: The profile's text.
    ///   - name: The file name errors name (`school-42-profile.yaml`).
    ///   - origin: Where the profile came from; built in unless said.
    /// - Throws: ``ProfileError`` with the line and column of the first problem.
    public init(yaml: String, name: String, origin: ProfileOrigin = .builtIn) throws(ProfileError) {
        self = try ProfileDecoder(file: name, origin: origin).decode(yaml)
    }

    /// Reads and validates the profile file at `path` (UTF-8, a BOM allowed).
    ///
    /// - Throws: ``ProfileError``: the file cannot be read (at line 1, column 1), or the first
    ///   problem in it with its line and column.
    public init(contentsOf path: String) throws(ProfileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProfileError(
                file: path, line: 1, column: 1, kind: .unreadable, message: "the profile file cannot be read")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ProfileError(
                file: path, line: 1, column: 1, kind: .unreadable, message: "the profile file is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        try self.init(yaml: text, name: path, origin: .file(path))
    }
}
