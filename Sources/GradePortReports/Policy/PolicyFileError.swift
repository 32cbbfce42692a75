/// A grading policy file that cannot be used, with the place in it that is wrong.
///
/// Its ``description`` is the compiler-style line every GradePort tool prints:
///
/// ```
/// school-policy.yaml:7:7: error: the weights must add up to 100, found 25 + 25 + 40 = 90
/// ```
public struct PolicyFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The file cannot be read, or is not UTF-8 text.
        case unreadable
        /// The text is not valid YAML or JSON.
        case syntax
        /// A key the policy format does not have (a typo, usually).
        case unknownKey
        /// A required key is missing.
        case missingKey
        /// A value of the wrong type (text where a number was expected, a list where a mapping was).
        case wrongType
        /// A value of the right type that is not allowed (a weight of 120, a backwards range).
        case invalidValue
        /// Weights that do not add up to 100.
        case weightsTotal
        /// A scale with a gap or an overlap.
        case scaleCoverage
        /// Two rules for the same school year (and grade).
        case overlappingYears
    }

    /// The policy file as named.
    public var file: String
    /// The 1-based line in the file.
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
