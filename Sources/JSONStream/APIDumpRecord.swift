/// One record of an ``APIDump``: an element of a collection, with where it came from.
public struct APIDumpRecord: Sendable {
    /// The collection's name as the caller gave it (``APIDumpCollection/name``).
    public let collection: String
    /// The key or file-name alias the collection was found under (`""` for a bare array file).
    public let key: String
    /// The record's complete value.
    public let value: JSONValue
    /// The file the record was read from.
    public let file: String
    /// The 1-based line where the record starts.
    public let line: Int
    /// The 1-based column where the record starts, in Unicode scalars.
    public let column: Int
    /// The `@odata.context` of the Microsoft Graph wrapper the record came in, when it came in one and
    /// that member precedes the records (as Graph writes it): the request it answers, such as
    /// `…/classes('c1')/assignments('a1')/submissions`.
    public let context: String?

    /// Creates a record; readers create them, tests and adapters may too.
    public init(
        collection: String, key: String, value: JSONValue, file: String, line: Int, column: Int,
        context: String? = nil
    ) {
        self.collection = collection
        self.key = key
        self.value = value
        self.file = file
        self.line = line
        self.column = column
        self.context = context
    }
}
