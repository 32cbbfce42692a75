/// How an adapter program is started: the executable and the arguments that come before the
/// protocol command (`python3 /path/gradeport-adapter-moodle.py`, or a program on its own).
public struct ProgramInvocation: Sendable, Hashable, CustomStringConvertible {
    /// The absolute path of the executable to start.
    public var executable: String
    /// Arguments placed before the protocol command (the script for an interpreter).
    public var leadingArguments: [String]

    /// Creates an invocation.
    public init(executable: String, leadingArguments: [String] = []) {
        self.executable = executable
        self.leadingArguments = leadingArguments
    }

    /// The command line as people read it.
    public var description: String { ([executable] + leadingArguments).joined(separator: " ") }
}
