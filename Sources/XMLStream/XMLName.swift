/// The expanded name of an element or attribute: its local name and its namespace URI.
///
/// Prefixes are not part of the name: `<x:row xmlns:x="urn:a">` and `<row xmlns="urn:a">` both have the local name
/// `row` in the namespace `urn:a`. Compare names by `localName` and `namespaceURI`, never by prefix.
public struct XMLName: Sendable, Hashable, CustomStringConvertible {
    /// The local part of the name, without any prefix (`row` for `<x:row>`).
    public var localName: String

    /// The namespace URI the name belongs to, or `nil` when it is in no namespace.
    public var namespaceURI: String?

    /// Creates a name from a local name and an optional namespace URI.
    ///
    /// - Parameters:
    ///   - localName: The local part of the name.
    ///   - namespaceURI: The namespace URI, or `nil` for a name in no namespace.
    public init(_ localName: String, namespaceURI: String? = nil) {
        self.localName = localName
        self.namespaceURI = namespaceURI
    }

    /// The name in Clark notation: `{urn:a}row`, or just `row` when it is in no namespace.
    public var description: String {
        guard let namespaceURI else { return localName }
        return "{\(namespaceURI)}\(localName)"
    }
}
