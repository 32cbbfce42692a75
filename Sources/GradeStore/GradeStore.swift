import Foundation
import GRDB

/// An embedded store of gradebooks: every import kept with its provenance, a history of imports,
/// and undo.
///
/// A store is one SQLite file (by default `gradeport.sqlite` in the working folder) written through
/// GRDB in WAL mode. Each import is one transaction: a process killed part-way leaves the store as
/// it was before that import.
///
/// ```swift
/// let store = try GradeStore(path: "gradeport.sqlite")
/// let outcome = registry.readGradebook(from: ["7А Физика.csv"])
/// let summary = try store.importGradebook(outcome.gradebook)
/// print(summary.added, summary.changed)                      // 64 0
/// let physics7A = try store.gradebook(matching: GradebookFilter(classes: ["7А"], subjects: ["Физика"]))
/// try store.undo(importID: summary.importID!)
/// ```
///
/// ## Topics
/// ### Opening
/// - ``init(path:options:)``
/// - ``inMemory()``
/// - ``OpenOptions``
/// - ``StoreLocation``
/// ### Importing
/// - ``importGradebook(_:fingerprint:dryRun:)``
/// - ``ImportSummary``
/// ### History and undo
/// - ``history()``
/// - ``undo(importID:)``
/// ### Reading
/// - ``gradebook(matching:)``
/// - ``GradebookFilter``
public final class GradeStore: Sendable {
    /// How a store is opened.
    public struct OpenOptions: OptionSet, Sendable, Hashable {
        /// The options as bits.
        public let rawValue: Int

        /// Creates options from bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Create the store when no file exists at the path (otherwise a missing store is an error).
        public static let create = OpenOptions(rawValue: 1)
        /// Bring a store written by an older version up to the current schema.
        ///
        /// Without it, such a store is refused (a dry run must not change the file).
        public static let migrate = OpenOptions(rawValue: 2)
        /// Open for reading only: nothing is written to the file, so a store on a read-only medium
        /// or another user's read-only file can still be read (history, export, report). Ignores
        /// ``create`` and ``migrate``.
        public static let readOnly = OpenOptions(rawValue: 4)
    }

    /// The path of the store's file; `nil` for an in-memory store.
    public let path: String?
    let queue: DatabaseQueue

    /// Opens the store at `path`.
    ///
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - options: Whether to create a missing store and whether to upgrade an older schema.
    /// - Throws: ``GradeStoreError`` with code ``GradeStoreError/Code/missingStore``,
    ///   ``GradeStoreError/Code/missingFolder``, ``GradeStoreError/Code/notAStore``,
    ///   ``GradeStoreError/Code/newerSchema``, ``GradeStoreError/Code/olderSchema`` or
    ///   ``GradeStoreError/Code/database``.
    public init(path: String, options: OpenOptions = [.create, .migrate]) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw GradeStoreError(.notAStore, "\(path) is a folder, not a GradePort store")
            }
        } else {
            guard options.contains(.create), !options.contains(.readOnly) else {
                throw GradeStoreError(
                    .missingStore, "no store at \(path) (`gradeport import FILE… --store \(path)` creates one)")
            }
            let folder = (path as NSString).deletingLastPathComponent
            var folderIsFolder: ObjCBool = false
            if !folder.isEmpty,
                !FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsFolder)
                    || !folderIsFolder.boolValue
            {
                throw GradeStoreError(
                    .missingFolder, "cannot create the store \(path): the folder \(folder) does not exist")
            }
        }
        if options.contains(.create), !options.contains(.readOnly),
            !FileManager.default.fileExists(atPath: path)
        {
            try Self.createAtomically(at: path)
        }
        self.path = path
        do {
            queue = try DatabaseQueue(
                path: options.contains(.readOnly) ? Self.readOnlyLocation(path) : path,
                configuration: Self.configuration(readOnly: options.contains(.readOnly)))
        } catch let error as DatabaseError {
            throw Self.openingError(error, path: path)
        }
        try prepare(options)
    }

    /// Where SQLite opens a store for reading only.
    ///
    /// A store is in WAL mode, and SQLite reads such a file only with its `-shm` index beside it:
    /// there when another connection has the store open, else created for the reader. On a read-only
    /// medium or in another user's folder it can be neither, and the file is then opened as
    /// immutable (a URI SQLite takes as a file name): read as it is, without locks — nobody has it
    /// open for writing, or the index would be there.
    static func readOnlyLocation(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard !FileManager.default.fileExists(atPath: path + "-shm"),
            !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder),
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                .addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#", "%"]))
        else { return path }
        return "file:\(absolute)?immutable=1"
    }

    /// Creates a complete store at `path` without another process ever seeing it half made.
    ///
    /// The store is created and migrated under a private name in the same folder, then linked to
    /// `path`: the link fails when another process got there first, and then that process's store
    /// (equally complete) is the one opened. Where the file system has no hard links (FAT on a USB
    /// stick), the store is made in place and concurrent creators settle it in ``prepare(_:)``.
    private static func createAtomically(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let scratch = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).creating-\(UUID().uuidString)").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(scratch + suffix) }
        }
        do {
            let queue = try DatabaseQueue(path: scratch, configuration: configuration())
            let store = try GradeStore(queue: queue, path: scratch)
            try store.prepare([.create, .migrate])
            try queue.close()
        } catch let error as DatabaseError {
            throw openingError(error, path: path)
        }
        if link(scratch, path) != 0, errno != EEXIST {
            // No hard links here: the caller opens `path` and creates it in place.
            return
        }
    }

    private init(queue: DatabaseQueue, path: String?) {
        self.queue = queue
        self.path = path
    }

    private init(memory: Void) throws {
        path = nil
        queue = try DatabaseQueue(configuration: Self.configuration())
        try prepare([.create, .migrate])
    }

    /// A new, empty store in memory: for tests, and for a dry run when no store exists yet.
    public static func inMemory() throws -> GradeStore {
        try GradeStore(memory: ())
    }

    /// Closes the connection; further use of the store throws.
    public func close() throws {
        try queue.close()
    }

    /// The connection settings.
    ///
    /// `synchronous = NORMAL` (with WAL, safe against a crashed process; a power cut may lose the
    /// last imports but never corrupts the file), a bounded page cache, and a wait of up to 10 s
    /// when another process holds the write lock. WAL itself is set by ``prepare(_:)`` once the file
    /// is known to be a store: merely opening a file writes nothing.
    private static func configuration(readOnly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.label = "GradeStore"
        configuration.prepareDatabase { db in
            try db.execute(
                sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 8192;")
        }
        return configuration
    }

    /// Checks that the file is a GradePort store of a schema this version knows, then migrates it.
    private func prepare(_ options: OpenOptions) throws {
        let migrator = StoreSchema.migrator
        let location = path ?? "the store"
        do {
            let (applicationID, tables, creating, superseded, complete) = try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'") ?? 0
                let creating = try db.tableExists("grdb_migrations")
                return (
                    applicationID, tables, creating, try migrator.hasBeenSuperseded(db),
                    try migrator.hasCompletedMigrations(db)
                )
            }
            if applicationID != StoreSchema.applicationID {
                // GRDB creates its `grdb_migrations` table before the migration that stamps the
                // application id: a store another process is creating this very moment has it alone.
                if applicationID != 0 || tables > (creating ? 1 : 0) {
                    throw GradeStoreError(
                        .notAStore,
                        "\(location) is an SQLite database of another program, not a GradePort store; "
                            + "name a new file with --store")
                }
            }
            if superseded {
                throw GradeStoreError(
                    .newerSchema,
                    "\(location) was written by a newer version of GradePort (its schema is newer than "
                        + "\(StoreSchema.currentVersion)); update gradeport to use it")
            }
            if !complete {
                guard options.contains(.migrate), !options.contains(.readOnly) else {
                    throw GradeStoreError(
                        .olderSchema,
                        "\(location) has an older schema; run a command without --dry-run once to upgrade it")
                }
                // Several processes creating one store at once: the one that migrated first wins, and
                // another's migration may find a table the winner just made. Nothing is wrong when the
                // schema is then complete; while the winner is still at a later migration, the loser
                // tries again from what is now applied (each migration is its own transaction).
                // The wait is bounded by time, not by a count of attempts: on a loaded machine the
                // winner may take seconds.
                let deadline = Date().addingTimeInterval(Self.creationRaceLimit)
                var attempt = 0
                while true {
                    do {
                        try migrator.migrate(queue)
                        break
                    } catch {
                        if try queue.read({ try migrator.hasCompletedMigrations($0) }) { break }
                        attempt += 1
                        guard Date() < deadline else { throw error }
                        Thread.sleep(forTimeInterval: min(0.05 * Double(attempt), 0.5))
                    }
                }
            }
            // WAL: readers never block the importer, and a killed import leaves no trace (its
            // uncommitted pages are discarded). The mode is kept in the file; set it once.
            if options.contains(.migrate), !options.contains(.readOnly) {
                try queue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    }
                }
            }
        } catch let error as DatabaseError {
            throw Self.openingError(error, path: location)
        }
    }

    /// How long a process waits for another that is migrating the same store at the same moment;
    /// the same as the wait for another process's write lock.
    static let creationRaceLimit: TimeInterval = 10

    /// An SQLite error met while opening, as a ``GradeStoreError`` that keeps it as its cause.
    private static func openingError(_ error: DatabaseError, path: String) -> GradeStoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return GradeStoreError(
                .notAStore, "\(path) is not a GradePort store (not an SQLite database)", underlyingError: error)
        case .SQLITE_CANTOPEN:
            return GradeStoreError(
                .database, "cannot open the store \(path): \(error.message ?? "no access")", underlyingError: error)
        default:
            return storeError(error, path: path)
        }
    }

    /// An SQLite error as a ``GradeStoreError`` that names the store and keeps it as its cause.
    static func storeError(_ error: DatabaseError, path: String?) -> GradeStoreError {
        let location = path ?? "the store"
        let message =
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: "\(location) is busy: another process is writing to it; try again"
            case .SQLITE_FULL: "\(location): the disk is full; nothing of this operation was kept"
            case .SQLITE_READONLY: "\(location) is read-only"
            case .SQLITE_CORRUPT: "\(location) is damaged: \(error.message ?? "database disk image is malformed")"
            default: "\(location): \(error.message ?? "\(error)")"
            }
        return GradeStoreError(.database, message, underlyingError: error)
    }

    /// Runs `body` with the connection, turning SQLite errors into ``GradeStoreError``.
    func withDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`; returns the problems found
    /// (empty when the store is sound).
    public func integrityProblems() throws -> [String] {
        try withDatabase { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += foreignKeys.map {
                "foreign key violation in \($0[0] as String? ?? "?") row \($0[1] as Int64? ?? 0)"
            }
            return problems
        }
    }
}
