/// Cheap tests on the first bytes of an input, for sniffers deciding whether it is JSON, and whose.
///
/// ```swift
/// if JSONHead.startsLikeJSON(file.head), JSONHead.contains("\"@odata.context\"", in: file.head) { … }
/// ```
public enum JSONHead {
    /// Whether the bytes start, after an optional UTF-8 byte order mark and white space, with `{` or `[`.
    public static func startsLikeJSON(_ head: [UInt8]) -> Bool {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return false
        }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// Whether the bytes hold the UTF-8 text `needle` anywhere (a key with its quotes, say).
    public static func contains(_ needle: String, in head: [UInt8]) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, head.count >= pattern.count else { return false }
        var index = 0
        let last = head.count - pattern.count
        while index <= last {
            if head[index] == first && head[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
