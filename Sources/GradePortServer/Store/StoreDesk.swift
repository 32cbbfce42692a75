import Foundation
import GradePortCore
import GradeStore
import GradeStorePostgres

/// The store as the page uses it: one request at a time, as `gradeport import`, `history` and
/// `undo` use it. The store is an SQLite file or a PostgreSQL database (``StoreBackend``).
actor StoreDesk {
    /// The store's location as given (a path, or a URL that may hold a password).
    let path: String

    init(path: String) {
        self.path = path
    }

    /// The store's backend.
    private static func backend(_ path: String) throws -> StoreBackend {
        try StoreBackend(location: path)
    }

    /// Runs `work` with the store opened with `options`, closing it afterwards.
    private static func with<Value>(
        _ path: String, _ options: GradeStore.OpenOptions, _ work: (any GradebookStore) throws -> Value
    ) throws -> Value {
        let store = try backend(path).open(options: options)
        defer { try? store.close() }
        return try work(store)
    }

    /// The history, oldest first; empty while there is no store.
    func history() async throws -> [ImportRecord] {
        let path = self.path
        return try await Background.attempt {
            guard try Self.backend(path).mayExist else { return [] }
            do {
                return try Self.with(path, [.migrate]) { try $0.history() }
            } catch let error as GradeStoreError where error.code == .missingStore {
                return []
            }
        }
    }

    /// What importing each input would do (a dry run, against an empty store while there is none).
    func review(_ inputs: [SessionInput], registry: PlatformRegistry) async throws -> [InputReview] {
        let path = self.path
        return try await Background.attempt {
            let backend = try Self.backend(path)
            var store: any GradebookStore = try GradeStore.inMemory()
            if backend.mayExist {
                do {
                    store = try backend.open(options: [.migrate])
                } catch let error as GradeStoreError where error.code == .missingStore {
                    // An empty database: compared with an empty store.
                }
            }
            defer { try? store.close() }
            return try inputs.map { input in
                guard input.card.readable else { return InputReview(name: input.name, outcome: .unreadable) }
                let summary = try store.importGradebook(Self.read(input, registry), fingerprint: nil, dryRun: true)
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
            try Self.with(path, [.create, .migrate]) { store in
                try inputs.filter(\.card.readable).map {
                    try store.importGradebook(Self.read($0, registry), fingerprint: nil, dryRun: false)
                }
            }
        }
    }

    /// An input's own gradebook (one source, unmerged), read again as `gradeport import` reads it.
    private static func read(_ input: SessionInput, _ registry: PlatformRegistry) -> Gradebook {
        InputReading(path: input.path, name: input.name, platform: input.platformOverride, registry: registry).book
    }

    /// Undoes an import.
    func undo(_ id: Int64) async throws -> UndoSummary {
        let path = self.path
        return try await Background.attempt { try Self.with(path, [.migrate]) { try $0.undo(importID: id) } }
    }
}
