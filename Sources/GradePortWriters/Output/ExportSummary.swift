/// What an interchange export wrote, and who it had to leave out.
public struct ExportSummary: Sendable, Hashable {
    /// One file of the export.
    public struct File: Sendable, Hashable {
        /// The file name (`users.csv`).
        public var name: String
        /// Its data rows (the header not counted).
        public var rows: Int

        /// Creates a file entry.
        public init(name: String, rows: Int) {
            self.name = name
            self.rows = rows
        }
    }

    /// A person the format could not take, and why.
    public struct Omission: Sendable, Hashable {
        /// The `Person.id`.
        public var person: String
        /// The person's name as the gradebook writes it (may be empty).
        public var name: String
        /// Why they were left out, e.g. `no e-mail address`.
        public var reason: String

        /// Creates an omission.
        public init(person: String, name: String, reason: String) {
            self.person = person
            self.name = name
            self.reason = reason
        }
    }

    /// The files written, in the order of the archive.
    public var files: [File]
    /// People left out, in gradebook order.
    public var omissions: [Omission]

    /// Creates a summary.
    public init(files: [File] = [], omissions: [Omission] = []) {
        self.files = files
        self.omissions = omissions
    }

    /// The rows of the file with this name; `nil` when it was not written.
    public func rows(in name: String) -> Int? { files.first { $0.name == name }?.rows }
}
