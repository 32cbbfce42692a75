import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the two reader threads of an adapter process share with the thread waiting for it: the
/// lines read from standard output, the tail of standard error, and whether each pipe has ended.
///
/// Each pipe is drained on a dedicated thread with blocking reads (Foundation's asynchronous pipe
/// reading is known to hang on Linux), so the adapter can never block on a full pipe while the host
/// waits for the other one. Standard output is split into lines of at most `lineLimit` bytes; a
/// longer line is handed over as ``OutputLine/tooLong(prefix:limit:)``. At most `queueLimit` lines
/// wait to be handled; the reader then pauses, which holds a fast adapter back instead of growing
/// memory.
final class PipeDrain: @unchecked Sendable {
    /// The longest standard output line kept whole.
    let lineLimit: Int
    /// How much of standard error is kept (its last bytes).
    let errorTailLimit: Int

    private let condition = NSCondition()
    private var lines: [OutputLine] = []
    private var outputEnded = false
    private var errorEnded = false
    private var errorTail: [UInt8] = []
    private var lastLine = ContinuousClock.now
    private var abandoned = false
    private let queueLimit = 4096

    /// Prepares a drain.
    init(lineLimit: Int, errorTailLimit: Int) {
        self.lineLimit = lineLimit
        self.errorTailLimit = errorTailLimit
    }

    /// Starts the two reader threads; each closes its descriptor at the end of its pipe.
    func start(output: Int32, error: Int32) {
        let outputThread = Thread { [self] in drainOutput(output) }
        outputThread.name = "gradeport-adapter-stdout"
        outputThread.start()
        let errorThread = Thread { [self] in drainError(error) }
        errorThread.name = "gradeport-adapter-stderr"
        errorThread.start()
    }

    /// Waits until a line is there, standard output has ended, or the deadline passes; returns
    /// the lines waiting (empty at the end of output or at the deadline) and whether output ended.
    func next(before deadline: ContinuousClock.Instant) -> (lines: [OutputLine], ended: Bool) {
        condition.lock()
        defer { condition.unlock() }
        while lines.isEmpty && !outputEnded {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining <= .zero { break }
            let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(seconds, 3600)))
        }
        let taken = lines
        lines.removeAll(keepingCapacity: true)
        condition.broadcast()
        return (taken, outputEnded && taken.isEmpty)
    }

    /// Stops keeping lines: the host no longer reads them (it stopped the adapter). A reader paused on
    /// a full queue goes on draining the pipe to its end.
    func abandon() {
        condition.lock()
        abandoned = true
        lines.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// When the last line arrived (or the process started).
    var lastLineTime: ContinuousClock.Instant {
        condition.lock()
        defer { condition.unlock() }
        return lastLine
    }

    /// Waits, at most `seconds`, for standard error to end; returns its last bytes as text.
    func errorText(waitingAtMost seconds: Double) -> String {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        while !errorEnded {
            if !condition.wait(until: deadline) { break }
        }
        let tail = errorTail
        condition.unlock()
        return String(decoding: tail, as: UTF8.self)
    }

    // MARK: - Reader threads

    private func drainOutput(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var splitter = OutputLineSplitter(limit: lineLimit)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            buffer.withUnsafeBufferPointer { splitter.take(UnsafeBufferPointer(rebasing: $0[0..<count]), deliver) }
        }
        splitter.finish(deliver)
        close(descriptor)
        condition.lock()
        outputEnded = true
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ line: OutputLine) {
        condition.lock()
        while lines.count >= queueLimit && !abandoned {
            condition.wait()
        }
        if !abandoned { lines.append(line) }
        lastLine = .now
        condition.broadcast()
        condition.unlock()
    }

    private func drainError(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            condition.lock()
            errorTail.append(contentsOf: buffer[0..<count])
            if errorTail.count > errorTailLimit * 2 {
                errorTail.removeFirst(errorTail.count - errorTailLimit)
            }
            condition.unlock()
        }
        close(descriptor)
        condition.lock()
        if errorTail.count > errorTailLimit { errorTail.removeFirst(errorTail.count - errorTailLimit) }
        errorEnded = true
        condition.broadcast()
        condition.unlock()
    }
}
