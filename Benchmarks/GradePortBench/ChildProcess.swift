import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program as a child process and measures it: wall time and peak resident memory
/// (`ru_maxrss` from `wait4`, so each phase's peak is its own).
struct ChildProcess {
    /// What a finished child reported.
    struct Measurement {
        var status: Int32
        var seconds: Double
        var peakMemoryBytes: Int
        var standardOutput: String
        /// User and system CPU time of the child.
        var cpuSeconds: Double = 0
    }

    /// Runs `arguments[0]` with the rest as arguments; standard output is captured to a file
    /// unless `discardOutput`, in which case it goes to /dev/null.
    static func run(_ arguments: [String], discardOutput: Bool = false) throws -> Measurement {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("gp-bench-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: capture) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(
            &actions, 1, discardOutput ? "/dev/null" : capture, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Date().timeIntervalSince(start)
        let output = discardOutput ? "" : ((try? String(contentsOfFile: capture, encoding: .utf8)) ?? "")
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        return Measurement(
            status: exitStatus, seconds: seconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024,
            standardOutput: output, cpuSeconds: cpu)
    }
}
