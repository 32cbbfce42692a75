/// What a platform adapter is: its id, its name, and the kinds of export it reads.
public struct PlatformDescriptor: Sendable, Hashable {
    /// One kind of export an adapter reads, e.g. the grades CSV or an API dump.
    public struct ExportKind: Sendable, Hashable {
        /// A short kebab-case id, e.g. `grades-csv`.
        public var id: String
        /// A sentence for people: what file this is and where a user gets it.
        public var summary: String

        /// Creates an export kind.
        public init(id: String, summary: String) {
            self.id = id
            self.summary = summary
        }
    }

    /// The platform id used on the command line and in output, e.g. `google-classroom`.
    public var id: String
    /// The name people know, e.g. `Google Classroom`.
    public var displayName: String
    /// The kinds of export the adapter reads.
    public var exports: [ExportKind]

    /// Creates a descriptor.
    public init(id: String, displayName: String, exports: [ExportKind]) {
        self.id = id
        self.displayName = displayName
        self.exports = exports
    }
}
