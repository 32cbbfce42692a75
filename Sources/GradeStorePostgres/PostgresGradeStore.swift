import Foundation
import GradeStore
import PostgresNIO

/// A GradePort store on a PostgreSQL server: the district's shared store, which many people import
/// into at once.
///
/// It does what the embedded SQLite ``GradeStore`` does, with the same schema meaning and the same
/// results for the same imports (see ``GradebookStore``). Each import and undo is one transaction
/// that holds the store's writers' lock (an advisory lock): writers take turns as they do on one
/// SQLite file, two imports of the same file at once give one import, and a process killed or a
/// connection lost part-way leaves nothing behind (the server rolls the transaction back).
/// Reads see one consistent snapshot (`REPEATABLE READ`).
///
/// ```swift
/// let store = try PostgresGradeStore(url: PostgresStoreURL("postgres://teacher@db.school.kz/gradeport"))
/// let summary = try store.importGradebook(book, fingerprint: nil, dryRun: false)
/// ```
public final class PostgresGradeStore: GradebookStore, @unchecked Sendable {
    /// The server, user and database.
    public let url: PostgresStoreURL
    let link: PostgresLink
    /// One operation at a time on the connection (the store is `Sendable`; its connection is one).
    private let lock = NSLock()

    /// The URL without its password.
    public var displayName: String { url.redacted }

    /// Connects to the server, checks that the database is a GradePort store of a schema this
    /// version knows, and creates or migrates it as `options` allow.
    ///
    /// - Parameters:
    ///   - url: The server, user and database.
    ///   - environment: Where `PGPASSWORD`, `PGPASSFILE` and `HOME` are looked up when the URL has no
    ///     password.
    ///   - options: ``GradeStore/OpenOptions``: ``GradeStore/OpenOptions/create`` makes the schema
    ///     in an empty database, ``GradeStore/OpenOptions/migrate`` upgrades an older one.
    /// - Throws: ``GradeStoreError``: ``GradeStoreError/Code/unreachable``,
    ///   ``GradeStoreError/Code/authentication``, ``GradeStoreError/Code/notAStore`` (another
    ///   program's database), ``GradeStoreError/Code/newerSchema``, ``GradeStoreError/Code/olderSchema``,
    ///   ``GradeStoreError/Code/missingStore``.
    public init(
        url: PostgresStoreURL, environment: [String: String] = ProcessInfo.processInfo.environment,
        options: GradeStore.OpenOptions = [.create, .migrate]
    ) throws {
        self.url = url
        link = try PostgresLink.connect(to: url, password: PostgresPassword.find(for: url, environment: environment))
        do {
            try prepare(options)
        } catch {
            try? link.close()
            throw error
        }
    }

    /// Closes the connection.
    public func close() throws {
        try link.close()
    }

    /// Runs `body` alone on the connection.
    func serialized<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` in a write transaction that holds the writers' lock; a serialization failure
    /// or deadlock the server reports is tried again (up to 5 times, waiting a little longer each time).
    func writing<T>(_ body: (_ rollback: inout Bool) throws -> T) throws -> T {
        try serialized {
            var attempt = 0
            while true {
                do {
                    return try link.transaction { rollback in
                        try link.execute("SELECT pg_advisory_xact_lock(?)", [.integer(PostgresSchema.writerLock)])
                        return try body(&rollback)
                    }
                } catch  where PostgresFailure.isRetryable(error) && attempt < 5 {
                    attempt += 1
                    Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
                }
            }
        }
    }

    /// Runs `body` in a read-only transaction that sees one snapshot.
    func reading<T>(_ body: () throws -> T) throws -> T {
        try serialized { try link.transaction(readOnly: true) { _ in try body() } }
    }

    // MARK: - Schema

    /// Checks the database and brings its schema up to date.
    private func prepare(_ options: GradeStore.OpenOptions) throws {
        let applied = try appliedVersion()
        if applied == nil {
            let tables =
                try link.first(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")?.int64(0)
                ?? 0
            if tables > 0 {
                throw GradeStoreError(
                    .notAStore,
                    "the database \(url.database) at \(displayName) holds another program's tables, not a GradePort "
                        + "store; name an empty database (createdb) in --store")
            }
            guard options.contains(.create), !options.contains(.readOnly) else {
                throw GradeStoreError(
                    .missingStore,
                    "the database \(url.database) at \(displayName) is empty, not a GradePort store yet "
                        + "(`gradeport import FILE… --store \(displayName)` creates one)")
            }
        }
        let version = applied ?? 0
        if version > PostgresSchema.currentVersion {
            throw GradeStoreError(
                .newerSchema,
                "\(displayName) was written by a newer version of GradePort (its schema is version \(version), this "
                    + "program knows up to \(PostgresSchema.currentVersion)); update gradeport to use it")
        }
        guard version < PostgresSchema.currentVersion else { return }
        guard options.contains(.migrate), !options.contains(.readOnly) else {
            throw GradeStoreError(
                .olderSchema, "\(displayName) has an older schema; run a command without --dry-run once to upgrade it")
        }
        try migrate()
    }

    /// The newest applied migration; `nil` when the database has no GradePort schema.
    private func appliedVersion() throws -> Int? {
        let marked = try link.first(
            """
            SELECT count(*) FROM pg_tables WHERE tablename = 'gradeport_migrations' AND schemaname = current_schema()
            """)?.int64(0)
        guard marked == 1 else { return nil }
        return try link.first("SELECT coalesce(max(version), 0)::bigint FROM gradeport_migrations")?.int(0) ?? 0
    }

    /// Applies the missing migrations in one transaction, under the writers' lock: several
    /// processes opening a new store at once create it once.
    private func migrate() throws {
        try link.transaction { _ in
            try link.execute("SELECT pg_advisory_xact_lock(?)", [.integer(PostgresSchema.writerLock)])
            if try appliedVersion() == nil {
                try link.execute(PostgresSchema.versionsTable)
            }
            let version = try appliedVersion() ?? 0
            for migration in PostgresSchema.migrations where migration.version > version {
                for statement in migration.sql.split(separator: ";")
                where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    try link.execute(String(statement))
                }
                try link.execute(
                    "INSERT INTO gradeport_migrations (version, name) VALUES (?, ?)",
                    [.int(migration.version), .text(migration.name)])
            }
        }
    }

    /// The version of the store's schema (for tests and `gradeport history --json`).
    public func schemaVersion() throws -> Int {
        try serialized { try appliedVersion() ?? 0 }
    }
}
