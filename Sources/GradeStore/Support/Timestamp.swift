import Foundation

/// Times in the store: ISO 8601 in UTC with seconds, as in `2026-01-12T08:30:05Z`.
enum Timestamp {
    /// The current time.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
