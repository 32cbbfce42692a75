/// How long an adapter process may run: in all, or without writing a new line.
///
/// `describe` and `sniff` have a limit in all (5 s and 10 s); `read` may run as long as it keeps
/// writing lines, and stops being waited for once it has written nothing for its limit (120 s, or
/// `GRADEPORT_ADAPTER_TIMEOUT`). A `progress` line keeps a slow read alive.
public enum TimeLimit: Sendable, Hashable, CustomStringConvertible {
    /// At most this many seconds from the start.
    case total(Double)
    /// At most this many seconds without a new line on standard output.
    case idle(Double)

    /// The number of seconds.
    public var seconds: Double {
        switch self {
        case .total(let seconds), .idle(let seconds): seconds
        }
    }

    /// The limit for a message: `10 s` or `120 s without a new line`.
    public var description: String {
        switch self {
        case .total: "\(Self.format(seconds)) s"
        case .idle: "\(Self.format(seconds)) s without a new line"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e9 ? String(Int(seconds)) : String(seconds)
    }
}
