import GRDB
import GradePortCore

extension GradeStore {
    /// Imports the gradebook read from one input, as one transaction: all of its accepted records
    /// and results, or nothing.
    ///
    /// - An input whose content fingerprint matches an import in the store (and not undone) is not
    ///   imported again: the summary's disposition is ``ImportSummary/Disposition/alreadyImported(_:)``.
    /// - Records and results are matched by natural key (see ``ImportSummary``): a result already
    ///   stored with the same value is counted as unchanged, a different value replaces it and the
    ///   old value is logged.
    /// - The gradebook's error diagnostics (rows and cells its reader rejected) are counted as
    ///   rejected and kept with the import, with its warnings.
    ///
    /// - Parameters:
    ///   - book: A gradebook with exactly one source, as `PlatformRegistry.readGradebook(from:)`
    ///     returns for one path.
    ///   - fingerprint: The content's SHA-256 when the source has none (a folder input; see
    ///     ``ContentFingerprint``); defaults to the source's `sha256`.
    ///   - dryRun: Work everything out inside a transaction that is rolled back: the summary says what
    ///     would be added, changed and rejected, and the store file is not written.
    /// - Returns: What the import did.
    /// - Throws: ``GradeStoreError`` (``GradeStoreError/Code/notOneSource``, or
    ///   ``GradeStoreError/Code/database`` when SQLite fails; the store is then as before).
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
        var summary = ImportSummary(
            disposition: dryRun ? .dryRun : .imported, importID: nil, file: source.file, platform: source.platform,
            export: source.export, sha256: sha256)
        try withDatabase { db in
            // Without spilling, a dry run's pages stay in memory until the rollback: nothing reaches the file.
            if dryRun { try db.execute(sql: "PRAGMA cache_spill = OFF") }
            defer { if dryRun { try? db.execute(sql: "PRAGMA cache_spill = ON") } }
            try db.inTransaction(.immediate) {
                let keep = try Self.write(book, sha256: sha256, into: &summary, db)
                return keep && !dryRun ? .commit : .rollback
            }
        }
        if dryRun { summary.importID = nil }
        return summary
    }

    /// Writes one import inside the caller's transaction (or savepoint); returns false when the store
    /// already has an import with this fingerprint (the summary says which; nothing was written).
    static func write(
        _ book: Gradebook, sha256: String?, into summary: inout ImportSummary, _ db: Database
    ) throws
        -> Bool
    {
        guard let source = book.sources.first else { return false }
        if let sha256,
            let existing = try Int64.fetchOne(
                db,
                sql: """
                    SELECT id FROM imports WHERE sha256 = ? AND kind = 'import' AND undone_by IS NULL
                    ORDER BY id LIMIT 1
                    """, arguments: [sha256])
        {
            summary.disposition = .alreadyImported(existing)
            return false
        }
        try db.execute(
            sql: """
                INSERT INTO imports (kind, at, file, platform, export, sha256, rows, school)
                VALUES ('import', ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                Timestamp.now(), source.file, source.platform, source.export, sha256, source.rows,
                Self.schoolName(of: book),
            ])
        let importID = db.lastInsertedRowID
        var session = ImportSession(db: db, book: book, importID: importID, summary: summary)
        try session.run()
        summary = session.summary
        summary.rejected += book.diagnostics.count { $0.severity == .error }
        try Self.keep(book.diagnostics + summary.diagnostics, of: importID, db)
        try db.execute(
            sql: """
                UPDATE imports SET added = ?, changed = ?, unchanged = ?, rejected = ?, people_added = ?,
                assessments_added = ? WHERE id = ?
                """,
            arguments: [
                summary.added, summary.changed, summary.unchanged, summary.rejected, summary.peopleAdded,
                summary.assessmentsAdded, importID,
            ])
        summary.importID = importID
        return true
    }

    /// Keeps an import's errors and warnings (notes are not kept).
    /// The school an import belongs to, as `history` shows it: the school the user gave the input
    /// (its name, or its BIN), else the one school its classes name; `nil` when there is none or
    /// several.
    package static func schoolName(of book: Gradebook) -> String? {
        func display(_ id: School.ID) -> String? {
            guard let school = book.schools.first(where: { $0.id == id }) else { return nil }
            return school.name ?? school.bin ?? id.rawValue
        }
        if let given = book.sources.first?.school { return display(given) ?? given.rawValue }
        let named = Set(book.classes.compactMap(\.school))
        guard named.count == 1, let only = named.first else { return nil }
        return display(only)
    }

    private static func keep(_ diagnostics: [Diagnostic], of importID: Int64, _ db: Database) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO import_diagnostics (import_id, severity, code, message, file, line, column_number)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for diagnostic in diagnostics where diagnostic.severity != .info {
            try insert.execute(arguments: [
                importID, diagnostic.severity.rawValue, diagnostic.code.rawValue, diagnostic.message, diagnostic.file,
                diagnostic.line, diagnostic.column,
            ])
        }
    }
}
