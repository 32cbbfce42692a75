import Foundation
import GradePortCore
import GradePortWriters

/// Writes a gradebook as a format of several files (OneRoster 1.2, School Data Sync) to the folder or
/// `.zip` named by `-o`, and reports what was written: the one place `convert` (and any other command
/// exporting a gradebook) turns a writer and a path into files.
enum FileSetOutput {
    /// Checks `-o` before anything is read: a usage error unless it names a folder or a `.zip`.
    static func validate(_ path: String?, for format: OutputFormat) throws(InterchangeError) {
        guard let path else {
            throw InterchangeError(
                "--to \(format) writes several files; name a folder or a .zip file with -o",
                isDestinationProblem: true)
        }
        _ = try FileSetDestination(path: path)
    }

    /// Writes the files and prints the report on standard error.
    ///
    /// - Throws: a ``CommandFailure`` with the usage status (2) when the destination is unusable
    ///   (an existing folder that is not empty, a name that is neither a folder nor a `.zip`), and
    ///   with ``ExitStatus/outputFailed`` (4) when a file cannot be written (a full disk); the
    ///   destination is then left as it was.
    static func write(
        _ book: Gradebook, with writer: any GradebookWriter, options: WriterOptions, to path: String
    ) throws {
        let summary: ExportSummary?
        let destination: FileSetDestination
        do {
            destination = try FileSetDestination(path: path)
            summary = try writer.write(book, to: .files(destination), options: options)
        } catch let error as InterchangeError {
            if error.isDestinationProblem { throw CommandFailure(.usage, error.message) }
            throw CommandFailure(.outputFailed, error.message + "; \(path) was left as it was")
        }
        ExportReport(summary: summary ?? ExportSummary(), destination: destination).print()
    }
}
