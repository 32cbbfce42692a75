/// What a batched import tells its caller, in input order, on the caller's thread.
public enum ImportEvent: Sendable {
    /// An input was read (or refused) and is about to go to the store; its gradebook's diagnostics
    /// can be shown now.
    case read(PreparedImport)
    /// An input's records are being written (inside the current transaction).
    case storing(path: String, results: Int)
    /// The transaction holding an input committed (or, for a dry run, the input was worked out):
    /// what became of it.
    case finished(FileImportOutcome)
}
