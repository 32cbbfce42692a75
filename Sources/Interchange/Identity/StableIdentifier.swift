import GradePortCore

/// Identifiers derived from natural keys: the same key gives the same identifier on every run and
/// every machine, and different keys practically never meet.
///
/// An identifier is the first 128 bits of SHA-256 over a namespace and the key, laid out as an
/// RFC 9562 version 8 ("custom") UUID in lower-case hex: `5f0c2d9e-1b7a-8c4e-9d21-0a6b3c8e7f12`. It is
/// 36 characters of `[0-9a-f-]`, so it also meets the narrowest vendor rules on `sourcedId`s (at most
/// 100 characters from `[A-Za-z0-9-_.]`).
///
/// ```swift
/// StableIdentifier.make(kind: "user", key: "iin:120315500048")
/// ```
public enum StableIdentifier {
    /// The namespace every GradePort interchange key is hashed under.
    static let namespace = "gradeport/interchange/1"

    /// The identifier of a record of `kind` (`user`, `class`, …) with natural key `key`.
    public static func make(kind: String, key: String) -> String {
        var digest = SHA256()
        digest.update(Array(namespace.utf8))
        digest.update([0])
        digest.update(Array(kind.utf8))
        digest.update([0])
        digest.update(Array(key.utf8))
        var bytes = Array(digest.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // variant 10
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
