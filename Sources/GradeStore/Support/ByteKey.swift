import GradePortCore

/// A dictionary key for ids that hashes and compares their UTF-8 bytes.
///
/// `String` hashing normalises Unicode first, which is slow for the Cyrillic and Kazakh ids
/// gradebooks are full of; two ids are the same id when they are the same bytes.
package struct ByteKey: Hashable {
    let id: String

    package init(_ id: String) { self.id = id }

    /// The key of a record id: its text's bytes.
    package init(_ id: some StringIdentifier) { self.id = id.rawValue }

    package func hash(into hasher: inout Hasher) {
        var id = id
        id.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    package static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.id
        var right = rhs.id
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }
}
