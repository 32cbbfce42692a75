import GradePortCore

/// One input as the reading stage of a batched import leaves it for the store: read into a
/// gradebook, or the reason it will not be stored.
public struct PreparedImport: Sendable {
    /// What reading the input gave.
    public enum Content: Sendable {
        /// The input's gradebook (one source), and its content fingerprint.
        case gradebook(Gradebook, fingerprint: String?)
        /// The store already had an import of the same content: the input was not read.
        case alreadyImported(ImportRecord)
        /// Nothing of the input could be read; the gradebook holds the diagnostics saying why.
        case unreadable(Gradebook)
        /// An external adapter failed part-way: what it read is not stored.
        case incomplete(Gradebook)
    }

    /// The input as the user named it (or as a folder walk found it).
    public var path: String
    /// What reading it gave.
    public var content: Content

    /// Creates a prepared input.
    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// The gradebook read, if any (also for an input that is not stored: its diagnostics).
    public var gradebook: Gradebook? {
        switch content {
        case .gradebook(let book, _), .unreadable(let book), .incomplete(let book): book
        case .alreadyImported: nil
        }
    }

    /// The same input named `name` instead of `copy` (see ``Gradebook/renameInput(_:to:)``).
    public func renamingInput(_ copy: String, to name: String) -> PreparedImport {
        func renamed(_ book: Gradebook) -> Gradebook {
            var book = book
            book.renameInput(copy, to: name)
            return book
        }
        let content: Content =
            switch content {
            case .gradebook(let book, let fingerprint): .gradebook(renamed(book), fingerprint: fingerprint)
            case .alreadyImported(let record): .alreadyImported(record)
            case .unreadable(let book): .unreadable(renamed(book))
            case .incomplete(let book): .incomplete(renamed(book))
            }
        return PreparedImport(path: path == copy ? name : path, content: content)
    }

    /// How many results the input holds (0 when it was not read).
    public var resultCount: Int { gradebook?.results.count ?? 0 }
}
