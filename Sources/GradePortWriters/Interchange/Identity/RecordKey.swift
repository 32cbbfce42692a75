import Foundation
import GradePortCore

/// A dictionary key for gradebook ids that hashes and compares their UTF-8 bytes.
///
/// `String` hashing normalises Unicode first, which is slow for the Cyrillic ids results name
/// (`bilimland:7А/Математика/Q1:СОР 1`); an id is the same id only when it is the same bytes.
struct RecordKey: Hashable {
    let id: String

    init(_ id: String) { self.id = id }

    /// The key of a record id: its text's bytes.
    init(_ id: some StringIdentifier) { self.id = id.rawValue }

    func hash(into hasher: inout Hasher) {
        var id = id
        id.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: RecordKey, rhs: RecordKey) -> Bool {
        sameBytes(lhs.id, rhs.id)
    }

    /// Whether two record ids are the same UTF-8 bytes (no Unicode normalisation).
    static func sameBytes<ID: StringIdentifier>(_ lhs: ID, _ rhs: ID) -> Bool { sameBytes(lhs.rawValue, rhs.rawValue) }

    /// Whether two strings are the same UTF-8 bytes (no Unicode normalisation).
    static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
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
