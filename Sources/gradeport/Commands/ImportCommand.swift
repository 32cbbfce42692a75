import ArgumentParser
import ExternalAdapters
import Foundation
import GradePortCore
import GradePortWriters
import GradeStore

/// `gradeport import`: reads exports (files, API dump folders, folders of exports walked) into the store,
/// each file one import in its own savepoint, many files to a transaction (``GradeStore/importFiles``).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exports and folders of exports into the store, keeping history for undo.",
        discussion: """
            Each file is one import: all of its accepted rows, or none. Files are stored many to a \
            transaction, each in its own savepoint (a file the store refuses is rolled back alone and \
            reported), while the next files are read on another thread; a killed run keeps the files \
            of the transactions that committed, each whole (--files-per-transaction 1 commits every \
            file alone). A folder that no platform recognises as an API dump is walked: its files \
            and folders, recursively, in name order (with --school-from-folder each file belongs to \
            the school its folder names). Rejected rows and cells are printed on standard error as \
            FILE:LINE:COLUMN and counted. A file already imported (same SHA-256) is skipped; a \
            different file with the same values adds nothing; a newer export of the same class \
            updates what changed and keeps the old value in the change log. People are the same \
            person across imports when they have the same platform id, a valid IIN or the same \
            e-mail address.

            --dry-run prints what would be added, changed and rejected and writes nothing.

            On a terminal, standard error shows one progress line (files, results, rate, elapsed, \
            time left); nothing on a pipe or with --quiet. --verbose adds each file's summary and a \
            line per file stored.

            Exit status: 0 imported, 1 some rows or cells were rejected (the rest was imported), \
            2 usage error, 3 an input or the store could not be read.

            Examples:
              gradeport import "7А Физика.csv" kundelik-7A.json
              gradeport import exports/*.csv --store city.sqlite
              gradeport import city/ --school-from-folder --platform kundelik --store city.sqlite
              gradeport import "7А Физика (new).csv" --dry-run
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var storeOption: StoreOption

    @Flag(name: .long, help: "Say what would be added, changed and rejected; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Write a JSON summary of each file on standard output.")
    var json = false

    @Flag(
        name: .long,
        help: "Also print notes (info diagnostics), each file's summary and a line per file stored on standard error.")
    var verbose = false

    @Flag(name: .long, help: "No progress line on a terminal.")
    var quiet = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The most files stored in one transaction, each in its own savepoint (1: a transaction per file).",
            valueName: "N"))
    var filesPerTransaction = ImportBatchLimits().filesPerTransaction

    func validate() throws {
        guard filesPerTransaction >= 1 else {
            throw ValidationError("--files-per-transaction needs a whole number of at least 1")
        }
        try inputs.requireFiles()
        try inputs.refuseTwoSchoolSources()
    }

    func run() throws {
        let (registry, platformID) = try inputs.reader()
        let calendars = try inputs.calendars()
        let store = try openStore()
        var status = ExitStatus.success
        var report = ImportReport(dryRun: dryRun)
        let printer = DiagnosticPrinter(minimumSeverity: verbose ? .info : .warning)
        let paths = registry.inputs(expanding: try StandardInput.resolve(inputs.files), platformID: platformID)
        var reader = ImportInputReader(
            registry: registry, platformID: platformID, inputSchools: inputs.inputSchools, calendars: calendars,
            knownImports: try Self.storeCall { try store.knownImports() },
            other: { path, builder in
                // A gradeport/1 file of one export is that export's import (its provenance and
                // fingerprint are the export's); a merged file of several is not one import.
                guard InputOptions.isNativeGradebook(path) else { return nil }
                let (book, fingerprint) = Self.readNative(path, diagnosingInto: &builder)
                return (book, fingerprint)
            })
        reader.inputNames = StandardInput.names(in: paths)
        let progress = ProgressLine(total: paths.count, quiet: quiet)
        let limits = ImportBatchLimits(filesPerTransaction: filesPerTransaction)
        try Self.storeCall {
            try store.importFiles(paths, reading: reader, limits: limits, dryRun: dryRun) { event in
                switch event {
                case .read(let item):
                    // A file counts when it reaches the store: the line moves while a transaction fills.
                    progress.advance(results: item.resultCount)
                    guard let book = item.gradebook else { return }
                    // The per-file summary is chatter (--verbose); what was rejected or flagged is always shown.
                    progress.write(printer.text(for: book, summary: verbose))
                case .storing(let path, let results):
                    if verbose {
                        progress.write(
                            "gradeport: \(dryRun ? "checking" : "storing") \(path) (\(results) result(s)) …\n")
                    }
                case .finished(let outcome):
                    Self.record(outcome, in: &report, status: &status, printer: printer, progress: progress)
                }
            }
        }
        progress.finish()
        FileHandle.standardOutput.write(Data(json ? report.json : Array(TerminalText.escaped(report.text).utf8)))
        if status != .success { throw status.exitCode }
    }

    /// Adds what became of one input to the report and the exit status.
    private static func record(
        _ outcome: FileImportOutcome, in report: inout ImportReport, status: inout ExitStatus,
        printer: DiagnosticPrinter, progress: ProgressLine
    ) {
        switch outcome.status {
        case .alreadyImported(let record):
            report.addAlreadyImported(outcome.path, record)
        case .unreadable:
            status = .unreadable
            report.addUnreadable(outcome.path, outcome.readingDiagnostics)
        case .incomplete:
            if status == .success { status = .rejected }
            report.addIncomplete(outcome.path, outcome.readingDiagnostics)
        case .failed(let error):
            status = .unreadable
            let diagnostic = Diagnostic(
                severity: .error, code: .storeRefused, message: error.message, file: outcome.path)
            progress.write(diagnostic.description + "\n")
            report.addFailed(outcome.path, outcome.readingDiagnostics + [diagnostic])
        case .stored(let summary):
            var text = ""
            for diagnostic in summary.diagnostics where diagnostic.severity >= printer.minimumSeverity {
                text += diagnostic.description + "\n"
            }
            if !text.isEmpty { progress.write(text) }
            if summary.rejected > 0 && status == .success { status = .rejected }
            report.add(summary, diagnostics: outcome.readingDiagnostics)
        }
    }

    /// Runs a store call, its ``GradeStoreError`` becoming the command's failure.
    private static func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }

    /// Reads a `gradeport/1` file for import: its gradebook when it holds exactly one source, and
    /// that source's fingerprint; otherwise `nil`, with the reason as an error diagnostic.
    private static func readNative(
        _ path: String, diagnosingInto builder: inout GradebookBuilder
    ) -> (Gradebook?, String?) {
        guard let book = InputOptions.readNativeGradebook(path, diagnosingInto: &builder) else { return (nil, nil) }
        guard book.sources.count == 1, let source = book.sources.first else {
            builder.diagnose(
                Diagnostic(
                    severity: .error, code: .unknownFormat,
                    message: "this gradeport/1 file holds \(book.sources.count) inputs (a merge); an import is one "
                        + "export: import the inputs it lists under \"sources\" instead", file: path))
            return (nil, nil)
        }
        return (book, source.sha256 ?? SHA256.hexDigest(ofFileAt: path))
    }

    /// The store to import into.
    ///
    /// A dry run never creates or upgrades one: without a store it compares with an empty one in
    /// memory.
    private func openStore() throws -> any GradebookStore {
        guard dryRun else { return try storeOption.open(options: [.create, .migrate]) }
        let backend = try storeOption.backend()
        if backend.mayExist {
            do {
                return try backend.open(options: [])
            } catch let error as GradeStoreError where error.code == .missingStore && backend.isServer {
                // An empty database: compared with an empty store, as a missing file is.
            } catch let error as GradeStoreError {
                throw CommandFailure(error)
            }
        }
        TerminalText.writeToStandardError(
            "gradeport: note: no store at \(backend.displayName) yet; the dry run compares with an empty store\n")
        do {
            return try GradeStore.inMemory()
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }
}
