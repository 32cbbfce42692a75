/// How a batched import groups inputs into transactions and how far reading may run ahead of the
/// store.
public struct ImportBatchLimits: Sendable, Hashable {
    /// The most inputs one transaction holds (each in its own savepoint); 1 commits every input alone.
    public var filesPerTransaction: Int
    /// A transaction is committed once its inputs hold this many results.
    public var resultsPerTransaction: Int
    /// A transaction is committed once it has been open this many seconds, so that a slow reader
    /// does not keep finished inputs uncommitted (and unreported) for long.
    public var secondsPerTransaction: Double
    /// The most read inputs waiting for the store.
    public var queuedFiles: Int
    /// The most results waiting for the store (an input larger than this waits alone).
    public var queuedResults: Int

    /// Creates limits.
    public init(
        filesPerTransaction: Int = 500, resultsPerTransaction: Int = 200_000, secondsPerTransaction: Double = 2,
        queuedFiles: Int = 64, queuedResults: Int = 200_000
    ) {
        self.filesPerTransaction = filesPerTransaction
        self.resultsPerTransaction = resultsPerTransaction
        self.secondsPerTransaction = secondsPerTransaction
        self.queuedFiles = queuedFiles
        self.queuedResults = queuedResults
    }
}
