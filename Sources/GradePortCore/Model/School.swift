/// A school.
public struct School: Sendable, Hashable, Identifiable {
    /// The school's id in the gradebook.
    public var id: ID
    /// The school's name as the platform writes it.
    public var name: String?
    /// The school's business identification number (БИН), when a platform gives it.
    public var bin: String?
    /// Where the record came from.
    public var source: SourceReference?

    /// Creates a school.
    public init(id: ID, name: String? = nil, bin: String? = nil, source: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.bin = bin
        self.source = source
    }
}
