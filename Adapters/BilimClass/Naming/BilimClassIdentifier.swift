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
    /// The prefix of every id.
    static let prefix = "bilimclass:"

    /// A student identified by a valid IIN.
    static func person(iin: String) -> String { prefix + iin }
    /// A student identified by the account's user id or login.
    static func person(user: String) -> String { prefix + "user:" + user }
    /// A school.
    static func school(_ key: String) -> String { prefix + "school:" + key }
    /// A class (BilimClass group).
    static func group(_ id: String) -> String { prefix + "group:" + id }
    /// A subject.
    static func subject(_ id: String) -> String { prefix + "subject:" + id }
    /// A lesson's mark object: the lesson's own kind, or another key (`po`).
    static func schedule(_ uuid: String, key: String? = nil) -> String {
        prefix + "schedule:" + uuid + (key.map { ":" + $0 } ?? "")
    }
    /// The quarter mark of a subject.
    static func quarterMark(subject: String, term: String) -> String {
        prefix + "quarter:\(subjectKey(subject)):\(term)"
    }
    /// A year-sheet mark: `year`, `exam` or `final`.
    static func yearMark(_ which: String, subject: String, schoolYear: String) -> String {
        prefix + "\(which):\(subjectKey(subject)):\(schoolYear)"
    }
    /// The platform's key of a subject id: `bilimclass:subject:110` → `110`.
    static func subjectKey(_ subjectID: String) -> String {
        let subjectPrefix = prefix + "subject:"
        return subjectID.hasPrefix(subjectPrefix) ? String(subjectID.dropFirst(subjectPrefix.count)) : subjectID
    }
    /// A quarter term: `2025-2026/Q1`; semesters `S`, trimesters `T`.
    static func term(schoolYear: String, kind: TermKindWord, number: Int) -> String {
        "\(schoolYear)/\(kind.letter)\(number)"
    }
    /// The school year as a term.
    static func yearTerm(_ schoolYear: String) -> String { "\(schoolYear)/Y" }
}
