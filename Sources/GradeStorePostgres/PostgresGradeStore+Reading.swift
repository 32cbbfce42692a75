import GradePortCore
import GradeStore

extension PostgresGradeStore {
    /// The part of the store a filter selects as one gradebook, read in one snapshot: the same
    /// gradebook the SQLite store gives for the same imports
    /// (``GradeStore/gradebook(matching:)``).
    public func gradebook(matching filter: GradebookFilter = .all) throws -> Gradebook {
        try reading { try PostgresStoreReader(link: link, displayName: displayName).gradebook(matching: filter) }
    }
}
