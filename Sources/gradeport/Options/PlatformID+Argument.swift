import ArgumentParser
import GradePortCore

/// `--platform ID` parses straight into a platform id; whether an adapter has it is checked against
/// the registry in `validate()`, which knows the run's profiles.
extension PlatformID: ExpressibleByArgument {}
