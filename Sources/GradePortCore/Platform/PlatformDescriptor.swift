/// What a platform adapter is: its id, its name, and the kinds of export it reads.
public struct PlatformDescriptor: Sendable, Hashable {
    /// One kind of export an adapter reads, e.g. the grades CSV or an API dump.
    public struct ExportKind: Sendable, Hashable {
        /// The id of an export kind.
        public typealias ID = ExportKindID

        /// A short kebab-case id, e.g. `grades-csv`.
        public var id: ID
        /// A sentence for people: what file this is and where a user gets it.
        public var summary: String

        /// Creates an export kind.
        public init(id: ID, summary: String) {
            self.id = id
            self.summary = summary
        }
    }

    /// The platform id used on the command line and in output, e.g. `google-classroom`.
    public var id: PlatformID
    /// The name people know, e.g. `Google Classroom`.
    public var displayName: String
    /// The kinds of export the adapter reads.
    public var exports: [ExportKind]

    /// Creates a descriptor.
    public init(id: PlatformID, displayName: String, exports: [ExportKind]) {
        self.id = id
        self.displayName = displayName
        self.exports = exports
    }
}

extension PlatformDescriptor {
    /// The export kind with this id, if the adapter declares it.
    public func export(id: ExportKind.ID) -> ExportKind? { exports.first { $0.id == id } }
}
