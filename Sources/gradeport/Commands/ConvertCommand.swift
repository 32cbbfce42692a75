import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
import Interchange
import JournalProfiles

/// `gradeport convert`: reads inputs into one gradebook and writes it as JSON, CSV or OneRoster 1.2.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read exports into one gradebook and write it as gradeport/1 JSON, CSV or OneRoster 1.2 CSV.",
        discussion: """
            Each input is detected (or read by --platform). Several inputs are merged into one \
            gradebook in the order given. Every rejected row or cell is printed on standard error \
            and listed in the JSON's "diagnostics".

            --to csv writes one row per result: student, student_id, email, class, subject, term, \
            assessment, assessment_id, kind, score, max, percent, status, raw, comment, source_file, \
            source_line. With --excel it is written for Russian/Kazakh Excel: UTF-8 with BOM, ';' \
            between fields, decimal commas.

            --to oneroster writes a OneRoster 1.2 CSV bulk bundle (manifest.csv, orgs, academicSessions, \
            courses, classes, users, roles, enrollments, categories, lineItems, results) into the folder \
            or .zip file named by -o, which it needs.

            Examples:
              gradeport convert "7А Физика.csv" --to json -o 7A.json
              gradeport convert grades.csv --platform teams --to csv
              gradeport convert grades.csv --to csv --excel -o 7A-excel.csv
              gradeport convert classroom-dump/ "7А Физика.csv" -o merged.json
              gradeport convert kundelik-dump/ --to oneroster -o 7A-oneroster.zip
              gradeport convert "7Б алгебра 3 ч.csv" --profile school-42-profile.yaml
            """
    )

    /// Output formats of `convert`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, oneroster

        /// Whether the format is several files, written to a folder or a `.zip`.
        var isFileSet: Bool { self == .oneroster }
    }

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output format: json, csv or oneroster.")
    var to: Format = .json

    @Option(
        name: .shortAndLong,
        help: "Write the output to this file instead of standard output (for oneroster: a folder or a .zip file).")
    var output: String?

    @Flag(
        name: .long,
        help: "With --to csv: write for Russian/Kazakh Excel (UTF-8 with BOM, ';' between fields, decimal commas).")
    var excel = false

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    func validate() throws {
        if excel && to != .csv {
            throw ValidationError("--excel applies to --to csv only")
        }
        if to.isFileSet {
            guard let output else {
                throw ValidationError(
                    "--to \(to.rawValue) writes several files; name a folder or a .zip file with -o")
            }
            do {
                _ = try FileSetDestination(path: output)
            } catch {
                throw ValidationError(error.message)
            }
        }
    }

    func run() throws {
        let outcome = try inputs.read()
        DiagnosticPrinter(minimumSeverity: verbose ? .info : .warning).print(outcome.gradebook)
        if to.isFileSet {
            try writeFileSet(outcome.gradebook)
        } else {
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
                try ResultsCSVWriter(format: excel ? .excel : .standard).write(
                    outcome.gradebook, to: destination.write)
            case .oneroster: break
            }
            try destination.finish()
        }
        let status = ExitStatus(outcome)
        if status != .success { throw status.exitCode }
    }

    /// Writes a format of several files to the folder or archive named by `-o`.
    private func writeFileSet(_ book: Gradebook) throws {
        let written: Result<(ExportSummary, FileSetDestination), InterchangeError> = Result {
            () throws(InterchangeError) in
            let destination = try FileSetDestination(path: output ?? "")
            return (try OneRosterWriter().write(book, to: destination), destination)
        }
        switch written {
        case .success(let (summary, destination)):
            ExportReport(summary: summary, destination: destination).print()
        case .failure(let error):
            FileHandle.standardError.write(Data("gradeport: error: \(error.message)\n".utf8))
            throw ExitStatus.usage.exitCode
        }
    }
}
