import Foundation

/// Messages collected from concurrent work (several threads or tasks appending at once), for a test
/// to look at afterwards: failures of racing openers, warnings a host gave.
public final class ConcurrentLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    /// An empty log.
    public init() {}

    /// Adds a message.
    public func append(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// The messages so far, in the order they were added.
    public var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
