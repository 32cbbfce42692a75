import GRDB
import GradePortCore

/// One entry of the store's history: an import, or the undo of one.
public struct ImportRecord: Sendable, Hashable, Identifiable {
    /// What an entry records.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An input was imported.
        case `import`
        /// An earlier import was undone.
        case undo
    }

    /// The entry's id: imports and undos are numbered together, in the order they happened.
    public var id: Int64
    /// Import or undo.
    public var kind: Kind
    /// When it happened: ISO 8601 in UTC (`2026-01-12T08:30:05Z`).
    public var at: String
    /// The input's path as it was given (for an undo, the undone import's).
    public var file: String?
    /// The platform that read the input.
    public var platform: PlatformID?
    /// The export kind.
    public var export: ExportKindID?
    /// The content fingerprint.
    public var sha256: String?
    /// Data rows (or API records) the reader read.
    public var rows: Int
    /// Results new to the store.
    public var added: Int
    /// Stored results whose value changed.
    public var changed: Int
    /// Results given again with the same value.
    public var unchanged: Int
    /// Rows and cells rejected.
    public var rejected: Int
    /// For an undo: results removed (they were added by the undone import).
    public var removed: Int
    /// For an undo: results put back to their value before the undone import.
    public var restored: Int
    /// People new to the store.
    public var peopleAdded: Int
    /// Assessments new to the store.
    public var assessmentsAdded: Int
    /// For an undo: the import it undid.
    public var undoes: Int64?
    /// For an undone import: the undo entry.
    public var undoneBy: Int64?

    /// The school of the import's input (the one given with `--school`/`--school-from-folder`, else
    /// the one its export names); `nil` when it named none, for undos, and for imports made before
    /// the store kept schools.
    public var school: String?

    /// Whether the import has been undone.
    public var isUndone: Bool { undoneBy != nil }

    /// The columns read by ``init(row:)``.
    static let columns = """
        id, kind, at, file, platform, export, sha256, rows, added, changed, unchanged, rejected, removed, restored,
        people_added, assessments_added, undoes, undone_by, school
        """

    init(row: Row) {
        id = row[0]
        kind = Kind(rawValue: row[1]) ?? .import
        at = row[2]
        file = row[3]
        platform = row[4]
        export = row[5]
        sha256 = row[6]
        rows = row[7]
        added = row[8]
        changed = row[9]
        unchanged = row[10]
        rejected = row[11]
        removed = row[12]
        restored = row[13]
        peopleAdded = row[14]
        assessmentsAdded = row[15]
        undoes = row[16]
        undoneBy = row[17]
        school = row[18]
    }
}
