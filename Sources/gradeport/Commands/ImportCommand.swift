import ArgumentParser
import ExternalAdapters
import Foundation
import GradePortCore
import GradePortWriters
import GradeStore

/// `gradeport import`: reads exports into the store, one transaction per file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exports into the store (one transaction per file), keeping history for undo.",
        discussion: """
            Each file is one import: all of its accepted rows, or none (a killed run leaves the store \
            as it was before that file). Rejected rows and cells are printed on standard error as \
            FILE:LINE:COLUMN and counted. A file already imported (same SHA-256) is skipped; a \
            different file with the same values adds nothing; a newer export of the same class \
            updates what changed and keeps the old value in the change log. People are the same \
            person across imports when they have the same platform id, a valid IIN or the same \
            e-mail address.

            --dry-run prints what would be added, changed and rejected and writes nothing.

            Exit status: 0 imported, 1 some rows or cells were rejected (the rest was imported), \
            2 usage error, 3 an input or the store could not be read.

            Examples:
              gradeport import "7А Физика.csv" kundelik-7A.json
              gradeport import exports/*.csv --store city.sqlite
              gradeport import "7А Физика (new).csv" --dry-run
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var storeOption: StoreOption

    @Flag(name: .long, help: "Say what would be added, changed and rejected; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Write a JSON summary of each file on standard output.")
    var json = false

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    func validate() throws {
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
        let paths = try StandardInput.resolve(inputs.files)
        if platformID == nil { registry.prepareToDetect(paths.compactMap { try? ExportFile(path: $0) }) }
        for path in paths {
            // An input is opened and sniffed first (its head only): one that nothing recognises, or that
            // is not a regular file, is refused without being hashed. A file the store already has is
            // then recognised by its SHA-256 before it is read.
            var builder = GradebookBuilder()
            builder.inputSchools = inputs.inputSchools
            var readable = false
            var fingerprint: String?
            var native: Gradebook?
            if InputOptions.isNativeGradebook(path) {
                // A gradeport/1 file of one export is that export's import (its provenance and
                // fingerprint are the export's); a merged file of several is not one import.
                (native, fingerprint) = Self.readNative(path, diagnosingInto: &builder)
                if let found = try Self.alreadyImported(fingerprint, in: store) {
                    report.addAlreadyImported(path, found)
                    continue
                }
                readable = native != nil
            } else if let (file, choice) = registry.prepare(path, platformID: platformID, diagnosingInto: &builder) {
                fingerprint =
                    file.isDirectory ? ContentFingerprint.ofFolder(at: path) : SHA256.hexDigest(ofFileAt: path)
                let existing: ImportRecord?
                do {
                    existing = try fingerprint.flatMap(store.importRecord(fingerprint:))
                } catch let error as GradeStoreError {
                    throw CommandFailure(error)
                }
                if let existing {
                    report.addAlreadyImported(path, existing)
                    continue
                }
                readable = registry.read(file, as: choice, diagnosingInto: &builder)
            }
            var book = native ?? builder.build()
            if native == nil { CalendarTerms(calendars: calendars).apply(to: &book) }
            printer.print(book)
            guard readable, !book.sources.isEmpty else {
                status = .unreadable
                report.addUnreadable(path, book.diagnostics)
                continue
            }
            // An external adapter that failed part-way read only part of the input: nothing of it is committed.
            if book.diagnostics.contains(where: { $0.code == .adapterFailed }) {
                if status == .success { status = .rejected }
                report.addIncomplete(path, book.diagnostics)
                continue
            }
            TerminalText.writeToStandardError(
                "gradeport: \(dryRun ? "checking" : "storing") \(path) (\(book.results.count) result(s)) …\n")
            let summary: ImportSummary
            do {
                summary = try store.importGradebook(book, fingerprint: fingerprint, dryRun: dryRun)
            } catch let error as GradeStoreError {
                throw CommandFailure(error)
            }
            for diagnostic in summary.diagnostics where diagnostic.severity >= printer.minimumSeverity {
                TerminalText.writeToStandardError(diagnostic.description + "\n")
            }
            if summary.rejected > 0 && status == .success { status = .rejected }
            report.add(summary, book: book)
        }
        FileHandle.standardOutput.write(Data(json ? report.json : Array(TerminalText.escaped(report.text).utf8)))
        if status != .success { throw status.exitCode }
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

    /// The import (not undone) with this fingerprint, if any.
    private static func alreadyImported(_ fingerprint: String?, in store: any GradebookStore) throws -> ImportRecord? {
        do {
            return try fingerprint.flatMap(store.importRecord(fingerprint:))
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
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
