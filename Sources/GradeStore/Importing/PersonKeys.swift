import GradePortCore

/// The keys that identify a person across imports, strongest first.
///
/// Only certain evidence links two records: the same gradebook id (the same platform naming the
/// same account), the same platform account id, a valid IIN (checksum verified), the same e-mail
/// address (compared case-insensitively). Names never link people here.
struct PersonKeys {
    /// What a key is.
    enum Kind: String {
        case id
        case external
        case iin
        case email

        /// The words for people.
        var label: String {
            switch self {
            case .id: "id"
            case .external: "platform id"
            case .iin: "IIN"
            case .email: "e-mail"
            }
        }
    }

    /// One key.
    struct Key: Hashable {
        var kind: Kind
        var value: String
    }

    /// The person's keys, strongest first, without repeats.
    let keys: [Key]

    init(_ person: Person) {
        var keys = [Key(kind: .id, value: person.id)]
        for external in person.externalIds where !external.id.isEmpty {
            keys.append(Key(kind: .external, value: external.platform + ":" + external.id))
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

    /// An e-mail address trimmed and lower-cased, or `nil` when the text is not one.
    static func normalizedEmail(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let at = trimmed.firstIndex(of: "@"), at != trimmed.startIndex,
            trimmed.index(after: at) != trimmed.endIndex,
            !trimmed.contains(" ")
        else { return nil }
        return trimmed
    }
}
