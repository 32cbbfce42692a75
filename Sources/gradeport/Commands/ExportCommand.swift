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
            one row per result, as convert does.

            --class, --subject and --term select by id or name (7А; Физика; 2025-2026/Q2); each may be \
            repeated. A value that names nothing is an error that lists what the store has.

            Examples:
              gradeport export --to json -o everything.json
              gradeport export --to csv --class 7А --subject Физика -o 7A-physics.csv
              gradeport export --store city.sqlite --term 2025-2026/Q2 --to csv
            """
    )

    /// Output formats of `export`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, oneroster, sds
    }

    @OptionGroup var storeOption: StoreOption

    @Option(name: .long, help: "Output format: json or csv (oneroster and sds are not available yet).")
    var to: Format = .json

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("class"), help: "Only this class (id or name); repeatable.")
    var classes: [String] = []

    @Option(name: .customLong("subject"), help: "Only this subject (id or name); repeatable.")
    var subjects: [String] = []

    @Option(name: .customLong("term"), help: "Only this term (id or name); repeatable.")
    var terms: [String] = []

    func validate() throws {
        switch to {
        case .json, .csv: break
        case .oneroster, .sds:
            throw ValidationError("--to \(to.rawValue) is not available yet; use json or csv")
        }
    }

    func run() throws {
        let store = try storeOption.open()
        let book: Gradebook
        do {
            book = try store.gradebook(matching: GradebookFilter(classes: classes, subjects: subjects, terms: terms))
        } catch let error as GradeStoreError {
            throw StoreFailure(error).report()
        }
        let destination: OutputDestination
        do {
            destination = try OutputDestination(path: output)
        } catch {
            FileHandle.standardError.write(Data("gradeport: error: \(error)\n".utf8))
            throw ExitStatus.usage.exitCode
        }
        switch to {
        case .json: try GradebookJSONWriter().write(book, to: destination.write)
        case .csv: try ResultsCSVWriter().write(book, to: destination.write)
        case .oneroster, .sds: break
        }
        try destination.finish()
        let students = book.people.count { $0.role == .student }
        FileHandle.standardError.write(
            Data(
                ("gradeport: exported \(book.results.count) result(s) of \(students) student(s) and "
                    + "\(book.assessments.count) assessment(s) from \(book.sources.count) import(s) in "
                    + "\(storeOption.path)\n").utf8))
    }
}
