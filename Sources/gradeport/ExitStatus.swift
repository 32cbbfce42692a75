import ArgumentParser
import GradePortCore

/// The exit statuses of the command-line contract.
enum ExitStatus: Int32 {
    /// Success; warnings allowed.
    case success = 0
    /// Some rows or cells were rejected; the output was still written.
    case rejected = 1
    /// The command line was wrong.
    case usage = 2
    /// An input could not be read at all.
    case unreadable = 3
    /// The output could not be written (a full disk, a closed pipe, no permission); nothing of it
    /// was kept.
    case outputFailed = 4

    /// The status for a finished read: unreadable inputs first, then rejections.
    init(_ outcome: ReadOutcome) {
        if !outcome.unreadableInputs.isEmpty {
            self = .unreadable
        } else if outcome.gradebook.hasErrors {
            self = .rejected
        } else {
            self = .success
        }
    }

    /// The status as an `ExitCode` to throw from `run()`.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
