import GradeStore

/// Undoes one import inside the caller's transaction, as if it had never happened: the SQLite
/// store's undo (`docs/store.md`, "Undo") in PostgreSQL's SQL.
///
/// Results the import changed get their old value and provenance back, results it added go, later
/// confirmations of its values are rewritten, fields it filled in or revised are put back, and
/// records it introduced go unless another import named them.
struct PostgresUndoSession {
    let link: PostgresLink
    let target: Int64
    let undoID: Int64

    private var targetOldRows: String {
        """
        SELECT * FROM result_changes n WHERE n.import_id = \(target) AND n.action IN ('change', 'confirm')
        AND n.old_status IS NOT NULL
        """
    }

    /// The later imports that changed results whose value came from the target, with how many.
    static func dependents(of target: Int64, _ link: PostgresLink) throws -> [(importID: Int64, results: Int)] {
        try link.rows(
            """
            SELECT c.import_id, count(*) FROM result_changes c JOIN imports i ON i.id = c.import_id
            WHERE c.old_import_id = ? AND c.action = 'change' AND i.kind = 'import' AND i.undone_by IS NULL
            GROUP BY c.import_id ORDER BY c.import_id
            """, [.integer(target)]
        ).map { (importID: $0.int64(0)!, results: $0.int(1)!) }
    }

    /// Undoes the import; returns (results removed, results restored, records removed).
    func run() throws -> (removed: Int, restored: Int, recordsRemoved: Int) {
        try rewriteLaterConfirmations()
        let restored = try restoreResults()
        let removed = try removeResults()
        try revertRecordChanges()
        let recordsRemoved = try releaseRecords()
        return (removed, restored, recordsRemoved)
    }

    private static let valueColumns = [
        "status", "score_millionths", "max_score_millionths", "raw", "comment", "late", "draft",
    ]
    private static let provenanceColumns = ["import_id", "source_file", "source_line", "source_column"]

    private func rewriteLaterConfirmations() throws {
        let later = """
            SELECT c.id FROM result_changes c JOIN imports i ON i.id = c.import_id
            WHERE c.old_import_id = \(target) AND c.action = 'confirm' AND i.kind = 'import' AND i.undone_by IS NULL
            """
        let oldColumns = (Self.valueColumns + Self.provenanceColumns).map { "old_" + $0 }
        let sameValue = Self.valueColumns.filter { $0 != "raw" }
            .map { "n.old_\($0) IS NOT DISTINCT FROM c.new_\($0)" }.joined(separator: " AND ")
        try link.execute(
            """
            UPDATE result_changes AS c SET \(oldColumns.map { "\($0) = n.\($0)" }.joined(separator: ", ")),
            action = CASE WHEN \(sameValue) THEN 'confirm' ELSE 'change' END
            FROM (\(targetOldRows)) AS n
            WHERE n.assessment_id = c.assessment_id AND n.person_id = c.person_id AND c.id IN (\(later))
            """)
        try link.execute(
            """
            UPDATE result_changes SET action = 'change', \(oldColumns.map { "\($0) = NULL" }.joined(separator: ", "))
            WHERE id IN (\(later))
            """)
    }

    private func restoreResults() throws -> Int {
        let current = (Self.valueColumns + Self.provenanceColumns).map { "r.\($0)" }.joined(separator: ", ")
        let previous = Self.valueColumns.map { "n.old_\($0)" }.joined(separator: ", ")
        try link.execute(
            """
            INSERT INTO result_changes (import_id, action, assessment_id, person_id,
            \((Self.valueColumns + Self.provenanceColumns).map { "old_" + $0 }.joined(separator: ", ")),
            \(Self.valueColumns.map { "new_" + $0 }.joined(separator: ", ")))
            SELECT \(undoID), 'restore', r.assessment_id, r.person_id, \(current), \(previous)
            FROM results r JOIN (\(targetOldRows)) AS n ON n.assessment_id = r.assessment_id
            AND n.person_id = r.person_id
            WHERE r.import_id = \(target)
            ORDER BY r.assessment_id, r.person_id
            """)
        let restore = (Self.valueColumns + Self.provenanceColumns).map { "\($0) = n.old_\($0)" }
            .joined(separator: ", ")
        return try link.execute(
            """
            UPDATE results SET \(restore) FROM (\(targetOldRows)) AS n
            WHERE n.assessment_id = results.assessment_id AND n.person_id = results.person_id
            AND results.import_id = \(target)
            """)
    }

    private func removeResults() throws -> Int {
        let current = (Self.valueColumns + Self.provenanceColumns).map { "r.\($0)" }.joined(separator: ", ")
        try link.execute(
            """
            INSERT INTO result_changes (import_id, action, assessment_id, person_id,
            \((Self.valueColumns + Self.provenanceColumns).map { "old_" + $0 }.joined(separator: ", ")))
            SELECT \(undoID), 'remove', r.assessment_id, r.person_id, \(current)
            FROM results r WHERE r.import_id = \(target)
            ORDER BY r.assessment_id, r.person_id
            """)
        return try link.execute("DELETE FROM results WHERE import_id = \(target)")
    }

    private func revertRecordChanges() throws {
        let changes = try link.rows(
            """
            SELECT id, entity, row_id, field, old_value, new_value FROM record_changes WHERE import_id = ?
            ORDER BY id DESC
            """, [.integer(target)])
        for change in changes {
            guard let entity = change.text(1).flatMap(StoredEntity.init(rawValue:)), let field = change.text(3),
                entity.valueColumns.contains(field)
            else { continue }
            let (id, rowID) = (change.int64(0)!, change.int64(2)!)
            let (old, new) = (change.text(4), change.text(5))
            let later = try link.first(
                """
                SELECT c.id FROM record_changes c JOIN imports i ON i.id = c.import_id
                WHERE c.entity = ? AND c.row_id = ? AND c.field = ? AND c.id > ? AND i.kind = 'import'
                AND i.undone_by IS NULL ORDER BY c.id LIMIT 1
                """, [.text(entity.table), .integer(rowID), .text(field), .integer(id)])?.int64(0)
            if let later {
                try link.execute("UPDATE record_changes SET old_value = ? WHERE id = ?", [.text(old), .integer(later)])
                continue
            }
            let changed = try link.execute(
                "UPDATE \(entity.table) SET \(field) = CAST(? AS \(PostgresSchema.columnType(field))) WHERE id = ?",
                [.text(old), .integer(rowID)])
            if changed > 0 {
                try link.execute(
                    """
                    INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, [.integer(undoID), .text(entity.table), .integer(rowID), .text(field), .text(new), .text(old)])
            }
        }
    }

    private func releaseRecords() throws -> Int {
        try link.execute("DELETE FROM mentions WHERE import_id = \(target)")
        try link.execute("DROP TABLE IF EXISTS pg_temp.released")
        try link.execute(
            "CREATE TEMP TABLE released (entity text NOT NULL, id bigint NOT NULL, PRIMARY KEY (entity, id)) "
                + "ON COMMIT DROP")
        for entity in StoredEntity.removalOrder {
            try link.execute(
                "INSERT INTO pg_temp.released SELECT '\(entity.table)', id FROM \(entity.table) WHERE import_id = \(target)"
            )
        }
        var removed = 0
        for entity in StoredEntity.removalOrder {
            let table = entity.table
            let released = "SELECT id FROM pg_temp.released WHERE entity = '\(table)'"
            let named = "EXISTS (SELECT 1 FROM mentions m WHERE m.entity = '\(table)' AND m.row_id = \(table).id)"
            if entity.hasReference {
                try link.execute(
                    """
                    INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                    SELECT \(undoID), '\(table)', id, 'ref', ref, NULL FROM \(table)
                    WHERE id IN (\(released)) AND NOT \(named) ORDER BY id
                    """)
                try link.execute(
                    """
                    INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                    SELECT \(undoID), '\(table)', id, '\(RecordLogEntry.labelField)', \(entity.labelExpression), NULL
                    FROM \(table) WHERE id IN (\(released)) AND NOT \(named) ORDER BY id
                    """)
            }
            removed += try link.execute("DELETE FROM \(table) WHERE id IN (\(released)) AND NOT \(named)")
            let provenance = entity.hasReference ? "import_id, source_file, source_line, source_column" : "import_id"
            let earliest = provenance.split(separator: ",").map { "m." + $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: ", ")
            try link.execute(
                """
                UPDATE \(table) SET (\(provenance)) = (
                    SELECT \(earliest) FROM mentions m WHERE m.entity = '\(table)' AND m.row_id = \(table).id
                    ORDER BY m.import_id LIMIT 1)
                WHERE id IN (\(released))
                """)
            try link.execute(
                """
                DELETE FROM mentions WHERE entity = '\(table)' AND row_id IN (\(released))
                AND import_id = (SELECT t.import_id FROM \(table) t WHERE t.id = mentions.row_id)
                """)
        }
        try link.execute(
            """
            UPDATE people SET ref = (
                SELECT k.value FROM person_keys k WHERE k.person_id = people.id AND k.kind = 'id' ORDER BY k.id LIMIT 1)
            WHERE id IN (SELECT id FROM pg_temp.released WHERE entity = 'people')
            AND NOT EXISTS (SELECT 1 FROM person_keys k WHERE k.person_id = people.id AND k.kind = 'id'
                AND k.value = people.ref)
            """)
        return removed
    }
}
