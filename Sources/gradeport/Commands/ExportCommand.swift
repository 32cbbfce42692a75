import ArgumentParser
import Foundation
import GradePortCore
import GradeStore

/// `gradeport export`: writes what the store holds, or a class, subject or term of it.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's gradebook (everything imported so far, or a class, subject or term).",
        discussion: """
            --to json writes the gradeport/1 form: each import the data comes from is a source \
            (import-N), and every result points at the line and column of its file. --to csv writes \
            one row per result, as convert does (--excel for Russian/Kazakh Excel). --to oneroster \
            writes OneRoster 1.2 CSV and --to sds School Data Sync (--sds-version 2.1|1) to a folder \
            or a .zip; --to classroom-roster a class, e-mail, name list for bulk invitations.

            --class, --subject and --term select by id or name (7А; Физика; 2025-2026/Q2); each may be \
            repeated. A value that names nothing is an error that lists what the store has.

            Examples:
              gradeport export --to json -o everything.json
              gradeport export --to csv --class 7А --subject Физика -o 7A-physics.csv
              gradeport export --store city.sqlite --term 2025-2026/Q2 --to csv
              gradeport export --to oneroster -o school-oneroster.zip
              gradeport export --class 7А --to sds -o sds-upload/
            """
    )

    @OptionGroup var storeOption: StoreOption

    @OptionGroup var destination: GradebookOutputOptions

    @Option(name: .customLong("class"), help: "Only this class (id or name); repeatable.")
    var classes: [String] = []

    @Option(name: .customLong("subject"), help: "Only this subject (id or name); repeatable.")
    var subjects: [String] = []

    @Option(name: .customLong("term"), help: "Only this term (id or name); repeatable.")
    var terms: [String] = []

    func run() throws {
        let store = try storeOption.openForReading()
        let book: Gradebook
        do {
            book = try store.gradebook(matching: GradebookFilter(classes: classes, subjects: subjects, terms: terms))
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
        try destination.write(book)
        let students = book.people.count { $0.role == .student }
        TerminalText.writeToStandardError(
            "gradeport: exported \(book.results.count) result(s) of \(students) student(s) and "
                + "\(book.assessments.count) assessment(s) from \(book.sources.count) import(s) in "
                + "\(storeOption.displayName)\n")
    }
}
