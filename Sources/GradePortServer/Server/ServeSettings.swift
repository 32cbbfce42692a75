import Foundation

/// How `gradeport serve` runs: where it listens, which store it works on, how big an upload may be,
/// and the per-launch access token.
public struct ServeSettings: Sendable {
    /// The address to listen on: a loopback address (``LoopbackHost``).
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// The store's path (SQLite).
    public var storePath: String
    /// The largest upload accepted, in bytes; a bigger one is refused with 413 while it streams.
    public var maxUploadBytes: Int64
    /// The folder under which each session gets a folder of its own; deleted at exit.
    public var workFolder: String
    /// The per-launch secret the printed URL carries.
    public var token: String
    /// How long a session may stay unused before it ends and its files are deleted, in seconds.
    public var sessionIdleSeconds: Double
    /// The most sessions kept at once; the least recently used one ends when another starts.
    public var maxSessions: Int
    /// The most inputs one session holds.
    public var maxInputsPerSession: Int

    /// Creates settings; `workFolder` defaults to a new folder under the system's temporary folder.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, storePath: String, maxUploadBytes: Int64 = 200 * 1024 * 1024,
        workFolder: String? = nil, token: String = AccessSecret.make(), sessionIdleSeconds: Double = 4 * 3600,
        maxSessions: Int = 16, maxInputsPerSession: Int = 24
    ) {
        self.host = host
        self.port = port
        self.storePath = storePath
        self.maxUploadBytes = maxUploadBytes
        self.workFolder =
            workFolder
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
                "gradeport-serve-\(AccessSecret.make(bytes: 6))")
        self.token = token
        self.sessionIdleSeconds = sessionIdleSeconds
        self.maxSessions = maxSessions
        self.maxInputsPerSession = maxInputsPerSession
    }
}
