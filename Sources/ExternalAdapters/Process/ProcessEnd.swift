/// How an adapter process ended.
public enum ProcessEnd: Sendable, Hashable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signalled(Int32)
    /// It ran past its limit and was stopped (SIGTERM, then SIGKILL).
    case timedOut(TimeLimit)

    /// Decodes a `waitpid` status.
    init(waitStatus status: Int32) {
        if status & 0x7f == 0 {
            self = .exited((status >> 8) & 0xff)
        } else {
            self = .signalled(status & 0x7f)
        }
    }

    /// `exit status 5`, `signal 9 (SIGKILL)`, …
    public var description: String {
        switch self {
        case .exited(let status): "exit status \(status)"
        case .signalled(let signal): "signal \(signal)\(Self.signalName(signal).map { " (\($0))" } ?? "")"
        case .timedOut(let limit): "no answer within \(limit)"
        }
    }

    private static func signalName(_ signal: Int32) -> String? {
        switch signal {
        case 1: "SIGHUP"
        case 2: "SIGINT"
        case 4: "SIGILL"
        case 6: "SIGABRT"
        case 7, 10: signal == 7 ? "SIGBUS" : "SIGUSR1"
        case 8: "SIGFPE"
        case 9: "SIGKILL"
        case 11: "SIGSEGV"
        case 13: "SIGPIPE"
        case 15: "SIGTERM"
        default: nil
        }
    }
}
