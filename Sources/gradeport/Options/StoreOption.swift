import ArgumentParser
import Foundation
import GradeStore

/// `--store PATH`: the store a command works on; else `GRADEPORT_STORE`, else `./gradeport.sqlite`.
struct StoreOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store (SQLite file). Default: $GRADEPORT_STORE, else ./gradeport.sqlite.", valueName: "PATH"))
    var store: String?

    /// The store's path.
    var path: String {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store for a command that only reads it (history, export, report): as usual when
    /// the file and its folder are writable, else read-only, so that a store on a read-only medium
    /// or another user's read-only file can still be read.
    func openForReading() throws -> GradeStore {
        let folder = (path as NSString).deletingLastPathComponent
        let writable =
            FileManager.default.isWritableFile(atPath: path)
            && FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        return try open(options: writable ? [.migrate] : [.readOnly])
    }

    /// Opens the store for a command; a refusal is a ``CommandFailure`` with its status.
    func open(options: GradeStore.OpenOptions = [.migrate]) throws -> GradeStore {
        do {
            return try GradeStore(path: path, options: options)
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }
}
