import GRDB

extension GradeStore {
    /// Undoes an import, in one transaction.
    ///
    /// The store returns to its state before that import, as if it had never happened. The undo is
    /// itself an entry of the history.
    ///
    /// Values the import changed come back, results it added go (unless a later import gave them
    /// again), fields it filled in are emptied, and people, assessments and other records it
    /// introduced go when no other import names them. Everything is logged under the undo entry.
    ///
    /// - Parameter importID: The import's id (see ``history()``).
    /// - Returns: What was undone.
    /// - Throws: ``GradeStoreError`` with ``GradeStoreError/Code/unknownImport``,
    ///   ``GradeStoreError/Code/notAnImport`` (an undo entry), ``GradeStoreError/Code/alreadyUndone``,
    ///   or ``GradeStoreError/Code/laterImportsDepend`` when a later import changed results whose value
    ///   came from this one (undo the later ones first; ``GradeStoreError/imports`` lists them).
    @discardableResult
    public func undo(importID: Int64) throws -> UndoSummary {
        try withDatabase { db in
            var summary: UndoSummary?
            try db.inTransaction(.immediate) {
                guard
                    let row = try Row.fetchOne(
                        db, sql: "SELECT kind, undone_by, file, platform, export FROM imports WHERE id = ?",
                        arguments: [importID])
                else { throw unknownImport(importID) }
                guard row[0] as String == ImportRecord.Kind.import.rawValue else {
                    throw GradeStoreError(
                        .notAnImport, "entry \(importID) is an undo, not an import; it cannot be undone")
                }
                if let undoneBy = row[1] as Int64? {
                    throw GradeStoreError(
                        .alreadyUndone, "import \(importID) was already undone (entry \(undoneBy))", imports: [undoneBy]
                    )
                }
                let dependents = try UndoSession.dependents(of: importID, db)
                if !dependents.isEmpty {
                    let list = dependents.map { "import \($0.importID) (\($0.results) result(s))" }
                        .joined(separator: ", ")
                    let ids = dependents.map { String($0.importID) }.joined(separator: ", ")
                    throw GradeStoreError(
                        .laterImportsDepend,
                        "cannot undo import \(importID): later imports changed results whose value came from it: "
                            + "\(list); undo \(dependents.count == 1 ? "that import" : "those imports") first "
                            + "(gradeport undo \(ids))",
                        imports: dependents.map(\.importID))
                }
                try db.execute(
                    sql:
                        "INSERT INTO imports (kind, at, file, platform, export, undoes) VALUES ('undo', ?, ?, ?, ?, ?)",
                    arguments: [Timestamp.now(), row[2] as String?, row[3] as String?, row[4] as String?, importID])
                let undoID = db.lastInsertedRowID
                let done = try UndoSession(db: db, target: importID, undoID: undoID).run()
                try db.execute(
                    sql: "UPDATE imports SET removed = ?, restored = ? WHERE id = ?",
                    arguments: [done.removed, done.restored, undoID])
                try db.execute(sql: "UPDATE imports SET undone_by = ? WHERE id = ?", arguments: [undoID, importID])
                summary = UndoSummary(
                    undoID: undoID, undoneImport: importID, removed: done.removed, restored: done.restored,
                    recordsRemoved: done.recordsRemoved)
                return .commit
            }
            return summary!
        }
    }
}
