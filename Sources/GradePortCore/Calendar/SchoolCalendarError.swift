/// A calendar file (`--calendar FILE`) that cannot be read: the file, the line and why.
public struct SchoolCalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name or path.
    public var file: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int?, _ reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `FILE:LINE: reason`.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)" }
}
