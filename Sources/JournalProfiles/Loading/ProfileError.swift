import LocatedYAML

/// A profile that cannot be used, with the place in the profile file that is wrong.
///
/// Its `description` is the compiler-style line every GradePort tool prints:
///
/// ```
/// school-42-profile.yaml:14:5: error: unknown key 'colums' (did you mean 'columns'?)
/// ```
public typealias ProfileError = LocatedError<ProfileErrorKind>

/// What kind of problem a ``ProfileError`` is (also spelt `ProfileError.Kind`).
public enum ProfileErrorKind: String, Sendable, Hashable, CaseIterable, LocatedErrorKind {
    /// The file cannot be read, or is not UTF-8 text.
    case unreadable
    /// The text is not valid YAML.
    case syntax
    /// A key the profile format does not have (a typo, usually).
    case unknownKey
    /// A required key is missing.
    case missingKey
    /// A value of the wrong type (a list where a word was expected, text where a number was).
    case wrongType
    /// A value of the right type that is not allowed (an unknown kind, a negative maximum).
    case invalidValue
    /// A regular expression that does not compile.
    case invalidPattern
}

/// A node of a profile's YAML tree; its errors are ``ProfileError``s.
typealias ProfileNode = LocatedNode<ProfileErrorKind>
