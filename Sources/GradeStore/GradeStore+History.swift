import GRDB
import GradePortCore

extension GradeStore {
    /// Every import and undo, oldest first.
    public func history() throws -> [ImportRecord] {
        try withDatabase { db in
            try Row.fetchAll(db, sql: "SELECT \(ImportRecord.columns) FROM imports ORDER BY id").map(ImportRecord.init)
        }
    }

    /// One entry of the history.
    ///
    /// - Throws: ``GradeStoreError/Code/unknownImport`` when no entry has this id.
    public func importRecord(id: Int64) throws -> ImportRecord {
        let row = try withDatabase { db in
            try Row.fetchOne(db, sql: "SELECT \(ImportRecord.columns) FROM imports WHERE id = ?", arguments: [id])
        }
        guard let row else { throw unknownImport(id) }
        return ImportRecord(row: row)
    }

    /// The errors and warnings kept with an import: what its reader rejected or flagged, and what the
    /// store reported (identity conflicts, collisions).
    public func diagnostics(ofImport id: Int64) throws -> [Diagnostic] {
        _ = try importRecord(id: id)
        return try withDatabase { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT severity, code, message, file, line, column_number FROM import_diagnostics
                    WHERE import_id = ? ORDER BY id
                    """, arguments: [id]
            ).map { row in
                Diagnostic(
                    severity: Diagnostic.Severity(rawValue: row[0]) ?? .error, code: DiagnosticCode(rawValue: row[1]),
                    message: row[2], source: "import-\(id)", file: row[3], line: row[4], column: row[5])
            }
        }
    }

    func unknownImport(_ id: Int64) -> GradeStoreError {
        GradeStoreError(.unknownImport, "no import \(id) in \(path ?? "the store") (`gradeport history` lists them)")
    }
}

extension GradeStore {
    /// The import (not undone) whose content has this fingerprint, if any: lets a caller skip
    /// reading a file the store already has.
    public func importRecord(fingerprint: String) throws -> ImportRecord? {
        try withDatabase { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(ImportRecord.columns) FROM imports
                    WHERE sha256 = ? AND kind = 'import' AND undone_by IS NULL ORDER BY id LIMIT 1
                    """, arguments: [fingerprint]
            ).map(ImportRecord.init)
        }
    }
}
