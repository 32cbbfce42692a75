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

    /// Opens the store for a command; a refusal is a ``CommandFailure`` with its status.
    func open(options: GradeStore.OpenOptions = [.migrate]) throws -> GradeStore {
        do {
            return try GradeStore(path: path, options: options)
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }
}
