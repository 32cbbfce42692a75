import ArgumentParser
import Foundation
import GradeStore
import GradeStorePostgres

/// `--store PATH|URL`: the store a command works on; else `GRADEPORT_STORE`, else
/// `./gradeport.sqlite`. A `postgres://` or `postgresql://` URL names a PostgreSQL store.
struct StoreOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: an SQLite file, or postgres://USER@HOST:PORT/DB (password from PGPASSWORD or ~/.pgpass). "
                + "Default: $GRADEPORT_STORE, else ./gradeport.sqlite.", valueName: "PATH|URL"))
    var store: String?

    /// The store's location as given (a path, or a URL that may hold a password: never print it).
    var path: String {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
    }

    /// The backend the location names; a malformed URL is a usage error.
    func backend() throws -> StoreBackend {
        do {
            return try StoreBackend(location: path)
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }

    /// The store for messages: the path, or the URL without its password.
    var displayName: String {
        (try? StoreBackend(location: path).displayName) ?? PostgresStoreURL.redactedText(path)
    }

    /// Opens the store for a command that only reads it (history, export, report): as usual when
    /// the file and its folder are writable, else read-only, so that a store on a read-only medium
    /// or another user's read-only file can still be read. A server's store is opened as usual.
    func openForReading() throws -> any GradebookStore {
        guard case .sqlite(let path) = try backend() else { return try open(options: [.migrate]) }
        let folder = (path as NSString).deletingLastPathComponent
        let writable =
            FileManager.default.isWritableFile(atPath: path)
            && FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        return try open(options: writable ? [.migrate] : [.readOnly])
    }

    /// Opens the store for a command; a refusal is a ``CommandFailure`` with its status.
    func open(options: GradeStore.OpenOptions = [.migrate]) throws -> any GradebookStore {
        let backend = try backend()
        do {
            return try backend.open(options: options)
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }
}
