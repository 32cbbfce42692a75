/// The addresses `gradeport serve` may listen on: this computer only.
///
/// Serving on a network address
/// needs accounts, which this command does not have.
public enum LoopbackHost {
    /// Whether `host` is a loopback address or `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            guard !part.isEmpty, part.count <= 3, let value = Int(part) else { return false }
            return (0...255).contains(value)
        }
    }

    /// The message that refuses another address.
    public static func refusal(_ host: String) -> String {
        "--host \(host) is not an address of this computer only; gradeport serve listens on loopback "
            + "(127.0.0.1, ::1 or localhost). A page for a school network needs accounts, which this version "
            + "does not have"
    }

    /// The `Host` header values a browser sends to a server bound to `host` and `port`: the address
    /// itself and `localhost`, each with the port (a DNS-rebinding page sends its own name instead).
    public static func allowedHostHeaders(host: String, port: Int) -> Set<String> {
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        var names: Set<String> = ["localhost:\(port)"]
        names.insert(bare.contains(":") ? "[\(bare)]:\(port)" : "\(bare):\(port)")
        if bare == "localhost" { names.insert("127.0.0.1:\(port)") }
        return names
    }

    /// The URL of the page for `host` and `port`.
    public static func baseURL(host: String, port: Int) -> String {
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        return bare.contains(":") ? "http://[\(bare)]:\(port)" : "http://\(bare):\(port)"
    }
}
