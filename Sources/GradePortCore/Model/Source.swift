/// One input file (or API dump folder) that went into a gradebook.
public struct Source: Sendable, Hashable, Identifiable {
    /// A short id, unique within the gradebook: `s1`, `s2`, … in input order.
    public var id: ID
    /// The path as the user gave it.
    public var file: String
    /// The ``PlatformDescriptor/id`` of the adapter that read it.
    public var platform: PlatformID
    /// The export kind the adapter recognised, e.g. `grades-csv` or `api-dump`.
    public var export: ExportKindID
    /// The SHA-256 of the file's bytes, lower-case hex; `nil` for a folder.
    public var sha256: String?
    /// How many data rows (or API records) the adapter read from it.
    public var rows: Int
    /// The school the user said the input belongs to (`--school`, `--school-from-folder`): its
    /// classes, assessments and name-keyed people carry the school in their ids. `nil` when none was
    /// given (an export that names its school says so in its classes).
    public var school: School.ID?

    /// Creates a source description.
    public init(
        id: ID, file: String, platform: PlatformID, export: ExportKindID, sha256: String? = nil, rows: Int = 0,
        school: School.ID? = nil
    ) {
        self.id = id
        self.school = school
        self.file = file
        self.platform = platform
        self.export = export
        self.sha256 = sha256
        self.rows = rows
    }
}
