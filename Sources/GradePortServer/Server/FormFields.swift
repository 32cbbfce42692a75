import Foundation
import Hummingbird

/// The fields of a small URL-encoded form (a choice, a language): at most 64 KiB are read.
struct FormFields: Sendable {
    /// The fields in order; a name may repeat.
    var fields: [(name: String, value: String)]

    /// Reads the request's body.
    init(_ request: Request) async throws {
        var request = request
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let text = String(buffer: buffer)
        fields = text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            return (name, parts.count > 1 ? Self.decode(parts[1]) ?? "" : "")
        }
    }

    /// The first value of a field.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
