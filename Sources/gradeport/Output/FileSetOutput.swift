import Foundation
import GradePortCore
import GradePortWriters

/// Writes a gradebook as an interchange format of several files (OneRoster 1.2, School Data Sync) to
/// the folder or `.zip` named by `-o`, and reports what was written: the one place `convert` (and any
/// other command exporting a gradebook) turns a format and a path into files.
enum FileSetOutput {
    /// A format of several files.
    enum Format: Equatable {
        case oneRoster
        case schoolDataSync(SchoolDataSyncWriter.Version)

        /// The `--to` value, for messages.
        var name: String {
            switch self {
            case .oneRoster: "oneroster"
            case .schoolDataSync: "sds"
            }
        }
    }

    /// Checks `-o` before anything is read: a usage error unless it names a folder or a `.zip`.
    static func validate(_ path: String?, for format: Format) throws(InterchangeError) {
        guard let path else {
            throw InterchangeError(
                "--to \(format.name) writes several files; name a folder or a .zip file with -o",
                isDestinationProblem: true)
        }
        _ = try FileSetDestination(path: path)
    }

    /// Writes the files and prints the report on standard error.
    ///
    /// - Throws: a ``CommandFailure`` with the usage status (2) when the destination is unusable or a
    ///   file cannot be written; the destination is then left as it was.
    static func write(_ book: Gradebook, as format: Format, to path: String) throws {
        let written: Result<(ExportSummary, FileSetDestination), InterchangeError> = Result {
            () throws(InterchangeError) in
            let destination = try FileSetDestination(path: path)
            switch format {
            case .oneRoster:
                return (try OneRosterWriter().write(book, to: destination), destination)
            case .schoolDataSync(let version):
                return (
                    try SchoolDataSyncWriter(options: .init(version: version)).write(book, to: destination),
                    destination
                )
            }
        }
        switch written {
        case .success(let (summary, destination)):
            ExportReport(summary: summary, destination: destination).print()
        case .failure(let error):
            throw CommandFailure(.usage, error.message)
        }
    }
}
