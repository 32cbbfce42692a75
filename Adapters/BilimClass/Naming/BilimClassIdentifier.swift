import GradePortCore

/// The ids the BilimClass adapter gives records. Platform ids stay strings, as the API wrote them.
///
/// | record | id |
/// | --- | --- |
/// | student with a valid IIN | `bilimclass:<iin>` |
/// | student without one | `bilimclass:user:<userId>` (or `<login>`) |
/// | school | `bilimclass:school:<bin>` (or `<school_id>`) |
/// | class | `bilimclass:group:<group.id>` |
/// | subject | `bilimclass:subject:<subjectId>` |
/// | lesson mark | `bilimclass:schedule:<uuid>`; a second mark object on the lesson `…:<key>` (`…:po`) |
/// | quarter mark | `bilimclass:quarter:<subjectId>:<term id>` |
/// | year, exam, final mark | `bilimclass:year:…`, `bilimclass:exam:…`, `bilimclass:final:<subjectId>:<school year>` |
///
/// Terms are not prefixed: `2025-2026/Q1` (quarter 1), `2025-2026/Y` (the school year), so that
/// the same quarter from another platform is the same term.
enum BilimClassIdentifier {
    /// The namespace of every id but terms'.
    static let platform: PlatformID = "bilimclass"

    /// A student identified by a valid IIN.
    static func person(iin: String) -> Person.ID { Person.ID(platform: platform, iin) }
    /// A student identified by the account's user id or login.
    static func person(user: String) -> Person.ID { Person.ID(platform: platform, "user:" + user) }
    /// A school.
    static func school(_ key: String) -> School.ID { School.ID(platform: platform, "school:" + key) }
    /// A class (BilimClass group).
    static func group(_ id: String) -> SchoolClass.ID { SchoolClass.ID(platform: platform, "group:" + id) }
    /// A subject.
    static func subject(_ id: String) -> Subject.ID { Subject.ID(platform: platform, "subject:" + id) }
    /// A lesson's mark object: the lesson's own kind, or another key (`po`).
    static func schedule(_ uuid: String, key: String? = nil) -> Assessment.ID {
        Assessment.ID(platform: platform, "schedule:" + uuid + (key.map { ":" + $0 } ?? ""))
    }
    /// The quarter mark of a subject.
    static func quarterMark(subject: Subject.ID, term: Term.ID) -> Assessment.ID {
        Assessment.ID(platform: platform, "quarter:\(subjectKey(subject)):\(term)")
    }
    /// A year-sheet mark: `year`, `exam` or `final`.
    static func yearMark(_ which: String, subject: Subject.ID, schoolYear: String) -> Assessment.ID {
        Assessment.ID(platform: platform, "\(which):\(subjectKey(subject)):\(schoolYear)")
    }
    /// The platform's key of a subject id: `bilimclass:subject:110` → `110`.
    static func subjectKey(_ subjectID: Subject.ID) -> String {
        let subjectPrefix = subject("").rawValue
        let text = subjectID.rawValue
        return text.hasPrefix(subjectPrefix) ? String(text.dropFirst(subjectPrefix.count)) : text
    }
    /// A quarter term: `2025-2026/Q1`; semesters `S`, trimesters `T`.
    static func term(schoolYear: String, kind: TermKindWord, number: Int) -> Term.ID {
        "\(schoolYear)/\(kind.letter)\(number)"
    }
    /// The school year as a term.
    static func yearTerm(_ schoolYear: String) -> Term.ID { "\(schoolYear)/Y" }
}
