/// One way an adapter breaks the rules every adapter follows.
public struct ConformanceFailure: Sendable, Hashable, CustomStringConvertible {
    /// The name of the check, e.g. `sniffs-own-samples`.
    public var check: String
    /// The input the check used, when there is one.
    public var input: String?
    /// What was wrong.
    public var message: String

    /// Creates a failure.
    public init(check: String, input: String? = nil, message: String) {
        self.check = check
        self.input = input
        self.message = message
    }

    /// `[check] input: message`.
    public var description: String { "[\(check)] \(input.map { "\($0): " } ?? "")\(message)" }
}
