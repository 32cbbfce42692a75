/// A student or a teacher.
///
/// Names keep the script and spelling of the source; matching across sources uses folded keys,
/// never changed output.
public struct Person: Sendable, Hashable, Identifiable {
    /// The role a person has in the gradebook.
    public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
        /// A learner.
        case student
        /// A teacher.
        case teacher
    }

    /// An id the person has on a platform.
    public struct ExternalID: Sendable, Hashable {
        /// The ``PlatformDescriptor/id`` of the platform.
        public var platform: PlatformID
        /// The id as the platform writes it (always a string, even when the platform uses numbers).
        public var id: String

        /// Creates an external id.
        public init(platform: PlatformID, id: String) {
            self.platform = platform
            self.id = id
        }

        /// Whether the id is a gradebook id of GradePort's (`kundelik:123`, the id a merged record had
        /// in its input, which ``GradebookMerger`` keeps under its platform), not an id the platform
        /// itself gives. Interchange files that export platform ids leave such ids out.
        public var isGradebookID: Bool {
            id.hasPrefix(platform.rawValue + String(RecordID<Person>.namespaceSeparator))
        }
    }

    /// The person's id in the gradebook.
    public var id: ID
    /// Student or teacher.
    public var role: Role
    /// Surname (фамилия, тегі).
    public var familyName: String?
    /// Given name (имя, аты).
    public var givenName: String?
    /// Patronymic (отчество, әкесінің аты), e.g. `Серікұлы` or `Ивановна`.
    public var patronymic: String?
    /// E-mail address or user principal name, as the source writes it.
    public var email: String?
    /// The 12-digit individual identification number (ИИН, ЖСН), only when its checksum is valid.
    public var iin: String?
    /// Ids the person has on platforms.
    public var externalIds: [ExternalID]
    /// Where the record came from.
    public var source: SourceReference?
    /// Whether the names were split out of one free-text full name (a journal's ФИО column,
    /// ``PersonName/init(fullName:)``) rather than read from separate name fields: their order is a
    /// reading, which may be wrong (`Айгерим Абдирахманова`, given name first). A merge prefers
    /// names from separate fields (``GradebookMerger``). Not part of any output.
    public var nameIsParsed: Bool

    /// Creates a person.
    public init(
        id: ID, role: Role = .student, familyName: String? = nil, givenName: String? = nil,
        patronymic: String? = nil, email: String? = nil, iin: String? = nil, externalIds: [ExternalID] = [],
        source: SourceReference? = nil, nameIsParsed: Bool = false
    ) {
        self.nameIsParsed = nameIsParsed
        self.id = id
        self.role = role
        self.familyName = familyName
        self.givenName = givenName
        self.patronymic = patronymic
        self.email = email
        self.iin = iin
        self.externalIds = externalIds
        self.source = source
    }

    /// The name in the official order, Surname Name Patronymic, skipping absent parts.
    public var fullName: String {
        [familyName, givenName, patronymic].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
