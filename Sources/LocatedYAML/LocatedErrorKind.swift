/// The kinds of problem a ``LocatedNode`` reports by itself, whatever file format it reads.
///
/// A format's own kind enum adds its cases (a bad regular expression, weights that do not add up)
/// and satisfies these requirements with cases of the same names.
public protocol LocatedErrorKind: Hashable, Sendable {
    /// The file cannot be read, or is not UTF-8 text.
    static var unreadable: Self { get }
    /// The text is not valid YAML.
    static var syntax: Self { get }
    /// A key the format does not have (a typo, usually).
    static var unknownKey: Self { get }
    /// A required key is missing.
    static var missingKey: Self { get }
    /// A value of the wrong type (a list where a word was expected, text where a number was).
    static var wrongType: Self { get }
    /// A value of the right type that is not allowed.
    static var invalidValue: Self { get }
}
