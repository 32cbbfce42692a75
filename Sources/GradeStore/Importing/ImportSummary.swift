import GradePortCore

/// What importing one input did (or, in a dry run, would do).
public struct ImportSummary: Sendable, Hashable {
    /// How the import ended.
    public enum Disposition: Sendable, Hashable {
        /// Written to the store as a new import.
        case imported
        /// Worked out and rolled back: nothing was written.
        case dryRun
        /// The same content (by SHA-256) is already in the store as this import; nothing was done.
        case alreadyImported(Int64)
    }

    /// How the import ended.
    public var disposition: Disposition
    /// The new import's id; `nil` for a dry run or an input already imported.
    public var importID: Int64?
    /// The input's path as given.
    public var file: String
    /// The platform that read it.
    public var platform: PlatformID
    /// The export kind.
    public var export: ExportKindID
    /// The content fingerprint (SHA-256 of the file, or of a folder's files).
    public var sha256: String?
    /// Results new to the store.
    public var added = 0
    /// Stored results whose value the import changed.
    public var changed = 0
    /// Stored results the import gave again with the same value.
    public var unchanged = 0
    /// Rows and cells rejected: by the reader (its error diagnostics) or by the store.
    public var rejected = 0
    /// People new to the store.
    public var peopleAdded = 0
    /// Assessments new to the store.
    public var assessmentsAdded = 0
    /// The results whose value changed, with old and new values.
    public var changes: [ResultChange] = []
    /// What the store itself reported: identity keys that belong to someone else, results that
    /// collide once people are linked.
    public var diagnostics: [Diagnostic] = []

    /// Creates a summary.
    public init(
        disposition: Disposition, importID: Int64?, file: String, platform: PlatformID, export: ExportKindID,
        sha256: String?
    ) {
        self.disposition = disposition
        self.importID = importID
        self.file = file
        self.platform = platform
        self.export = export
        self.sha256 = sha256
    }
}
