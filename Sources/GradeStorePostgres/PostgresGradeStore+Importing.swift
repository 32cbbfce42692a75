import GradePortCore
import GradeStore

extension PostgresGradeStore {
    /// Imports the gradebook read from one input as one transaction, as
    /// ``GradeStore/importGradebook(_:fingerprint:dryRun:)`` does.
    ///
    /// The transaction holds the store's writers' lock from its start: a second process importing
    /// the same file at the same moment waits, then finds it imported
    /// (``ImportSummary/Disposition/alreadyImported(_:)``). A dry run is rolled back.
    public func importGradebook(
        _ book: Gradebook, fingerprint: String? = nil, dryRun: Bool = false
    ) throws
        -> ImportSummary
    {
        guard book.sources.count == 1, let source = book.sources.first else {
            throw GradeStoreError(
                .notOneSource, "an import is one input; this gradebook has \(book.sources.count) sources")
        }
        let sha256 = fingerprint ?? source.sha256
        let start = ImportSummary(
            disposition: dryRun ? .dryRun : .imported, importID: nil, file: source.file, platform: source.platform,
            export: source.export, sha256: sha256)
        return try writing { rollback in
            var summary = start
            if let sha256,
                let existing = try link.first(
                    """
                    SELECT id FROM imports WHERE sha256 = ? AND kind = 'import' AND undone_by IS NULL
                    ORDER BY id LIMIT 1
                    """, [.text(sha256)])?.int64(0)
            {
                summary.disposition = .alreadyImported(existing)
                rollback = true
                return summary
            }
            let importID = try nextEntryID()
            try link.execute(
                """
                INSERT INTO imports (id, kind, at, file, platform, export, sha256, rows, school)
                VALUES (?, 'import', ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(importID), .text(Timestamp.now()), .text(source.file), .text(source.platform.rawValue),
                    .text(source.export.rawValue), .text(sha256), .int(source.rows),
                    .text(GradeStore.schoolName(of: book)),
                ])
            var session = PostgresImportSession(link: link, book: book, importID: importID, summary: summary)
            try session.run()
            summary = session.summary
            summary.rejected += book.diagnostics.count { $0.severity == .error }
            for diagnostic in book.diagnostics + summary.diagnostics where diagnostic.severity != .info {
                try link.execute(
                    """
                    INSERT INTO import_diagnostics (import_id, severity, code, message, file, line, column_number)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        .integer(importID), .text(diagnostic.severity.rawValue), .text(diagnostic.code.rawValue),
                        .text(diagnostic.message), .text(diagnostic.file), .int(diagnostic.line),
                        .int(diagnostic.column),
                    ])
            }
            try link.execute(
                """
                UPDATE imports SET added = ?, changed = ?, unchanged = ?, rejected = ?, people_added = ?,
                assessments_added = ? WHERE id = ?
                """,
                [
                    .int(summary.added), .int(summary.changed), .int(summary.unchanged), .int(summary.rejected),
                    .int(summary.peopleAdded), .int(summary.assessmentsAdded), .integer(importID),
                ])
            if dryRun {
                rollback = true
                return summary
            }
            summary.importID = importID
            return summary
        }
    }

    /// The id of the next history entry: one more than the last, as in the SQLite store (taken
    /// under the writers' lock, so no two writers take the same).
    func nextEntryID() throws -> Int64 {
        try link.first("SELECT coalesce(max(id), 0) + 1 FROM imports")?.int64(0) ?? 1
    }
}
