import Foundation

/// The `Host` header values the server answers, known once it is listening (`--port 0` picks the
/// port then).
final class AllowedHosts: @unchecked Sendable {
    private let lock = NSLock()
    private var names: Set<String>

    init(_ names: Set<String>) {
        self.names = names
    }

    /// Replaces the names.
    func set(_ names: Set<String>) {
        lock.withLock { self.names = names }
    }

    /// Whether `host` is one of them (compared case-insensitively).
    func contains(_ host: String) -> Bool {
        lock.withLock { names.contains(host.lowercased()) }
    }

    /// The origins a same-site request from the page carries: `http://` and a name.
    func containsOrigin(_ origin: String) -> Bool {
        guard origin.hasPrefix("http://") else { return false }
        return contains(String(origin.dropFirst("http://".count)))
    }

    /// One of the names, for messages.
    var first: String { lock.withLock { names.sorted().first ?? "" } }
}
