import GRDB

/// Writes `result_changes`: for each result an import or undo touched, the value and provenance
/// before, and the value after.
struct ChangeLog {
    /// Why a result's row changed.
    enum Action: String {
        /// An import changed the value.
        case change
        /// An import gave the same value again and became its provenance.
        case confirm
        /// An undo put the value back as it was before the undone import.
        case restore
        /// An undo removed a result that the undone import had added.
        case remove
    }

    let db: Database

    /// Logs one change of a result's row.
    func record(
        _ action: Action, by importID: Int64, assessment: Int64, person: Int64, old: StoredResult,
        new: ResultValue?
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO result_changes (import_id, action, assessment_id, person_id,
                old_status, old_score_millionths, old_max_score_millionths, old_raw, old_comment, old_late, old_draft,
                old_import_id, old_source_file, old_source_line, old_source_column,
                new_status, new_score_millionths, new_max_score_millionths, new_raw, new_comment, new_late, new_draft)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var arguments: [(any DatabaseValueConvertible)?] = [importID, action.rawValue, assessment, person]
        arguments += old.value.arguments
        arguments += [old.importID, old.sourceFile, old.sourceLine, old.sourceColumn]
        arguments += new?.arguments ?? Array(repeating: nil, count: 7)
        try statement.execute(arguments: StatementArguments(arguments))
    }
}
