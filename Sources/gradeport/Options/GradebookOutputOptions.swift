import ArgumentParser
import Foundation
import GradePortCore
import GradePortWriters

/// `--to`, `--sds-version`, `--excel` and `-o`: how a command that writes a gradebook (`convert`,
/// `export`) writes it.
///
/// `--to` names a writer of ``BuiltInWriters/registry``; the writer says whether it writes one stream
/// or a set of files and which of `--excel` and `--sds-version` it reads, and the help and the usage
/// errors are worded from that.
struct GradebookOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: \(Self.list(Self.allFormats, "or"))."))
    var to: OutputFormat = .json

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --to \(Self.list(Self.formats(accepting: .schoolDataSyncVersion), "or")): the School Data Sync "
                + "CSV version, 2.1 (default) or 1."))
    var sdsVersion: SchoolDataSyncWriter.Version?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the output to this file instead of standard output (\(Self.list(Self.fileSetFormats, "and")): "
                + "a folder or a .zip file)."))
    var output: String?

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "With --to \(Self.list(Self.formats(accepting: .excel), "or")): write for Russian/Kazakh Excel (UTF-8 "
                + "with BOM, ';' between fields, decimal commas)."))
    var excel = false

    /// The writer `--to` names; parsing accepts only the registry's formats.
    private var writer: any GradebookWriter {
        guard let writer = BuiltInWriters.registry.writer(for: to) else {
            preconditionFailure("--to \(to) parsed without a writer")
        }
        return writer
    }

    /// What the writer reads of `--excel` and `--sds-version`.
    private var writerOptions: WriterOptions {
        WriterOptions(excel: excel, schoolDataSyncVersion: sdsVersion)
    }

    func validate() throws {
        let writer = self.writer
        if excel && !writer.acceptedOptions.contains(.excel) {
            throw ValidationError("--excel applies to \(Self.list(Self.flagged(accepting: .excel), "and")) only")
        }
        if sdsVersion != nil && !writer.acceptedOptions.contains(.schoolDataSyncVersion) {
            throw ValidationError(
                "--sds-version applies to \(Self.list(Self.flagged(accepting: .schoolDataSyncVersion), "and")) only")
        }
        if writer.layout == .fileSet {
            do {
                try FileSetOutput.validate(output, for: to)
            } catch {
                throw ValidationError(error.message)
            }
        }
    }

    /// Writes the gradebook in the chosen format to `-o` or standard output; an unusable
    /// destination is a ``CommandFailure`` with the usage status.
    func write(_ book: Gradebook) throws {
        let writer = self.writer
        guard writer.layout == .stream else {
            try FileSetOutput.write(book, with: writer, options: writerOptions, to: output ?? "")
            return
        }
        let destination: OutputDestination
        do {
            destination = try OutputDestination(path: output)
        } catch {
            throw CommandFailure(.usage, "\(error)")
        }
        let summary: ExportSummary?
        do {
            summary = try writer.write(book, to: .stream(destination.write), options: writerOptions)
        } catch let error as InterchangeError {
            // What could not be written (a workbook's temporary files), as file sets report it.
            throw CommandFailure(.usage, error.message)
        }
        if let summary { ExportReport(summary: summary, destination: nil).print() }
        try destination.finish()
    }

    // MARK: - Wording

    /// Every format, in the registry's order.
    private static var allFormats: [String] { BuiltInWriters.registry.formats.map(\.rawValue) }

    /// The formats whose writers read a setting, in the registry's order.
    private static func formats(accepting option: WriterOptions.Option) -> [String] {
        BuiltInWriters.registry.writers.filter { $0.acceptedOptions.contains(option) }.map(\.outputFormat.rawValue)
    }

    /// `--to csv`, `--to classroom-roster`: the formats reading a setting as `--to` options.
    private static func flagged(accepting option: WriterOptions.Option) -> [String] {
        formats(accepting: option).map { "--to \($0)" }
    }

    /// The formats of several files.
    private static var fileSetFormats: [String] {
        BuiltInWriters.registry.writers.filter { $0.layout == .fileSet }.map(\.outputFormat.rawValue)
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func list(_ items: [String], _ conjunction: String) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
