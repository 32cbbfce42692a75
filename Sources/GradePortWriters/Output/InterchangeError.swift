/// Why a writer could not write: the destination is unusable or of the wrong kind, or a file failed.
///
/// Nothing is left half-written when it is thrown: files go to a staging folder next to the
/// destination and are moved into place only when all of them are complete.
public struct InterchangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, naming the path.
    public var message: String
    /// Whether the destination itself is wrong (a usage mistake) rather than a failure while writing.
    public var isDestinationProblem: Bool

    /// Creates the error.
    public init(_ message: String, isDestinationProblem: Bool = false) {
        self.message = message
        self.isDestinationProblem = isDestinationProblem
    }

    /// The message.
    public var description: String { message }
}
