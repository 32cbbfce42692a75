import GradePortCore

/// How the Kundelik adapter names the records it writes.
///
/// Ids are strings with the `kundelik:` prefix, so that records from other platforms never collide:
/// - a person with a Kundelik id is `kundelik:person:` + the id's exact digits; a student known
///   only by name (a report download) is `kundelik:student:` + class + `/` + full name;
/// - a class is `kundelik:class:` + its name (`kundelik:class:7А`), so that a dump, the totals and
///   a report of the same class meet;
/// - a subject is `kundelik:subject:` + its name, because `allfinalmarks` and reports name subjects
///   without ids;
/// - a work is `kundelik:work:` + its id; a criteria-journal section is `kundelik:section:` + its id;
/// - a quarter or year mark given by the platform is `kundelik:final:` + subject name + `/` + term id
///   (`kundelik:final:Математика/2025-2026/Q2`), the same from the totals, `allfinalmarks` and reports;
/// - a column of a per-subject report table is `kundelik:report:` + class + `/` + subject + `/` + heading.
///
/// Terms use the package convention `2025-2026/Q2` (`/S1` semester, `/T1` trimester, `/Y` year).
enum KundelikIdentifier {
    /// The prefix of every id.
    static let platform: PlatformID = "kundelik"

    /// A person by their Kundelik id.
    static func person(_ id: String) -> Person.ID { Person.ID(platform: platform, "person:" + id) }

    /// A student known only by class and name.
    static func student(className: String, fullName: String) -> Person.ID {
        Person.ID(platform: platform, "student:" + className + "/" + fullName)
    }

    /// A class by name.
    static func schoolClass(_ name: String) -> SchoolClass.ID { SchoolClass.ID(platform: platform, "class:" + name) }

    /// A subject by name.
    static func subject(_ name: String) -> Subject.ID { Subject.ID(platform: platform, "subject:" + name) }

    /// A work (a column of the classic journal).
    static func work(_ id: String) -> Assessment.ID { Assessment.ID(platform: platform, "work:" + id) }

    /// A criteria-journal section (a СОР or a СОЧ).
    static func section(_ id: String) -> Assessment.ID { Assessment.ID(platform: platform, "section:" + id) }

    /// A quarter or year mark of a subject.
    static func final(subject: String, term: String) -> Assessment.ID {
        Assessment.ID(platform: platform, "final:" + subject + "/" + term)
    }

    /// A column of a per-subject report table.
    static func reportColumn(className: String, subject: String, heading: String) -> Assessment.ID {
        Assessment.ID(platform: platform, "report:" + className + "/" + subject + "/" + heading)
    }
}
