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
        abstract:
            "Read exports into one gradebook and write it as gradeport/1 JSON, CSV, OneRoster 1.2, School Data Sync "
            + "or a Classroom roster.",
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
            or .zip file named by -o, which it needs. --to sds writes Microsoft School Data Sync CSV the \
            same way: v2.1 (orgs, users, roles, classes, courses, enrollments, academicSessions) or, with \
            --sds-version 1, School, Section, Student, Teacher, StudentEnrollment and TeacherRoster; people \
            without an e-mail address are left out and named on standard error. --to classroom-roster \
            writes one CSV (class, email, name, family_name, given_name) for Google Classroom bulk \
            invitations; students without an e-mail address are named, not invented.

            Examples:
              gradeport convert "7А Физика.csv" --to json -o 7A.json
              gradeport convert grades.csv --platform teams --to csv
              gradeport convert grades.csv --to csv --excel -o 7A-excel.csv
              gradeport convert classroom-dump/ "7А Физика.csv" -o merged.json
              gradeport convert kundelik-dump/ --to oneroster -o 7A-oneroster.zip
              gradeport convert graph-dump/ --to sds -o sds-upload/
              gradeport convert graph-dump/ --to sds --sds-version 1 -o sds-v1.zip
              gradeport convert "7А Физика.csv" --to classroom-roster -o roster.csv
              gradeport convert "7Б алгебра 3 ч.csv" --profile school-42-profile.yaml
            """
    )

    /// Output formats of `convert`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, oneroster, sds
        case classroomRoster = "classroom-roster"
    }

    /// The format of several files `--to` names, if it names one.
    private var fileSetFormat: FileSetOutput.Format? {
        switch to {
        case .oneroster: .oneRoster
        case .sds: .schoolDataSync(sdsVersion == .v1 ? .v1 : .v2_1)
        default: nil
        }
    }

    /// School Data Sync versions for `--sds-version`.
    enum SDSVersion: String, ExpressibleByArgument, CaseIterable {
        case v2_1 = "2.1"
        case v1 = "1"
    }

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output format: json, csv, oneroster, sds or classroom-roster.")
    var to: Format = .json

    @Option(name: .long, help: "With --to sds: the School Data Sync CSV version, 2.1 (default) or 1.")
    var sdsVersion: SDSVersion?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the output to this file instead of standard output (oneroster and sds: a folder or a .zip file)."))
    var output: String?

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "With --to csv or classroom-roster: write for Russian/Kazakh Excel (UTF-8 with BOM, ';' between "
                + "fields, decimal commas)."))
    var excel = false

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    func validate() throws {
        if excel && to != .csv && to != .classroomRoster {
            throw ValidationError("--excel applies to --to csv and --to classroom-roster only")
        }
        if sdsVersion != nil && to != .sds {
            throw ValidationError("--sds-version applies to --to sds only")
        }
        if let fileSetFormat {
            do {
                try FileSetOutput.validate(output, for: fileSetFormat)
            } catch {
                throw ValidationError(error.message)
            }
        }
    }

    func run() throws {
        let outcome = try inputs.read()
        DiagnosticPrinter(minimumSeverity: verbose ? .info : .warning).print(outcome.gradebook)
        if let fileSetFormat {
            try FileSetOutput.write(outcome.gradebook, as: fileSetFormat, to: output ?? "")
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
            case .classroomRoster:
                let summary = try ClassroomRosterWriter(format: excel ? .excel : .standard).write(
                    outcome.gradebook, to: destination.write)
                ExportReport(summary: summary, destination: nil).print()
            case .oneroster, .sds: break
            }
            try destination.finish()
        }
        let status = ExitStatus(outcome)
        if status != .success { throw status.exitCode }
    }
}
