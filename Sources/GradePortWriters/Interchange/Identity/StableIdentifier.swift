import GradePortCore

/// Identifiers derived from natural keys: the same key gives the same identifier on every run and
/// every machine, and different keys practically never meet.
///
/// An identifier is the first 128 bits of SHA-256 over a namespace, the record kind and the key, laid
/// out as an RFC 9562 version 8 ("custom") UUID in lower-case hex:
/// `5f0c2d9e-1b7a-8c4e-9d21-0a6b3c8e7f12`. It is 36 characters of `[0-9a-f-]`, so it also meets the
/// narrowest vendor rules on `sourcedId`s (at most 100 characters from `[A-Za-z0-9-_.]`).
///
/// ```swift
/// StableIdentifier.make(kind: "user", key: "iin:120315500048")
/// ```
public enum StableIdentifier {
    /// The namespace every GradePort interchange key is hashed under.
    static let namespace = "gradeport/interchange/1"

    /// The identifier of a record of `kind` (`user`, `class`, …) with natural key `key`.
    public static func make(kind: String, key: String) -> String {
        Maker(kind: kind).make(key)
    }

    /// Makes identifiers of one kind: the namespace and kind are hashed once.
    struct Maker {
        private let seed: SHA256

        init(kind: String) {
            var digest = SHA256()
            digest.update(Array(StableIdentifier.namespace.utf8) + [0] + Array(kind.utf8) + [0])
            seed = digest
        }

        /// The identifier of the record with natural key `key`.
        func make(_ key: String) -> String {
            var digest = seed
            digest.update(Array(key.utf8))
            let hash = digest.finalize()
            let hex = Self.hex
            var text = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
            var position = 0
            for index in 0..<16 {
                var byte = hash[index]
                if index == 6 { byte = (byte & 0x0F) | 0x80 }  // version 8
                if index == 8 { byte = (byte & 0x3F) | 0x80 }  // variant 10
                if index == 4 || index == 6 || index == 8 || index == 10 { position += 1 }
                text[position] = hex[Int(byte >> 4)]
                text[position + 1] = hex[Int(byte & 0x0F)]
                position += 2
            }
            return String(decoding: text, as: UTF8.self)
        }

        private static let hex = Array("0123456789abcdef".utf8)
    }
}
