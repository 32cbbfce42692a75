import Foundation

/// A dictionary key for record ids that hashes and compares their UTF-8 bytes.
///
/// `String`'s own hashing normalises Unicode (NFC) first, which is slow for the Cyrillic and Kazakh
/// ids gradebooks are full of and not what an identifier means: two ids are the same id when they
/// are the same bytes. The builder and the writers key their indexes with this.
package struct IdentifierKey: Hashable {
    /// The id's text.
    package let id: String

    /// The key of an id's text.
    package init(_ id: String) { self.id = id }

    /// The key of a typed identifier: its text's bytes.
    package init(_ id: some StringIdentifier) { self.id = id.rawValue }

    /// Feeds the hasher a 64-bit digest of the bytes taken eight at a time (a multiply-xor mix);
    /// the dictionary's own seeded hasher then scrambles that digest. Much cheaper than hashing every
    /// byte through `Hasher` for the long ids (`platform:class:title`) that results name.
    package func hash(into hasher: inout Hasher) {
        var id = id
        let digest = id.withUTF8 { bytes -> UInt64 in
            var digest: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                digest = (digest ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
                digest ^= digest >> 29
                offset += 8
            }
            while offset < raw.count {
                digest = (digest ^ UInt64(raw[offset])) &* 0x100_0000_01b3
                offset += 1
            }
            return digest
        }
        hasher.combine(digest)
    }

    /// Whether two keys are the same bytes.
    package static func == (lhs: IdentifierKey, rhs: IdentifierKey) -> Bool {
        sameBytes(lhs.id, rhs.id)
    }

    /// Whether two identifiers are the same UTF-8 bytes (no Unicode normalisation).
    package static func sameBytes<ID: StringIdentifier>(_ lhs: ID, _ rhs: ID) -> Bool {
        sameBytes(lhs.rawValue, rhs.rawValue)
    }

    /// Whether two strings are the same UTF-8 bytes (no Unicode normalisation).
    package static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                left.count == right.count
                    && (left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }
}
