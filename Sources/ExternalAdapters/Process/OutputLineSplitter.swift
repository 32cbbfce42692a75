/// Splits an adapter's standard output, as it arrives in chunks, into ``OutputLine``s.
///
/// A line ends at `\n` (a `\r` before it is dropped); a line longer than `limit` bytes is handed
/// over once as ``OutputLine/tooLong(prefix:limit:)`` with its first 200 bytes, and the rest of it
/// is discarded up to the next `\n`, so memory stays bounded whatever the adapter writes.
struct OutputLineSplitter {
    /// The longest line kept whole.
    let limit: Int
    private var pending: [UInt8] = []
    private var discarding = false

    /// A splitter for lines of at most `limit` bytes.
    init(limit: Int) { self.limit = limit }

    /// Takes the next chunk of output and hands each line it completes to `deliver`.
    mutating func take(_ chunk: UnsafeBufferPointer<UInt8>, _ deliver: (OutputLine) -> Void) {
        var start = 0
        for index in 0..<chunk.count where chunk[index] == 0x0A {
            if discarding {
                discarding = false
            } else {
                pending.append(contentsOf: chunk[start..<index])
                if pending.last == 0x0D { pending.removeLast() }
                deliver(
                    pending.count > limit ? .tooLong(prefix: Array(pending.prefix(200)), limit: limit) : .text(pending))
            }
            pending.removeAll(keepingCapacity: true)
            start = index + 1
        }
        if !discarding && start < chunk.count {
            pending.append(contentsOf: chunk[start..<chunk.count])
            if pending.count > limit {
                deliver(.tooLong(prefix: Array(pending.prefix(200)), limit: limit))
                pending.removeAll()
                discarding = true
            }
        }
    }

    /// Ends the output: a last line without its `\n` is handed to `deliver`.
    mutating func finish(_ deliver: (OutputLine) -> Void) {
        if !discarding && !pending.isEmpty { deliver(.text(pending)) }
        pending.removeAll()
    }
}
