/// The id of one kind of export an adapter reads, unique within its platform: `grades-csv`,
/// `api-dump`, `journal-table`.
public struct ExportKindID: StringIdentifier {
    /// The id's text.
    public var rawValue: String

    /// Creates the id from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
}
