import GradePortCore
import GradeStore

/// What importing one input would do to the store, worked out by a dry run.
struct InputReview: Sendable {
    /// What the dry run found.
    enum Outcome: Sendable {
        /// The input could not be read; nothing would be imported.
        case unreadable
        /// The same file is already imported, as this history entry.
        case alreadyImported(Int64)
        /// What would be added, changed, kept and rejected.
        case wouldImport(ImportSummary)
    }

    /// The input's name.
    var name: String
    /// What the dry run found.
    var outcome: Outcome

    /// The changes whose new score is lower than the stored one.
    var decreases: [ResultChange] {
        guard case .wouldImport(let summary) = outcome else { return [] }
        return summary.changes.filter { change in
            guard let old = change.old.score, let new = change.new.score else { return false }
            return new < old
        }
    }

    /// The changes that take away a stored score (the new value has none).
    var blanked: [ResultChange] {
        guard case .wouldImport(let summary) = outcome else { return [] }
        return summary.changes.filter { $0.old.score != nil && $0.new.score == nil }
    }

    /// Whether importing would change nothing in the store.
    var changesNothing: Bool {
        switch outcome {
        case .unreadable, .alreadyImported: true
        case .wouldImport(let summary): summary.added == 0 && summary.changed == 0
        }
    }
}
