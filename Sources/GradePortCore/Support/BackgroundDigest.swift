import Dispatch

/// A file's SHA-256, computed on another thread while the caller does something else.
///
/// The pipeline starts one per input before the adapter reads it, so fingerprinting costs no
/// wall-clock time on a machine with a second core.
final class BackgroundDigest: @unchecked Sendable {
    // `digest` is written once by the worker before `finished` is signalled and read only after
    // `wait()` has seen that signal, so the semaphore orders every access.
    private var digest: String?
    private let finished = DispatchSemaphore(value: 0)

    /// Starts hashing the file at `path`.
    init(ofFileAt path: String) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            digest = SHA256.hexDigest(ofFileAt: path)
            finished.signal()
        }
    }

    /// Waits for the digest; `nil` when the file could not be read.
    func wait() -> String? {
        finished.wait()
        finished.signal()
        return digest
    }
}
