import Foundation
import GradePortTesting
import GradeStore
import GradeStorePostgres
import Testing

/// The store backends the behaviour tests run against.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// A new, empty store of this backend: an in-memory SQLite store, or a new database on the
    /// test cluster.
    func makeStore() throws -> any GradebookStore {
        switch self {
        case .sqlite: try GradeStore.inMemory()
        case .postgres: try PostgresGradeStore(url: PostgresStoreURL(try PostgresTestCluster.shared().makeDatabase()))
        }
    }
}
