import GRDB
import GradePortCore

/// One row of the record change log: a field of a school, term, subject, class, person or
/// assessment that an import filled in or revised, or that an undo put back; or a record an undo
/// removed (field `ref`, no new value).
public struct RecordLogEntry: Sendable, Hashable {
    /// The import or undo that made the change.
    public var importID: Int64
    /// The kind of record: `schools`, `terms`, `subjects`, `classes`, `people`, `assessments`.
    public var entity: String
    /// The record's id in the store.
    public var record: String
    /// The field, as the `gradeport/1` model names it (`maxScore`, `familyName`, …).
    public var field: String
    /// The value before, as text; `nil` when the field was empty.
    public var old: String?
    /// The value after, as text; `nil` when the field was emptied or the record removed.
    public var new: String?
    /// The record's name (a person's full name, an assessment's title, a class's or subject's name),
    /// as it is in the store or as it was when an undo removed the record; `nil` when it has none.
    public var name: String? = nil

    /// The pseudo-field under which an undo keeps the name of a record it removes, so the history
    /// names it after it is gone; never listed as a change of its own.
    package static let labelField = "label"

    /// The model's name for a column.
    package static func fieldName(_ column: String) -> String {
        switch column {
        case "max_score_millionths": return "maxScore"
        case "start_date": return "start"
        case "end_date": return "end"
        case "subject_id": return "subject"
        case "class_id": return "class"
        case "term_id": return "term"
        case "school_id": return "school"
        default:
            let parts = column.split(separator: "_")
            return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
        }
    }
}

extension GradeStore {
    /// The record change log of one import or undo: every field it filled in, revised or put back,
    /// and every record it removed.
    ///
    /// - Throws: ``GradeStoreError/Code/unknownImport`` when no entry has this id.
    public func recordLog(ofImport id: Int64) throws -> [RecordLogEntry] {
        _ = try importRecord(id: id)
        return try withDatabase { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT entity, row_id, field, old_value, new_value FROM record_changes
                    WHERE import_id = ? AND field != ? ORDER BY id
                    """,
                arguments: [id, RecordLogEntry.labelField])
            return try rows.map { row in
                let entity: String = row[0]
                let rowID: Int64 = row[1]
                let field: String = row[2]
                return RecordLogEntry(
                    importID: id, entity: entity, record: try Self.ref(of: entity, rowID, db) ?? "#\(rowID)",
                    field: RecordLogEntry.fieldName(field), old: try Self.text(row[3], field, db),
                    new: try Self.text(row[4], field, db), name: try Self.label(of: entity, rowID, db))
            }
        }
    }

    /// The id of a record in the store, or the one it had when an undo removed it.
    private static func ref(of entity: String, _ rowID: Int64, _ db: Database) throws -> String? {
        guard let table = StoredEntity(rawValue: entity), table.hasReference else { return nil }
        if let ref = try String.fetchOne(db, sql: "SELECT ref FROM \(table.table) WHERE id = ?", arguments: [rowID]) {
            return ref
        }
        return try String.fetchOne(
            db,
            sql: "SELECT old_value FROM record_changes WHERE entity = ? AND row_id = ? AND field = 'ref'",
            arguments: [entity, rowID])
    }

    /// The name of a record in the store, or the one it had when an undo removed it.
    private static func label(of entity: String, _ rowID: Int64, _ db: Database) throws -> String? {
        guard let table = StoredEntity(rawValue: entity), table.hasReference else { return nil }
        if let row = try Row.fetchOne(
            db, sql: "SELECT \(table.labelExpression) FROM \(table.table) WHERE id = ?", arguments: [rowID])
        {
            return row[0]
        }
        return try String.fetchOne(
            db, sql: "SELECT old_value FROM record_changes WHERE entity = ? AND row_id = ? AND field = ?",
            arguments: [entity, rowID, RecordLogEntry.labelField])
    }

    /// A logged value as text: decimals from millionths, references as the record's id.
    private static func text(_ value: DatabaseValue, _ column: String, _ db: Database) throws -> String? {
        guard !value.isNull else { return nil }
        if column.hasSuffix("_millionths"), let scaled = Int64.fromDatabaseValue(value) {
            return DecimalNumber(scaledValue: scaled).description
        }
        let references: [String: String] = [
            "subject_id": "subjects", "class_id": "classes", "term_id": "terms", "school_id": "schools",
        ]
        if let table = references[column], let rowID = Int64.fromDatabaseValue(value) {
            return try ref(of: table, rowID, db) ?? "#\(rowID)"
        }
        return String.fromDatabaseValue(value) ?? Int64.fromDatabaseValue(value).map(String.init) ?? "\(value)"
    }
}
