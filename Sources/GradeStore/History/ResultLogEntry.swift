import GRDB
import GradePortCore

/// One row of the change log: what an import or undo did to one stored result.
public struct ResultLogEntry: Sendable, Hashable {
    /// Why the result's row changed.
    public enum Action: String, Sendable, Hashable, Codable {
        /// An import changed the value.
        case change
        /// An import gave the same value again and became its provenance.
        case confirm
        /// An undo put back the value from before the undone import.
        case restore
        /// An undo removed a result the undone import had added.
        case remove
    }

    /// The import or undo that made the change.
    public var importID: Int64
    /// What happened.
    public var action: Action
    /// The student's id in the store.
    public var person: String
    /// The assessment's id in the store.
    public var assessment: String
    /// The student's name (as it was when an undo removed the student, once removed).
    public var personName: String?
    /// The assessment's title (as it was when an undo removed the assessment, once removed).
    public var assessmentTitle: String?
    /// The value before; `nil` when the result did not exist before (an import later rewritten as
    /// having added it, because the import it had confirmed was undone).
    public var old: ResultValue?
    /// The import the old value came from.
    public var oldImport: Int64?
    /// The value after; `nil` for a removal.
    public var new: ResultValue?

    /// The columns read by ``init(row:)``, from `result_changes c` joined to people and assessments.
    static let columns = """
        c.import_id, c.action,
        coalesce(p.ref, (SELECT old_value FROM record_changes WHERE entity = 'people' AND row_id = c.person_id
            AND field = 'ref')),
        coalesce(a.ref, (SELECT old_value FROM record_changes WHERE entity = 'assessments' AND row_id = c.assessment_id
            AND field = 'ref')),
        c.old_status, c.old_score_millionths, c.old_max_score_millionths,
        c.old_raw, c.old_comment, c.old_late, c.old_draft, c.old_import_id, c.new_status, c.new_score_millionths,
        c.new_max_score_millionths, c.new_raw, c.new_comment, c.new_late, c.new_draft, c.person_id, c.assessment_id,
        p.family_name, p.given_name, p.patronymic, a.title,
        (SELECT old_value FROM record_changes WHERE entity = 'people' AND row_id = c.person_id
            AND field = '\(RecordLogEntry.labelField)'),
        (SELECT old_value FROM record_changes WHERE entity = 'assessments' AND row_id = c.assessment_id
            AND field = '\(RecordLogEntry.labelField)')
        """

    init(row: Row) {
        importID = row[0]
        action = Action(rawValue: row[1]) ?? .change
        person = row[2] ?? "#\(row[19] as Int64)"
        assessment = row[3] ?? "#\(row[20] as Int64)"
        old = Self.value(row, from: 4)
        oldImport = row[11]
        new = Self.value(row, from: 12)
        let name = [row[21], row[22], row[23]].compactMap { $0 as String? }.filter { !$0.isEmpty }
        // A student or assessment an undo removed is named as it was when removed.
        personName = name.isEmpty ? row[25] : name.joined(separator: " ")
        assessmentTitle = row[24] ?? row[26]
    }

    private static func value(_ row: Row, from index: Int) -> ResultValue? {
        guard let status = (row[index] as String?).flatMap(ResultStatus.init(rawValue:)) else { return nil }
        return ResultValue(
            status: status, score: DecimalNumber(stored: row[index + 1]),
            maxScore: DecimalNumber(stored: row[index + 2]),
            raw: row[index + 3], comment: row[index + 4], late: Bool(stored: row[index + 5]),
            draft: Bool(stored: row[index + 6]))
    }
}

extension GradeStore {
    /// The change log of one import or undo.
    ///
    /// Every stored result it changed, confirmed, restored or removed, with the values before and
    /// after. Results an import added are not in the log (their provenance names the import).
    ///
    /// - Throws: ``GradeStoreError/Code/unknownImport`` when no entry has this id.
    public func resultLog(ofImport id: Int64) throws -> [ResultLogEntry] {
        _ = try importRecord(id: id)
        return try withDatabase { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ResultLogEntry.columns) FROM result_changes c
                    LEFT JOIN people p ON p.id = c.person_id LEFT JOIN assessments a ON a.id = c.assessment_id
                    WHERE c.import_id = ? ORDER BY c.id
                    """, arguments: [id]
            ).map(ResultLogEntry.init)
        }
    }
}
