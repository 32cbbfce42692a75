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
            gradebook: the same child is one person (IIN, e-mail, a platform's link, then the folded \
            name within the class; an ambiguous name is reported, never merged), the same СОР or СОЧ \
            one assessment, and where inputs disagree --prefer picks the value (last: the input given \
            later; or a platform id). Every rejected row or cell and every uncertain merge decision is \
            printed on standard error and listed in the JSON's "diagnostics"; the JSON's "merge" \
            object sums up the merge.

            --to csv writes one row per result: student, student_id, email, class, subject, term, \
            assessment, assessment_id, kind, score, max, percent, status, raw, comment, source_file, \
            source_line.

            Examples:
              gradeport convert "7А Физика.csv" --to json -o 7A.json
              gradeport convert grades.csv --platform teams --to csv
              gradeport convert classroom-dump/ "7А Физика.csv" -o merged.json
              gradeport convert kundelik.json "7А Математика.csv" --prefer kundelik
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

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    func validate() throws {
        if to == .oneroster {
            throw ValidationError("--to oneroster is not available yet; use json or csv")
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
        case .csv: try ResultsCSVWriter().write(outcome.gradebook, to: destination.write)
        case .oneroster: break
        }
        try destination.finish()
        let status = ExitStatus(outcome)
        if status != .success { throw status.exitCode }
    }
}
