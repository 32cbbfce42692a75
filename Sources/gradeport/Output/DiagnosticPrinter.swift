import Foundation
import GradePortCore

/// Prints diagnostics for people on standard error, compiler style.
struct DiagnosticPrinter {
    /// The lowest severity printed.
    var minimumSeverity: Diagnostic.Severity = .warning

    /// Prints each diagnostic at or above ``minimumSeverity`` as `FILE:LINE:COLUMN: severity: message [code]`,
    /// then a one-line summary of what was read, and of what merging several inputs did.
    func print(_ book: Gradebook) {
        TerminalText.writeToStandardError(text(for: book))
    }

    /// What ``print(_:)`` prints; without `summary`, only the diagnostics.
    func text(for book: Gradebook, summary: Bool = true) -> String {
        var text = ""
        for diagnostic in book.diagnostics where diagnostic.severity >= minimumSeverity {
            text += diagnostic.description + "\n"
        }
        guard summary else { return text }
        let errors = book.diagnostics.count { $0.severity == .error }
        let warnings = book.diagnostics.count { $0.severity == .warning }
        let infos = book.diagnostics.count { $0.severity == .info }
        let students = book.people.count { $0.role == .student }
        text +=
            "gradeport: \(book.sources.count) input(s), \(students) student(s), \(book.assessments.count) "
            + "assessment(s), \(book.results.count) result(s); \(errors) error(s), \(warnings) warning(s)"
        if infos > 0 && minimumSeverity > .info { text += ", \(infos) note(s) (--verbose shows them)" }
        text += "\n"
        if let merge = book.merge { text += "gradeport: " + merge.note + "\n" }
        return text
    }
}
