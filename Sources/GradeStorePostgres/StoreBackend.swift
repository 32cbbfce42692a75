import Foundation
import GradeStore

/// Which database a store location names, and how to open it: a PostgreSQL URL
/// (`postgres://USER@HOST:PORT/DB` or `postgresql://…`) is a ``PostgresGradeStore``; anything else
/// is the path of an embedded SQLite ``GradeStore``.
///
/// ```swift
/// let backend = try StoreBackend(location: "postgres://teacher@db.school.kz/gradeport")
/// print(backend.displayName)                       // postgres://teacher@db.school.kz:5432/gradeport
/// let store = try backend.open(options: [.migrate])
/// ```
public enum StoreBackend: Sendable, Hashable {
    /// An SQLite file.
    case sqlite(path: String)
    /// A database on a PostgreSQL server.
    case postgres(PostgresStoreURL)

    /// The backend a location names.
    ///
    /// - Throws: ``GradeStoreError`` with ``GradeStoreError/Code/invalidLocation`` for a malformed
    ///   PostgreSQL URL (the message shows it without its password).
    public init(location: String) throws {
        if PostgresStoreURL.isPostgresURL(location) {
            self = .postgres(try PostgresStoreURL(location))
        } else {
            self = .sqlite(path: location)
        }
    }

    /// The location for people: the path, or the URL without its password.
    public var displayName: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.redacted
        }
    }

    /// Whether the location names a server rather than a file.
    public var isServer: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// Whether a store may exist there without creating one: the file exists, or (for a server,
    /// which only connecting tells) always.
    public var mayExist: Bool {
        switch self {
        case .sqlite(let path): FileManager.default.fileExists(atPath: path)
        case .postgres: true
        }
    }

    /// Opens the store.
    ///
    /// - Parameters:
    ///   - options: Whether to create a missing store, upgrade an older schema, or only read.
    ///   - environment: Where a PostgreSQL password is looked up when the URL has none.
    public func open(
        options: GradeStore.OpenOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> any GradebookStore {
        switch self {
        case .sqlite(let path): try GradeStore(path: path, options: options)
        case .postgres(let url): try PostgresGradeStore(url: url, environment: environment, options: options)
        }
    }
}
