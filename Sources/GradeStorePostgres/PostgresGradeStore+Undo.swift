import GradeStore

extension PostgresGradeStore {
    /// Undoes an import in one transaction, as ``GradeStore/undo(importID:)`` does: refused while
    /// later imports changed results whose value came from it. The transaction holds the writers'
    /// lock, so an import and an undo never interleave.
    @discardableResult
    public func undo(importID: Int64) throws -> UndoSummary {
        try writing { _ in
            guard
                let row = try link.first(
                    "SELECT kind, undone_by, file, platform, export FROM imports WHERE id = ?", [.integer(importID)])
            else { throw unknownImport(importID) }
            guard row.text(0) == ImportRecord.Kind.import.rawValue else {
                throw GradeStoreError(.notAnImport, "entry \(importID) is an undo, not an import; it cannot be undone")
            }
            if let undoneBy = row.int64(1) {
                throw GradeStoreError(
                    .alreadyUndone, "import \(importID) was already undone (entry \(undoneBy))", imports: [undoneBy])
            }
            let dependents = try PostgresUndoSession.dependents(of: importID, link)
            if !dependents.isEmpty {
                let list = dependents.map { "import \($0.importID) (\($0.results) result(s))" }.joined(separator: ", ")
                let ids = dependents.map { String($0.importID) }.joined(separator: ", ")
                throw GradeStoreError(
                    .laterImportsDepend,
                    "cannot undo import \(importID): later imports changed results whose value came from it: "
                        + "\(list); undo \(dependents.count == 1 ? "that import" : "those imports") first "
                        + "(gradeport undo \(ids))",
                    imports: dependents.map(\.importID))
            }
            let undoID = try nextEntryID()
            try link.execute(
                "INSERT INTO imports (id, kind, at, file, platform, export, undoes) VALUES (?, 'undo', ?, ?, ?, ?, ?)",
                [
                    .integer(undoID), .text(Timestamp.now()), .text(row.text(2)), .text(row.text(3)),
                    .text(row.text(4)), .integer(importID),
                ])
            let done = try PostgresUndoSession(link: link, target: importID, undoID: undoID).run()
            try link.execute(
                "UPDATE imports SET removed = ?, restored = ? WHERE id = ?",
                [.int(done.removed), .int(done.restored), .integer(undoID)])
            try link.execute("UPDATE imports SET undone_by = ? WHERE id = ?", [.integer(undoID), .integer(importID)])
            return UndoSummary(
                undoID: undoID, undoneImport: importID, removed: done.removed, restored: done.restored,
                recordsRemoved: done.recordsRemoved)
        }
    }
}
