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

    /// Opens the store for a command; a refusal is printed and ends the run with its status.
    func open(options: GradeStore.OpenOptions = [.migrate]) throws -> GradeStore {
        do {
            return try GradeStore(path: path, options: options)
        } catch let error as GradeStoreError {
            throw StoreFailure(error).report()
        }
    }
}

/// A store refusal or failure, printed as `gradeport: error: message` with the exit status it maps to.
struct StoreFailure {
    let error: GradeStoreError

    init(_ error: GradeStoreError) { self.error = error }

    /// Usage mistakes (a missing folder, an unknown import, an undo refused, a filter that names
    /// nothing) are status 2; a store that cannot be read or written is status 3.
    var status: ExitStatus {
        switch error.code {
        case .missingFolder, .unknownImport, .alreadyUndone, .notAnImport, .laterImportsDepend, .noMatch, .olderSchema:
            .usage
        default:
            .unreadable
        }
    }

    /// Prints the message on standard error and returns the exit code to throw.
    func report() -> ExitCode {
        FileHandle.standardError.write(Data("gradeport: error: \(error.description)\n".utf8))
        return status.exitCode
    }
}
