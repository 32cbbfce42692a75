/// A profile that cannot be used, with the place in the profile file that is wrong.
///
/// Its ``description`` is the compiler-style line every GradePort tool prints:
///
/// ```
/// school-42-profile.yaml:14:5: error: unknown key 'colums' (did you mean 'columns'?)
/// ```
public struct ProfileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
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

    /// The profile file as named (a path, or the name given with the YAML text).
    public var file: String
    /// The 1-based line in the profile file.
    public var line: Int
    /// The 1-based column (in Unicode scalars, as the YAML parser counts).
    public var column: Int
    /// What kind of problem it is.
    public var kind: Kind
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, column: Int, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
