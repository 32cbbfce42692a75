import ArgumentParser
import Foundation
import GradePortCore

/// The `gradeport` command: reads learning-platform exports and writes one normalized gradebook.
@main
struct GradePortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradeport",
        abstract: "Read school gradebook exports (Google Classroom, Microsoft Teams, …) into one model.",
        discussion: """
            Inputs are files exactly as a platform or Excel gave them: CSV in any common encoding, \
            JSON API dumps (one file or a folder). Diagnostics go to standard error as \
            FILE:LINE:COLUMN: error|warning: message; machine output goes to standard output or -o.

            Exit status: 0 success (warnings allowed), 1 some rows or cells were rejected (output \
            still written), 2 usage error, 3 an input could not be read at all, 4 the output could \
            not be written (a full disk).

            Examples:
              gradeport platforms
              gradeport adapters list
              gradeport detect "7А Физика.csv"
              gradeport convert "7А Физика.csv" --to json -o 7A.json
              gradeport report "7А Физика.csv" --format html -o 7A.html
              gradeport import "7А Физика.csv" && gradeport history
              gradeport export --class 7А --to csv -o 7A.csv
            """,
        version: GradePortVersion.current,
        subcommands: [
            PlatformsCommand.self, DetectCommand.self, ConvertCommand.self, ReportCommand.self, ImportCommand.self,
            HistoryCommand.self, UndoCommand.self, ExportCommand.self, AdaptersCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the command line: a ``CommandFailure`` is printed and ends the run with its status, and
    /// swift-argument-parser's usage errors end it with 2 (instead of 64).
    static func main() {
        // A file-size limit (`ulimit -f`) reached while writing is then a write error that the
        // command reports and cleans up after (status 4), not a signal that kills it half-way.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            failure.exit()
        } catch let error where exitCode(for: error) == .validationFailure {
            CommandFailure(.usage, text: fullMessage(for: error)).exit()
        } catch let error as any DiagnosableError {
            CommandFailure(.unreadable, error.diagnosticMessage).exit()
        } catch let error where [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains((error as NSError).domain) {
            // A failed file operation: Foundation's own text is not for users.
            CommandFailure(.outputFailed, IOErrorText.reason(error)).exit()
        } catch {
            exit(withError: error)
        }
    }
}
