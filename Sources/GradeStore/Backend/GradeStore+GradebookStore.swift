/// The embedded SQLite store is the default ``GradebookStore``.
extension GradeStore: GradebookStore {
    /// The store's path (`the store` for an in-memory one).
    public var displayName: String { path ?? "the store" }
}
