import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
import JournalProfiles

/// `gradeport convert`: reads inputs into one gradebook and writes it as JSON or CSV.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read exports into one gradebook and write it as gradeport/1 JSON or as CSV.",
        discussion: """
            Each input is detected (or read by --platform). Several inputs are merged into one \
            gradebook in the order given. Every rejected row or cell is printed on standard error \
            and listed in the JSON's "diagnostics".

            --to csv writes one row per result: student, student_id, email, class, subject, term, \
            assessment, assessment_id, kind, score, max, percent, status, raw, comment, source_file, \
            source_line.

            Examples:
              gradeport convert "7А Физика.csv" --to json -o 7A.json
              gradeport convert grades.csv --platform teams --to csv
              gradeport convert classroom-dump/ "7А Физика.csv" -o merged.json
              gradeport convert "7Б алгебра 3 ч.csv" --profile school-42-profile.yaml
            """
    )

    /// Output formats of `convert`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, oneroster
    }

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output format: json or csv.")
    var to: Format = .json

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Flag(
        name: .long,
        help: "With --to csv: write for Russian/Kazakh Excel (UTF-8 with BOM, ';' between fields, decimal commas).")
    var excel = false

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    func validate() throws {
        if to == .oneroster {
            throw ValidationError("--to oneroster is not available yet; use json or csv")
        }
        if excel && to != .csv {
            throw ValidationError("--excel applies to --to csv only")
        }
    }

    func run() throws {
        let outcome = try inputs.read()
        DiagnosticPrinter(minimumSeverity: verbose ? .info : .warning).print(outcome.gradebook)
        let destination: OutputDestination
        do {
            destination = try OutputDestination(path: output)
        } catch {
            FileHandle.standardError.write(Data("gradeport: error: \(error)\n".utf8))
            throw ExitStatus.usage.exitCode
        }
        switch to {
        case .json: try GradebookJSONWriter().write(outcome.gradebook, to: destination.write)
        case .csv:
            try ResultsCSVWriter(format: excel ? .excel : .standard).write(outcome.gradebook, to: destination.write)
        case .oneroster: break
        }
        try destination.finish()
        let status = ExitStatus(outcome)
        if status != .success { throw status.exitCode }
    }
}
