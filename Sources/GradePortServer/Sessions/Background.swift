import Dispatch

/// Runs reading, merging and writing — long, blocking work — on a Dispatch queue, so that the
/// server's cooperative threads stay free to answer other requests meanwhile.
enum Background {
    /// The value `work` returns, computed on a global queue.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    /// The value `work` returns or the error it throws, computed on a global queue.
    static func attempt<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
