/// A report filter (`--class`, `--subject`, `--term`) that names nothing in the gradebook.
public struct ReportFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the filter is about.
    public enum Dimension: String, Sendable, Hashable, CaseIterable {
        /// A class.
        case `class`
        /// A subject.
        case subject
        /// A term.
        case term
        /// `--school`.
        case school
    }

    /// What the filter is about.
    public var dimension: Dimension
    /// The value given.
    public var value: String
    /// The values the gradebook has, for the message.
    public var known: [String]

    /// Creates an error.
    public init(dimension: Dimension, value: String, known: [String]) {
        self.dimension = dimension
        self.value = value
        self.known = known
    }

    /// `no class in the inputs is '7Б'; classes: 7А, 7В`.
    public var description: String {
        let plural =
            switch dimension {
            case .class: "classes"
            case .subject: "subjects"
            case .term: "terms"
            case .school: "schools"
            }
        let list = known.isEmpty ? "none" : known.joined(separator: ", ")
        return "no \(dimension.rawValue) in the inputs is '\(value)'; \(plural): \(list)"
    }
}
