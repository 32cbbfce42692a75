import Foundation

/// How the host runs external adapters: the time limits, where `describe` answers are cached,
/// and where warnings go.
public struct AdapterHostSettings: Sendable {
    /// The limit for `describe`: 5 s in all.
    public var describeLimit: TimeLimit = .total(5)
    /// The limit for `sniff`: 10 s in all.
    public var sniffLimit: TimeLimit = .total(10)
    /// The limit for `read`: 120 s without a new line, or `GRADEPORT_ADAPTER_TIMEOUT` seconds.
    public var readLimit: TimeLimit = .idle(120)
    /// The file that caches `describe` answers by path, size and modification time; `nil` for none.
    public var describeCacheFile: String?
    /// Receives a warning about an adapter that misbehaved where no diagnostic can carry it (a
    /// failed `sniff`, a refused program); by default written to standard error.
    public var warn: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data("gradeport: warning: \(message)\n".utf8))
    }

    /// The default settings: no cache, warnings on standard error.
    public init() {}

    /// The settings the environment asks for: `GRADEPORT_ADAPTER_TIMEOUT` (seconds, for `read`) and
    /// the cache in `$XDG_CACHE_HOME/gradeport` (default `~/.cache/gradeport`). A timeout that is not
    /// a positive number is reported through ``warn`` and the default kept.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Self {
        var settings = AdapterHostSettings()
        if let text = environment["GRADEPORT_ADAPTER_TIMEOUT"], !text.isEmpty {
            if let seconds = Double(text), seconds > 0, seconds.isFinite {
                settings.readLimit = .idle(seconds)
            } else {
                settings.warn(
                    "GRADEPORT_ADAPTER_TIMEOUT='\(text)' is not a positive number of seconds; the default "
                        + "\(settings.readLimit) is used")
            }
        }
        let cacheRoot: String?
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cacheRoot = xdg
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            cacheRoot = home + "/.cache"
        } else {
            cacheRoot = nil
        }
        settings.describeCacheFile = cacheRoot.map { $0 + "/gradeport/adapters-describe.jsonl" }
        return settings
    }
}
