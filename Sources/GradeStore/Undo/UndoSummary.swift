/// What undoing an import did.
public struct UndoSummary: Sendable, Hashable {
    /// The undo's own entry in the history.
    public var undoID: Int64
    /// The import that was undone.
    public var undoneImport: Int64
    /// Results removed: the import had added them and no later import gave them again.
    public var removed: Int
    /// Results put back to their value before the import.
    public var restored: Int
    /// People, assessments, classes and other records removed because no other import names them.
    public var recordsRemoved: Int

    /// Creates a summary.
    public init(undoID: Int64, undoneImport: Int64, removed: Int, restored: Int, recordsRemoved: Int) {
        self.undoID = undoID
        self.undoneImport = undoneImport
        self.removed = removed
        self.restored = restored
        self.recordsRemoved = recordsRemoved
    }
}
