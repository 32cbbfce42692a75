import ArgumentParser
import GradePortCore

/// `--prefer last|PLATFORM` parses straight into a conflict preference; whether a platform id names
/// an adapter is checked against the registry in `validate()`, which knows the run's profiles.
extension ConflictPreference: ExpressibleByArgument {
    /// `last`, or a platform id (an empty or unknown one is refused by `validate()`, with the known ids).
    public init?(argument: String) { self.init(argument) }

    /// The value as the command line spells it.
    public var defaultValueDescription: String { description }
}
