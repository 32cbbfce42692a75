/// Which value a merge keeps when two inputs give different values for one student and assessment.
///
/// The CLI spells it `--prefer last` (the default) or `--prefer PLATFORM`.
public enum ConflictPreference: Sendable, Hashable, CustomStringConvertible {
    /// The value from the input given later on the command line.
    case last
    /// The value from an input this platform read (the later such input when there are several);
    /// when no input of the platform gave a value, the value from the later input.
    case platform(PlatformID)

    /// Reads `last` or a platform id.
    public init(_ text: String) {
        self = text == "last" ? .last : .platform(PlatformID(rawValue: text))
    }

    /// `last`, or the platform id.
    public var description: String {
        switch self {
        case .last: "last"
        case .platform(let id): id.rawValue
        }
    }
}
