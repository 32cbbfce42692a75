import ArgumentParser
import Foundation
import GradePortCore
import GradePortWriters

/// `--to`, `--sds-version`, `--excel` and `-o`: how a command that writes a gradebook (`convert`,
/// `export`) writes it.
struct GradebookOutputOptions: ParsableArguments {
    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, oneroster, sds
        case classroomRoster = "classroom-roster"
    }

    /// School Data Sync versions for `--sds-version`.
    enum SDSVersion: String, ExpressibleByArgument, CaseIterable {
        case v2_1 = "2.1"
        case v1 = "1"
    }

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

    /// The format of several files `--to` names, if it names one.
    private var fileSetFormat: FileSetOutput.Format? {
        switch to {
        case .oneroster: .oneRoster
        case .sds: .schoolDataSync(sdsVersion == .v1 ? .v1 : .v2_1)
        default: nil
        }
    }

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

    /// Writes the gradebook in the chosen format to `-o` or standard output; an unusable
    /// destination is a ``CommandFailure`` with the usage status.
    func write(_ book: Gradebook) throws {
        if let fileSetFormat {
            try FileSetOutput.write(book, as: fileSetFormat, to: output ?? "")
            return
        }
        let destination: OutputDestination
        do {
            destination = try OutputDestination(path: output)
        } catch {
            throw CommandFailure(.usage, "\(error)")
        }
        switch to {
        case .json: try GradebookJSONWriter().write(book, to: destination.write)
        case .csv: try ResultsCSVWriter(format: excel ? .excel : .standard).write(book, to: destination.write)
        case .classroomRoster:
            let summary = try ClassroomRosterWriter(format: excel ? .excel : .standard).write(
                book, to: destination.write)
            ExportReport(summary: summary, destination: nil).print()
        case .oneroster, .sds: break
        }
        try destination.finish()
    }
}
