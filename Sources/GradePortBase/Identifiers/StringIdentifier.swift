/// A name that stands for one thing and is written as text: a platform id, an export kind, a
/// record id, a diagnostic code.
///
/// Conforming types are small wrappers around a `String` so that the type checker keeps a person's
/// id apart from an assessment's, and a platform id apart from a file name, while the text stays
/// exactly what the JSON form, the store and the command line show. Everything but storage comes
/// from this protocol's extension:
///
/// ```swift
/// public struct PlatformID: StringIdentifier {
///     public var rawValue: String
///     public init(rawValue: String) { self.rawValue = rawValue }
/// }
/// let teams: PlatformID = "teams"
/// print("read by \(teams)")   // read by teams
/// ```
///
/// Equality, hashing and ordering are those of the text.
public protocol StringIdentifier: RawRepresentable<String>, Sendable, Hashable, Comparable,
    CustomStringConvertible, ExpressibleByStringInterpolation
where StringLiteralType == String {
    /// Creates the identifier from its text.
    init(rawValue: String)
}

extension StringIdentifier {
    /// Creates the identifier from a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// Creates the identifier from an interpolated string, e.g. `"\(platform):\(login)"`.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(rawValue: String(stringInterpolation: stringInterpolation))
    }

    /// Creates the identifier from text that is already a `String` or a slice of one.
    public init(_ text: some StringProtocol) { self.init(rawValue: String(text)) }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
