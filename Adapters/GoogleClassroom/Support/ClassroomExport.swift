import GradePortCore

/// The adapter's names: its platform id, its export kinds, and the ids it gives records.
///
/// Ids are built in one place so that the CSV and the API dump name the same student the same
/// way (`google-classroom:<lower-cased e-mail>`), and a later merge can match them.
enum ClassroomExport {
    /// The platform id.
    static let platformID: PlatformID = "google-classroom"
    /// The export kind of the "Download all grades as CSV" file.
    static let gradesCSV: PlatformDescriptor.ExportKind.ID = "grades-csv"
    /// The export kind of a REST API dump.
    static let apiDump: PlatformDescriptor.ExportKind.ID = "api-dump"

    /// A student or teacher known by e-mail.
    static func personID(email: String) -> Person.ID { Person.ID(platform: platformID, email.lowercased()) }

    /// A person known only by a Classroom user id.
    static func personID(userID: String) -> Person.ID { Person.ID(platform: platformID, "user:" + userID) }

    /// A person known only by name (a CSV row without an e-mail).
    static func personID(familyName: String, givenName: String) -> Person.ID {
        Person.ID(platform: platformID, "name:" + familyName + "|" + givenName)
    }

    /// A class read from a CSV file: named by the class name (or the file name).
    static func classID(name: String) -> SchoolClass.ID { SchoolClass.ID(platform: platformID, "class:" + name) }

    /// A course of the API.
    static func classID(courseID: String) -> SchoolClass.ID {
        SchoolClass.ID(platform: platformID, "course:" + courseID)
    }

    /// A subject, by its lower-cased name.
    static func subjectID(name: String) -> Subject.ID {
        Subject.ID(platform: platformID, "subject:" + name.lowercased())
    }

    /// A column of a grades CSV: unique within the class and subject the file is about.
    static func assessmentID(course: String, title: String) -> Assessment.ID {
        Assessment.ID(platform: platformID, course + ":" + title)
    }

    /// A courseWork of the API.
    static func assessmentID(courseWorkID: String) -> Assessment.ID {
        Assessment.ID(platform: platformID, "cw:" + courseWorkID)
    }

    /// A grading period of the API.
    static func termID(gradingPeriodID: String) -> Term.ID {
        Term.ID(platform: platformID, "grading-period:" + gradingPeriodID)
    }
}
