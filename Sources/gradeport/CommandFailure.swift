import Foundation

/// Why a command stops without doing its work: what to say on standard error, and the exit status.
///
/// Commands and options throw it where they find the problem; ``GradePortCommand/main()`` prints
/// it and exits with its status, the one place that does.
///
/// ```swift
/// throw CommandFailure(.usage, "--prefer takes 'last' or a platform id; 'x' is neither (known: …)")
/// // gradeport: error: --prefer takes 'last' or a platform id; 'x' is neither (known: …)
/// throw CommandFailure(.usage, text: profileError.description)
/// // school-42-profile.yaml:14:5: error: unknown key 'colums' (did you mean 'columns'?)
/// ```
struct CommandFailure: Error, CustomStringConvertible {
    /// The exit status.
    var status: ExitStatus
    /// What is printed on standard error, without the final newline.
    var text: String

    /// A failure printed as `gradeport: error: MESSAGE`.
    init(_ status: ExitStatus, _ message: String) {
        self.init(status, text: "gradeport: error: \(message)")
    }

    /// A failure printed as the text given: a diagnostic that says where it is
    /// (`FILE:LINE:COLUMN: error: message`), or swift-argument-parser's usage message.
    init(_ status: ExitStatus, text: String) {
        self.status = status
        self.text = text
    }

    /// The text.
    var description: String { text }

    /// Prints the text on standard error and ends the process with the status.
    func exit() -> Never {
        TerminalText.writeToStandardError(text + "\n")
        Foundation.exit(status.rawValue)
    }
}
