/// A school subject (математика, қазақ тілі, Physics).
public struct Subject: Sendable, Hashable, Identifiable {
    /// The subject's id in the gradebook.
    public var id: ID
    /// The subject's name as the platform writes it.
    public var name: String
    /// Where the record came from.
    public var source: SourceReference?

    /// Creates a subject.
    public init(id: ID, name: String, source: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.source = source
    }
}
