import Foundation
import GradePortWriters

/// Prints what an interchange export wrote, and whom it left out, on standard error.
struct ExportReport {
    var summary: ExportSummary
    var destination: FileSetDestination?

    /// `gradeport: wrote DEST: users.csv (12), …` and one warning line per person left out.
    func print() {
        var text = ""
        for omission in summary.omissions {
            let who = omission.name.isEmpty ? omission.person : "\(omission.name) (\(omission.person))"
            text += "gradeport: warning: \(who) left out: \(omission.reason)\n"
        }
        let files = summary.files.map { "\($0.name) (\($0.rows))" }.joined(separator: ", ")
        if let destination {
            text += "gradeport: wrote \(destination.path): \(files)\n"
        }
        TerminalText.writeToStandardError(text)
    }
}
