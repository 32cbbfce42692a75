import GRDB
import GradePortCore

extension GradeStore {
    /// Reads the part of the store a filter selects as one gradebook: everything imported so far,
    /// across platforms and terms.
    ///
    /// - Each import the records come from is a source with id `import-N` (its file, platform,
    ///   export and fingerprint); every record's and result's source reference points into it, at
    ///   the line and column of the value the store holds.
    /// - Records keep the ids they were imported under; a person linked across imports (by IIN,
    ///   e-mail or platform id) appears once, under the id of the import that introduced them.
    /// - Results come by assessment (in the order assessments were first imported), then by student
    ///   (in the order students were first imported). Diagnostics stay with their imports
    ///   (``diagnostics(ofImport:)``); the gradebook has none.
    ///
    /// - Parameter filter: Classes, subjects and terms to read; ``GradebookFilter/all`` by default.
    /// - Throws: ``GradeStoreError/Code/noMatch`` when a filter value names nothing in the store
    ///   (the message lists what the store has).
    public func gradebook(matching filter: GradebookFilter = .all) throws -> Gradebook {
        do {
            // One read transaction: every query sees the same state, even while another process imports.
            return try queue.read { db in try StoreReader(db: db, storePath: path).gradebook(matching: filter) }
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }
}
