import Foundation
import GradePortCore

/// The answers of one adapter's batched `sniff`, by input path, shared by every copy of the
/// adapter value: `detect` over 100 files starts one process per adapter, not 100.
final class SniffCache: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String: Detection?] = [:]

    /// The cached answer for a path: `.some(nil)` when the adapter was asked and declined.
    func answer(for path: String) -> Detection?? {
        lock.lock()
        defer { lock.unlock() }
        return answers[path]
    }

    /// Whether the path was asked about.
    func contains(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return answers[path] != nil
    }

    /// Records the answers of one `sniff` run; paths it did not mention are declined.
    func store(_ detections: [String: Detection], asked paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { answers[path] = .some(detections[path]) }
    }
}
