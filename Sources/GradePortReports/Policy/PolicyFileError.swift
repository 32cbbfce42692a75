import LocatedYAML

/// A grading policy file that cannot be used, with the place in it that is wrong.
///
/// Its `description` is the compiler-style line every GradePort tool prints:
///
/// ```
/// school-policy.yaml:7:7: error: the weights must add up to 100, found 25 + 25 + 40 = 90
/// ```
public typealias PolicyFileError = LocatedError<PolicyFileErrorKind>

/// What kind of problem a ``PolicyFileError`` is (also spelt `PolicyFileError.Kind`).
public enum PolicyFileErrorKind: String, Sendable, Hashable, CaseIterable, LocatedErrorKind {
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
