import GradeStore

/// Writes `result_changes`: for each result an import touched, the value and provenance before,
/// and the value after.
struct PostgresChangeLog {
    let link: PostgresLink

    /// Logs one change of a result's row (`change` or `confirm`).
    func record(
        _ action: String, by importID: Int64, assessment: Int64, person: Int64, old: PostgresStoredResult,
        new: ResultValue?
    ) throws {
        var arguments: [SQLValue] = [.integer(importID), .text(action), .integer(assessment), .integer(person)]
        arguments += old.value.arguments
        arguments += [.integer(old.importID), .text(old.sourceFile), .int(old.sourceLine), .int(old.sourceColumn)]
        arguments += new?.arguments ?? Array(repeating: .text(nil), count: 7)
        try link.execute(
            """
            INSERT INTO result_changes (import_id, action, assessment_id, person_id,
            old_status, old_score_millionths, old_max_score_millionths, old_raw, old_comment, old_late, old_draft,
            old_import_id, old_source_file, old_source_line, old_source_column,
            new_status, new_score_millionths, new_max_score_millionths, new_raw, new_comment, new_late, new_draft)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments)
    }
}
