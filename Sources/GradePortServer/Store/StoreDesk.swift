import Foundation
import GradePortCore
import GradeStore

/// The store as the page uses it: one request at a time, as `gradeport import`, `history` and
/// `undo` use it.
actor StoreDesk {
    /// The store's path.
    let path: String

    init(path: String) {
        self.path = path
    }

    /// The history, oldest first; empty while there is no store.
    func history() async throws -> [ImportRecord] {
        let path = self.path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try await Background.attempt { try GradeStore(path: path, options: [.migrate]).history() }
    }

    /// What importing each input would do (a dry run, against an empty store while there is none).
    func review(_ inputs: [SessionInput], registry: PlatformRegistry) async throws -> [InputReview] {
        let path = self.path
        return try await Background.attempt {
            let store =
                FileManager.default.fileExists(atPath: path)
                ? try GradeStore(path: path, options: [.migrate]) : try GradeStore.inMemory()
            return try inputs.map { input in
                guard input.card.readable else { return InputReview(name: input.name, outcome: .unreadable) }
                let summary = try store.importGradebook(Self.read(input, registry), dryRun: true)
                if case .alreadyImported(let id) = summary.disposition {
                    return InputReview(name: input.name, outcome: .alreadyImported(id))
                }
                return InputReview(name: input.name, outcome: .wouldImport(summary))
            }
        }
    }

    /// Imports each readable input, one history entry per file, as `gradeport import` does; a file
    /// already imported is skipped.
    func importInputs(_ inputs: [SessionInput], registry: PlatformRegistry) async throws -> [ImportSummary] {
        let path = self.path
        return try await Background.attempt {
            let store = try GradeStore(path: path, options: [.create, .migrate])
            return try inputs.filter(\.card.readable).map { try store.importGradebook(Self.read($0, registry)) }
        }
    }

    /// An input's own gradebook (one source, unmerged), read again as `gradeport import` reads it.
    private static func read(_ input: SessionInput, _ registry: PlatformRegistry) -> Gradebook {
        InputReading(path: input.path, name: input.name, platform: input.platformOverride, registry: registry).book
    }

    /// Undoes an import.
    func undo(_ id: Int64) async throws -> UndoSummary {
        let path = self.path
        return try await Background.attempt { try GradeStore(path: path, options: [.migrate]).undo(importID: id) }
    }
}
