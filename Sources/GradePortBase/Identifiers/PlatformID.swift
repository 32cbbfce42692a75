/// The id of a platform adapter, as used on the command line and in output: `google-classroom`,
/// `teams`, `kundelik`, or a journal profile's `platform`.
///
/// Lower-case kebab-case by convention (the conformance checks hold adapters to it).
public struct PlatformID: StringIdentifier {
    /// The id's text.
    public var rawValue: String

    /// Creates the id from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
}
