import ArgumentParser
import ExternalAdapters
import Foundation
import GradePortCore
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
            if let (file, choice) = registry.prepare(path, platformID: platformID, diagnosingInto: &builder) {
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
            var book = builder.build()
            CalendarTerms(calendars: calendars).apply(to: &book)
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

    /// The store to import into.
    ///
    /// A dry run never creates or upgrades one: without a store it compares with an empty one in
    /// memory.
    private func openStore() throws -> GradeStore {
        let path = storeOption.path
        guard dryRun else { return try storeOption.open(options: [.create, .migrate]) }
        if FileManager.default.fileExists(atPath: path) { return try storeOption.open(options: []) }
        TerminalText.writeToStandardError(
            "gradeport: note: no store at \(path) yet; the dry run compares with an empty store\n")
        do {
            return try GradeStore.inMemory()
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }
}
