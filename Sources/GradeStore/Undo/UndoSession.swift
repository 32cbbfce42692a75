import GRDB

/// Undoes one import inside the caller's transaction, as if it had never happened.
///
/// - Results whose value came from the import are put back to the value and provenance they had
///   before it (from its `result_changes` rows), or removed when it added them. Each is logged
///   under the undo entry (`restore`, `remove`).
/// - Later imports that gave one of its results again with the same value (`confirm` rows naming
///   it as the old provenance) are rewritten to what they would have logged without it: a
///   `change` from the value before it, or an addition.
/// - Fields it filled in or revised take back their earlier value.
/// - Records it introduced and no other import named are removed; those named by another import
///   take the earliest such import as provenance.
///
/// A later import that *changed* one of its results depends on it: the undo is refused.
struct UndoSession {
    let db: Database
    let target: Int64
    let undoID: Int64

    /// `result_changes` rows of the undone import that hold a value from before it.
    private var targetOldRows: String {
        """
        SELECT * FROM result_changes n WHERE n.import_id = \(target) AND n.action IN ('change', 'confirm')
        AND n.old_status IS NOT NULL
        """
    }

    /// The later imports that changed results whose value came from the target, with how many.
    static func dependents(of target: Int64, _ db: Database) throws -> [(importID: Int64, results: Int)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT c.import_id, count(*) FROM result_changes c JOIN imports i ON i.id = c.import_id
                WHERE c.old_import_id = ? AND c.action = 'change' AND i.kind = 'import' AND i.undone_by IS NULL
                GROUP BY c.import_id ORDER BY c.import_id
                """, arguments: [target]
        ).map { (importID: $0[0], results: $0[1]) }
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

    // MARK: - Results

    private static let valueColumns = [
        "status", "score_millionths", "max_score_millionths", "raw", "comment", "late", "draft",
    ]
    private static let provenanceColumns = ["import_id", "source_file", "source_line", "source_column"]

    /// Later `confirm` rows whose old provenance is the target take the target's own old side.
    private func rewriteLaterConfirmations() throws {
        let later = """
            SELECT c.id FROM result_changes c JOIN imports i ON i.id = c.import_id
            WHERE c.old_import_id = \(target) AND c.action = 'confirm' AND i.kind = 'import' AND i.undone_by IS NULL
            """
        let oldColumns = (Self.valueColumns + Self.provenanceColumns).map { "old_" + $0 }
        // The target had changed or confirmed the result: the later row's old side becomes the target's.
        let sameValue = Self.valueColumns.filter { $0 != "raw" }.map { "n.old_\($0) IS c.new_\($0)" }
            .joined(separator: " AND ")
        try db.execute(
            sql: """
                UPDATE result_changes AS c SET \(oldColumns.map { "\($0) = n.\($0)" }.joined(separator: ", ")),
                action = CASE WHEN \(sameValue) THEN 'confirm' ELSE 'change' END
                FROM (\(targetOldRows)) AS n
                WHERE n.assessment_id = c.assessment_id AND n.person_id = c.person_id AND c.id IN (\(later))
                """)
        // The target had added the result: the later import added it.
        try db.execute(
            sql: """
                UPDATE result_changes SET action = 'change', \(oldColumns.map { "\($0) = NULL" }.joined(separator: ", "))
                WHERE id IN (\(later))
                """)
    }

    /// Results whose value came from the target and that existed before it get their old value back.
    private func restoreResults() throws -> Int {
        let current = (Self.valueColumns + Self.provenanceColumns).map { "r.\($0)" }.joined(separator: ", ")
        let previous = Self.valueColumns.map { "n.old_\($0)" }.joined(separator: ", ")
        try db.execute(
            sql: """
                INSERT INTO result_changes (import_id, action, assessment_id, person_id,
                \((Self.valueColumns + Self.provenanceColumns).map { "old_" + $0 }.joined(separator: ", ")),
                \(Self.valueColumns.map { "new_" + $0 }.joined(separator: ", ")))
                SELECT \(undoID), 'restore', r.assessment_id, r.person_id, \(current), \(previous)
                FROM results r JOIN (\(targetOldRows)) AS n ON n.assessment_id = r.assessment_id
                AND n.person_id = r.person_id
                WHERE r.import_id = \(target)
                """)
        let restore = (Self.valueColumns + Self.provenanceColumns).map { "\($0) = n.old_\($0)" }
            .joined(separator: ", ")
        try db.execute(
            sql: """
                UPDATE results SET \(restore) FROM (\(targetOldRows)) AS n
                WHERE n.assessment_id = results.assessment_id AND n.person_id = results.person_id
                AND results.import_id = \(target)
                """)
        return db.changesCount
    }

    /// Results the target added (and no later import gave again) go.
    private func removeResults() throws -> Int {
        let current = (Self.valueColumns + Self.provenanceColumns).map { "r.\($0)" }.joined(separator: ", ")
        try db.execute(
            sql: """
                INSERT INTO result_changes (import_id, action, assessment_id, person_id,
                \((Self.valueColumns + Self.provenanceColumns).map { "old_" + $0 }.joined(separator: ", ")))
                SELECT \(undoID), 'remove', r.assessment_id, r.person_id, \(current)
                FROM results r WHERE r.import_id = \(target)
                """)
        try db.execute(sql: "DELETE FROM results WHERE import_id = \(target)")
        return db.changesCount
    }

    // MARK: - Records

    /// Fields the target filled in or revised take back their value from before it.
    ///
    /// When a later import changed the same field again, the current value stays (it is that
    /// import's) and the later change is rewritten to start from the value before the target, as
    /// if the target had never happened.
    private func revertRecordChanges() throws {
        let changes = try Row.fetchAll(
            db,
            sql: """
                SELECT id, entity, row_id, field, old_value, new_value FROM record_changes WHERE import_id = ?
                ORDER BY id DESC
                """, arguments: [target])
        for change in changes {
            guard let entity = StoredEntity(rawValue: change[1]), entity.valueColumns.contains(change[3] as String)
            else { continue }
            let (id, rowID, field): (Int64, Int64, String) = (change[0], change[2], change[3])
            let (old, new): (DatabaseValue, DatabaseValue) = (change[4], change[5])
            let later = try Int64.fetchOne(
                db,
                sql: """
                    SELECT c.id FROM record_changes c JOIN imports i ON i.id = c.import_id
                    WHERE c.entity = ? AND c.row_id = ? AND c.field = ? AND c.id > ? AND i.kind = 'import'
                    AND i.undone_by IS NULL ORDER BY c.id LIMIT 1
                    """, arguments: [entity.table, rowID, field, id])
            if let later {
                try db.execute(sql: "UPDATE record_changes SET old_value = ? WHERE id = ?", arguments: [old, later])
                continue
            }
            try db.execute(
                sql: "UPDATE \(entity.table) SET \(field) = ? WHERE id = ?", arguments: [old, rowID])
            if db.changesCount > 0 {
                try db.execute(
                    sql: """
                        INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [undoID, entity.table, rowID, field, new, old])
            }
        }
    }

    /// Removes the records the target introduced unless another import named them.
    ///
    /// Those named elsewhere stay and take the earliest import that named them as their
    /// introducer. The target's own mentions of records other imports introduced are dropped.
    private func releaseRecords() throws -> Int {
        try db.execute(sql: "DELETE FROM mentions WHERE import_id = \(target)")
        try db.execute(sql: "DROP TABLE IF EXISTS temp.released")
        try db.execute(
            sql: "CREATE TEMP TABLE released (entity TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (entity, id))")
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.released") }
        for entity in StoredEntity.removalOrder {
            try db.execute(
                sql:
                    "INSERT INTO temp.released SELECT '\(entity.table)', id FROM \(entity.table) WHERE import_id = \(target)"
            )
        }
        var removed = 0
        for entity in StoredEntity.removalOrder {
            let table = entity.table
            let released = "SELECT id FROM temp.released WHERE entity = '\(table)'"
            let named = "EXISTS (SELECT 1 FROM mentions m WHERE m.entity = '\(table)' AND m.row_id = \(table).id)"
            if entity.hasReference {
                try db.execute(
                    sql: """
                        INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                        SELECT \(undoID), '\(table)', id, 'ref', ref, NULL FROM \(table)
                        WHERE id IN (\(released)) AND NOT \(named)
                        """)
                // The name goes with the record; the history keeps it to show instead of the id.
                try db.execute(
                    sql: """
                        INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                        SELECT \(undoID), '\(table)', id, '\(RecordLogEntry.labelField)', \(entity.labelExpression), NULL
                        FROM \(table) WHERE id IN (\(released)) AND NOT \(named)
                        """)
            }
            try db.execute(sql: "DELETE FROM \(table) WHERE id IN (\(released)) AND NOT \(named)")
            removed += db.changesCount
            let provenance = entity.hasReference ? "import_id, source_file, source_line, source_column" : "import_id"
            let earliest = provenance.split(separator: ",").map { "m." + $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: ", ")
            try db.execute(
                sql: """
                    UPDATE \(table) SET (\(provenance)) = (
                        SELECT \(earliest) FROM mentions m WHERE m.entity = '\(table)' AND m.row_id = \(table).id
                        ORDER BY m.import_id LIMIT 1)
                    WHERE id IN (\(released))
                    """)
            // The mention that became the introduction is no longer a mention.
            try db.execute(
                sql: """
                    DELETE FROM mentions WHERE entity = '\(table)' AND row_id IN (\(released))
                    AND import_id = (SELECT t.import_id FROM \(table) t WHERE t.id = mentions.row_id)
                    """)
        }
        // A person whose gradebook id went with the target is known by its earliest remaining one.
        try db.execute(
            sql: """
                UPDATE people SET ref = (
                    SELECT k.value FROM person_keys k WHERE k.person_id = people.id AND k.kind = 'id' ORDER BY k.id LIMIT 1)
                WHERE id IN (SELECT id FROM temp.released WHERE entity = 'people')
                AND NOT EXISTS (SELECT 1 FROM person_keys k WHERE k.person_id = people.id AND k.kind = 'id'
                    AND k.value = people.ref)
                """)
        return removed
    }
}
