/// An input that does not exist or cannot be read.
public struct ExportFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it.
    public var path: String
    /// Why it cannot be read.
    public var reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: error: REASON`.
    public var description: String { "\(path): error: \(reason)" }
}
