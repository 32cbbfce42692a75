import GradePortCore

/// What a batched import did with one input, reported once the transaction holding it committed.
public struct FileImportOutcome: Sendable {
    /// What became of the input.
    public enum Status: Sendable {
        /// Stored (or, for a dry run, worked out); the summary says what it added and changed. Its
        /// disposition is ``ImportSummary/Disposition/alreadyImported(_:)`` when an earlier input of
        /// the same run had the same content.
        case stored(ImportSummary)
        /// The store already had an import of the same content: the input was not read.
        case alreadyImported(ImportRecord)
        /// Nothing of the input could be read (see ``readingDiagnostics``).
        case unreadable
        /// An external adapter failed part-way: nothing of the input was stored.
        case incomplete
        /// The store refused the input: its savepoint was rolled back, the other inputs of its
        /// transaction were kept.
        case failed(GradeStoreError)
    }

    /// The input.
    public var path: String
    /// What became of it.
    public var status: Status
    /// What reading the input diagnosed (every severity).
    public var readingDiagnostics: [Diagnostic]
    /// How many results the input held.
    public var resultCount: Int

    /// Creates an outcome.
    public init(path: String, status: Status, readingDiagnostics: [Diagnostic], resultCount: Int) {
        self.path = path
        self.status = status
        self.readingDiagnostics = readingDiagnostics
        self.resultCount = resultCount
    }
}

extension DiagnosticCode {
    /// The store refused an input of a batched import (a constraint its records broke); nothing of it
    /// was stored, the other inputs were.
    public static let storeRefused: Self = "store-refused"
}
