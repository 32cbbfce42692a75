import GradePortCore

/// The keys that identify a person across imports, strongest first.
///
/// Only certain evidence links two records: the same gradebook id (the same platform naming the
/// same account), the same platform account id, a valid IIN (checksum verified), the same e-mail
/// address (compared case-insensitively). Names never link people here.
package struct PersonKeys {
    /// What a key is.
    package enum Kind: String {
        case id
        case external
        case iin
        case email

        /// The words for people.
        package var label: String {
            switch self {
            case .id: "id"
            case .external: "platform id"
            case .iin: "IIN"
            case .email: "e-mail"
            }
        }
    }

    /// One key.
    package struct Key: Hashable {
        package var kind: Kind
        package var value: String
    }

    /// The person's keys, strongest first, without repeats.
    package let keys: [Key]

    package init(_ person: Person) {
        var keys = [Key(kind: .id, value: person.id.rawValue)]
        for external in person.externalIds where !external.id.isEmpty {
            keys.append(Key(kind: .external, value: "\(external.platform):\(external.id)"))
        }
        if let iin = person.iin, iin.count == 12, iin.allSatisfy(\.isASCII), IIN.hasValidChecksum(iin) {
            keys.append(Key(kind: .iin, value: iin))
        }
        if let email = Self.normalizedEmail(person.email) {
            keys.append(Key(kind: .email, value: email))
        }
        var seen: Set<Key> = []
        self.keys = keys.filter { seen.insert($0).inserted }
    }

    /// An e-mail address trimmed and lower-cased, or `nil` when the text is not one (no `@` between
    /// two non-empty parts, or a space inside).
    static func normalizedEmail(_ text: String?) -> String? {
        guard var text else { return nil }
        return text.withUTF8 { bytes -> String? in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            var at: Int?
            var ascii = true
            for index in start..<end {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 { return nil }
                if byte == UInt8(ascii: "@") {
                    guard at == nil else { return nil }
                    at = index
                }
                if byte >= 0x80 { ascii = false }
            }
            guard let at, at > start, at < end - 1 else { return nil }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // Non-ASCII addresses (rare) are lower-cased by Unicode rules.
            guard ascii else { return String(decoding: trimmed, as: UTF8.self).lowercased() }
            return String(unsafeUninitializedCapacity: trimmed.count) { buffer in
                for (index, byte) in trimmed.enumerated() {
                    buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                }
                return trimmed.count
            }
        }
    }
}
