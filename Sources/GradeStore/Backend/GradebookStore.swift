import GradePortCore

/// What every GradePort store does, whichever database holds it: the embedded SQLite store
/// (``GradeStore``, the default) or a district's PostgreSQL server (`PostgresGradeStore` in the
/// `GradeStorePostgres` module).
///
/// The operations are the ones `gradeport import`, `history`, `undo`, `export` and `report --store`
/// and `gradeport serve` use. Every backend gives the same results for the same imports: the same
/// summaries, history, change logs, undo refusals and gradebooks (the store's behaviour tests run
/// against each backend).
///
/// ```swift
/// let store: any GradebookStore = try GradeStore(path: "gradeport.sqlite")
/// let summary = try store.importGradebook(book, fingerprint: nil, dryRun: false)
/// try store.undo(importID: summary.importID!)
/// ```
public protocol GradebookStore: AnyObject, Sendable {
    /// The store for people: a file's path, or a server's URL without its password.
    var displayName: String { get }

    /// Imports the gradebook read from one input as one transaction (see
    /// ``GradeStore/importGradebook(_:fingerprint:dryRun:)``): an input already imported is not
    /// imported again, and a dry run writes nothing.
    func importGradebook(_ book: Gradebook, fingerprint: String?, dryRun: Bool) throws -> ImportSummary

    /// The import (not undone) whose content has this fingerprint, if any.
    func importRecord(fingerprint: String) throws -> ImportRecord?

    /// Imports (not undone) by fingerprint: the inputs a many-file import need not read.
    func knownImports() throws -> [String: ImportRecord]

    /// Imports many inputs, each atomic and undoable on its own, telling `onEvent` as each is read,
    /// stored and finished (see ``GradeStore/importFiles(_:reading:limits:dryRun:onEvent:)``; a
    /// default in an extension imports them one by one).
    func importFiles(
        _ paths: [String], reading reader: ImportInputReader, limits: ImportBatchLimits, dryRun: Bool,
        onEvent: (ImportEvent) throws -> Void
    ) throws

    /// Every import and undo, oldest first.
    func history() throws -> [ImportRecord]

    /// One entry of the history; ``GradeStoreError/Code/unknownImport`` when none has this id.
    func importRecord(id: Int64) throws -> ImportRecord

    /// The errors and warnings kept with an import.
    func diagnostics(ofImport id: Int64) throws -> [Diagnostic]

    /// The result change log of one import or undo.
    func resultLog(ofImport id: Int64) throws -> [ResultLogEntry]

    /// The record change log of one import or undo.
    func recordLog(ofImport id: Int64) throws -> [RecordLogEntry]

    /// Undoes an import in one transaction, refused while later imports depend on it.
    @discardableResult
    func undo(importID: Int64) throws -> UndoSummary

    /// The part of the store a filter selects, as one gradebook.
    func gradebook(matching filter: GradebookFilter) throws -> Gradebook

    /// Closes the connection; further use of the store throws.
    func close() throws
}
