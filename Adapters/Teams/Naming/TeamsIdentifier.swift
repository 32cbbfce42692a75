import GradePortCore

/// How the Teams adapter names the records it writes.
///
/// Ids are namespaced by the platform (`teams:`), so that records from other platforms never collide:
/// - a person is `teams:` + the lower-cased e-mail or user principal name;
/// - a class is `teams:class:` + its name (`teams:class:7А`), so that a class's several subject teams
///   share one class;
/// - a subject is `teams:subject:` + its name;
/// - a Graph assignment is `teams:assignment:` + its Graph id; a CSV column is
///   `teams:` + scope + `:` + its title, where the scope is the class and subject (`7А/Физика`) or the
///   file name.
enum TeamsIdentifier {
    /// The namespace of every id.
    static let platform: PlatformID = "teams"

    /// The id of a person known by an e-mail address or a user principal name.
    static func person(login: String) -> Person.ID {
        Person.ID(platform: platform, login.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The id of a person known only by a Graph user id.
    static func person(graphID: String) -> Person.ID { Person.ID(platform: platform, "user:" + graphID) }

    /// The id of a class.
    static func schoolClass(_ name: String) -> SchoolClass.ID { SchoolClass.ID(platform: platform, "class:" + name) }

    /// The id of a subject.
    static func subject(_ name: String) -> Subject.ID { Subject.ID(platform: platform, "subject:" + name) }

    /// The id of a Graph assignment.
    static func assignment(graphID: String) -> Assessment.ID {
        Assessment.ID(platform: platform, "assignment:" + graphID)
    }

    /// The id of a grades CSV column's assessment.
    static func column(scope: String, title: String) -> Assessment.ID {
        Assessment.ID(platform: platform, scope + ":" + title)
    }

    /// The id of a term.
    static func term(_ name: String) -> Term.ID { Term.ID(platform: platform, "term:" + name) }
}
