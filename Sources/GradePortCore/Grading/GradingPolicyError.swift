/// Why a grading policy's data cannot be used: weights that do not add up, a scale with a gap,
/// school years given to two rules.
///
/// The policy types check their data when they are created and throw this error; a policy file's
/// loader adds the place in the file.
public struct GradingPolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A value of the right type that is not allowed (a negative weight, a mark of 7).
        case invalidValue
        /// Weights that do not add up to 100.
        case weightsTotal
        /// A scale that misses part of 0–100 % or gives part of it two marks.
        case scaleCoverage
        /// Two rules for the same school year (and grade).
        case overlappingYears
        /// A policy with no rules.
        case empty
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// What is wrong, in one sentence.
    public var message: String
    /// The position of the rule, scale band or weight the problem is at, when it is one of several.
    public var index: Int?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at index: Int? = nil) {
        self.kind = kind
        self.message = message
        self.index = index
    }

    /// The message.
    public var description: String { message }
}
