/// An adapter program that could not be started at all.
public enum AdapterProcessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No pipe, or `posix_spawn` failed; the reason in words.
    case cannotStart(String)

    /// The reason.
    public var description: String {
        switch self {
        case .cannotStart(let reason): reason
        }
    }
}
