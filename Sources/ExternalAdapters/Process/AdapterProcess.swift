import Foundation
import GradePortBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one adapter command as a child process and hands over its standard output line by line.
///
/// The child runs in a process group of its own with standard input on `/dev/null` and the
/// protocol's environment. Both pipes are drained on dedicated threads (``PipeDrain``). Past the
/// time limit, or when the line handler throws, the whole group gets SIGTERM and, 3 s later,
/// SIGKILL; the child is always reaped, so no zombie is left behind.
struct AdapterProcess {
    /// The longest line the protocol allows: 1 MiB (``InputLimits/maxAdapterLineBytes``).
    static let lineLimit = InputLimits.standard.maxAdapterLineBytes
    /// How much of standard error is kept: its last 64 KiB.
    static let errorTailLimit = 64 << 10
    /// How long a stopped adapter has between SIGTERM and SIGKILL.
    static let terminationGrace: Double = 3

    /// What a finished run reports.
    struct Outcome: Sendable {
        /// How the process ended.
        var end: ProcessEnd
        /// The last 64 KiB of its standard error.
        var errorTail: String
    }

    /// The program.
    var invocation: ProgramInvocation
    /// Variables added to the host's environment.
    var environment: [String: String]

    /// Starts the program with the command's arguments and calls `handle` for each line it writes
    /// until standard output ends or the limit passes.
    ///
    /// - Throws: ``AdapterProcessError`` when the program cannot be started; whatever `handle`
    ///   throws, after the process group has been stopped and reaped.
    func run(
        _ arguments: [String], limit: TimeLimit, started: (pid_t) -> Void = { _ in },
        handle: (OutputLine) throws -> Void
    ) throws -> Outcome {
        let output = try Self.makePipe()
        let error: (read: Int32, write: Int32)
        do {
            error = try Self.makePipe()
        } catch {
            close(output.read)
            close(output.write)
            throw error
        }
        let pid: pid_t
        do {
            pid = try spawn(arguments, output: output.write, error: error.write)
        } catch let failure {
            for descriptor in [output.read, output.write, error.read, error.write] { close(descriptor) }
            throw failure
        }
        close(output.write)
        close(error.write)
        started(pid)
        let drain = PipeDrain(lineLimit: Self.lineLimit, errorTailLimit: Self.errorTailLimit)
        drain.start(output: output.read, error: error.read)
        let started = ContinuousClock.now
        func deadline() -> ContinuousClock.Instant {
            switch limit {
            case .total(let seconds): started.advanced(by: .milliseconds(Int64(seconds * 1000)))
            case .idle(let seconds): drain.lastLineTime.advanced(by: .milliseconds(Int64(seconds * 1000)))
            }
        }
        var child = Child(pid: pid)
        var exitedAt: ContinuousClock.Instant?
        while true {
            // Wake at least every 100 ms to see whether the program itself has exited.
            let (lines, ended) = drain.next(before: min(deadline(), .now.advanced(by: .milliseconds(100))))
            if ended { break }
            if lines.isEmpty {
                if exitedAt == nil, child.poll() != nil { exitedAt = .now }
                if let exitedAt, ContinuousClock.now - exitedAt > .milliseconds(500), let end = child.end {
                    // The program has exited, but something it started still holds its output open:
                    // that process is stopped with the group instead of being waited for.
                    drain.abandon()
                    child.stop()
                    return Outcome(end: end, errorTail: drain.errorText(waitingAtMost: 1))
                }
                if ContinuousClock.now >= deadline() {
                    drain.abandon()
                    child.stop()
                    return Outcome(end: .timedOut(limit), errorTail: drain.errorText(waitingAtMost: 1))
                }
                continue
            }
            do {
                for line in lines { try handle(line) }
            } catch {
                drain.abandon()
                child.stop()
                throw error
            }
        }
        // Standard output has ended: the process is exiting (or closed its output and lingers).
        while true {
            if let end = child.poll() {
                return Outcome(end: end, errorTail: drain.errorText(waitingAtMost: 1))
            }
            if ContinuousClock.now >= deadline() {
                child.stop()
                return Outcome(end: .timedOut(limit), errorTail: drain.errorText(waitingAtMost: 1))
            }
            usleep(2_000)
        }
    }

    // MARK: - Starting

    private static func makePipe() throws(AdapterProcessError) -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        #if os(Linux)
            // pipe2 (close-on-exec from the start, so no other thread's child inherits the pipe) is not
            // in the Glibc module without _GNU_SOURCE: looked up at run time.
            typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2") else {
                throw AdapterProcessError.cannotStart("pipe2 is not available")
            }
            let status = unsafeBitCast(symbol, to: Pipe2.self)(&descriptors, O_CLOEXEC)
        #else
            let status = pipe(&descriptors)
            if status == 0 {
                _ = fcntl(descriptors[0], F_SETFD, FD_CLOEXEC)
                _ = fcntl(descriptors[1], F_SETFD, FD_CLOEXEC)
            }
        #endif
        guard status == 0 else { throw AdapterProcessError.cannotStart("no pipe could be created (errno \(errno))") }
        return (descriptors[0], descriptors[1])
    }

    private func spawn(_ arguments: [String], output: Int32, error: Int32) throws(AdapterProcessError) -> pid_t {
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, error, 2)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        var flags = Int32(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        #if canImport(Darwin)
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = [invocation.executable] + invocation.leadingArguments + arguments
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        let envp = variables.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(argv) { cArguments in
            withCStrings(envp) { cEnvironment in
                posix_spawn(&pid, invocation.executable, &actions, &attributes, cArguments, cEnvironment)
            }
        }
        guard status == 0 else {
            let reason = String(cString: strerror(status))
            throw AdapterProcessError.cannotStart("\(invocation.executable) cannot be started: \(reason)")
        }
        return pid
    }

    private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}

/// The started child: waits for it and stops its process group.
private struct Child {
    let pid: pid_t
    private(set) var end: ProcessEnd?

    init(pid: pid_t) { self.pid = pid }

    /// How it ended, if it has; reaps it.
    mutating func poll() -> ProcessEnd? {
        if let end { return end }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            end = ProcessEnd(waitStatus: status)
        } else if result < 0 && errno != EINTR {
            end = .exited(-1)
        }
        return end
    }

    /// SIGTERM to the group, SIGKILL 3 s later if the child is still there; reaps the child, and
    /// kills what is left of the group.
    mutating func stop() {
        if poll() == nil {
            kill(-pid, SIGTERM)
            let deadline = ContinuousClock.now.advanced(
                by: .milliseconds(Int64(AdapterProcess.terminationGrace * 1000)))
            while poll() == nil && ContinuousClock.now < deadline { usleep(5_000) }
            if poll() == nil {
                kill(-pid, SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                end = ProcessEnd(waitStatus: status)
            }
        }
        kill(-pid, SIGKILL)
    }
}
