import Foundation

/// The bounded queue between the reading thread and the storing thread of a batched import.
///
/// The reader waits while the queue holds ``ImportBatchLimits/queuedFiles`` inputs or
/// ``ImportBatchLimits/queuedResults`` results (a single larger input still passes, alone), so
/// memory stays flat however many inputs there are. Either side can close it: the reader when it
/// has read everything, the store when it stops early (the reader then stops at its next input).
final class ImportHandoff: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [PreparedImport] = []
    private var queuedResults = 0
    private var finished = false
    private var cancelled = false
    private let maximumFiles: Int
    private let maximumResults: Int

    init(limits: ImportBatchLimits) {
        maximumFiles = max(1, limits.queuedFiles)
        maximumResults = max(1, limits.queuedResults)
    }

    /// Adds a read input, waiting for room; false when the store side stopped.
    func put(_ item: PreparedImport) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, !items.isEmpty,
            items.count >= maximumFiles || queuedResults + item.resultCount > maximumResults
        {
            condition.wait()
        }
        guard !cancelled else { return false }
        items.append(item)
        queuedResults += item.resultCount
        condition.broadcast()
        return true
    }

    /// The next read input, waiting for one; `nil` when every input was handed over.
    func take() -> PreparedImport? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty, !finished, !cancelled { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        queuedResults -= item.resultCount
        condition.broadcast()
        return item
    }

    /// The reader has handed over every input.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The store side stops: the reader's next ``put(_:)`` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
