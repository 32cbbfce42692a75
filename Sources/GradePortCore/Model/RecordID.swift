/// The id of a record of one kind in a gradebook: a ``Person/ID`` names a person and nothing else.
///
/// Ids are text — what the `gradeport/1` JSON, the store and the reports show — typed by the kind of
/// record they name, so that a result's person cannot be passed where its assessment is expected.
/// Adapters build them from their platform's own identifiers, namespaced by the platform:
///
/// ```swift
/// let aruzhan = Person.ID(platform: "google-classroom", "aruzhan@school.kz")
/// print(aruzhan)             // google-classroom:aruzhan@school.kz
/// print(aruzhan.platform!)   // google-classroom
/// let term: Term.ID = "2025-2026/Q2"   // a literal, or an interpolation, is an id too
/// ```
///
/// Equality, hashing and ordering are those of the text; the builder and the merge key their
/// indexes by the id's bytes.
public struct RecordID<Record>: StringIdentifier {
    /// The id's text.
    public var rawValue: String

    /// Creates an id from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
}

extension RecordID {
    /// The separator between a namespaced id's platform and the platform's own identifier.
    public static var namespaceSeparator: Character { ":" }

    /// An id namespaced by the platform that minted it: `platform:local`. The one place such ids are
    /// put together; ``platform`` takes them apart.
    public init(platform: PlatformID, _ local: some StringProtocol) {
        self.init(rawValue: "\(platform.rawValue)\(Self.namespaceSeparator)\(local)")
    }

    /// The platform of an id built by ``init(platform:_:)`` (the text before the first `:`); `nil`
    /// for an id without a namespace.
    public var platform: PlatformID? {
        rawValue.firstIndex(of: Self.namespaceSeparator).map { PlatformID(rawValue[..<$0]) }
    }
}

extension Source {
    /// The id of an input in a gradebook: `s1`, `s2`, … in input order.
    public typealias ID = RecordID<Source>
}

extension School {
    /// The id of a school.
    public typealias ID = RecordID<School>
}

extension Term {
    /// The id of a reporting period, by convention `SCHOOLYEAR/Q2`.
    public typealias ID = RecordID<Term>
}

extension Subject {
    /// The id of a subject.
    public typealias ID = RecordID<Subject>
}

extension SchoolClass {
    /// The id of a class.
    public typealias ID = RecordID<SchoolClass>
}

extension Person {
    /// The id of a student or a teacher.
    public typealias ID = RecordID<Person>
}

extension Assessment {
    /// The id of an assessment.
    public typealias ID = RecordID<Assessment>
}
