import GradePortCore

/// The OneRoster CSV versions the reader knows.
enum OneRosterVersion: String, Sendable {
    case v1_1 = "1.1"
    case v1_2 = "1.2"
}

/// What the binding requires of each file the reader reads, by version, and its enumerations.
///
/// A missing *essential* column makes the file unreadable (an error, the file skipped); a missing
/// *required* column is an error and the file is read without it.
enum OneRosterSchema {
    /// The columns a file cannot be read without.
    static func essential(_ file: String, _ version: OneRosterVersion) -> [String] {
        switch file {
        case "users.csv": version == .v1_1 ? ["sourcedId", "role"] : ["sourcedId"]
        case "roles.csv": ["userSourcedId", "role"]
        case "enrollments.csv": ["classSourcedId", "userSourcedId", "role"]
        case "lineItems.csv": ["sourcedId", "title", "classSourcedId"]
        case "results.csv": ["lineItemSourcedId", "studentSourcedId", "scoreStatus"]
        default: ["sourcedId"]
        }
    }

    /// The columns the binding requires (besides `status` and `dateLastModified`, required in delta only).
    static func required(_ file: String, _ version: OneRosterVersion) -> [String] {
        switch (file, version) {
        case ("orgs.csv", _): ["sourcedId", "name", "type"]
        case ("academicSessions.csv", _): ["sourcedId", "title", "type", "startDate", "endDate", "schoolYear"]
        case ("courses.csv", _): ["sourcedId", "title", "orgSourcedId"]
        case ("classes.csv", _):
            ["sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds"]
        case ("users.csv", .v1_1):
            ["sourcedId", "enabledUser", "orgSourcedIds", "role", "username", "givenName", "familyName"]
        case ("users.csv", .v1_2): ["sourcedId", "enabledUser", "username", "givenName", "familyName"]
        case ("roles.csv", _): ["sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"]
        case ("enrollments.csv", _): ["sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"]
        case ("categories.csv", _): ["sourcedId", "title"]
        case ("lineItems.csv", .v1_1):
            [
                "sourcedId", "title", "assignDate", "dueDate", "classSourcedId", "categorySourcedId",
                "gradingPeriodSourcedId", "resultValueMin", "resultValueMax",
            ]
        case ("lineItems.csv", .v1_2):
            [
                "sourcedId", "title", "assignDate", "dueDate", "classSourcedId", "categorySourcedId",
                "academicSessionSourcedId", "schoolSourcedId",
            ]
        case ("results.csv", .v1_1):
            ["sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "score", "scoreDate"]
        case ("results.csv", .v1_2): ["sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "scoreDate"]
        default: ["sourcedId"]
        }
    }

    /// `status` values; `inactive` was deprecated in 1.1 and means `tobedeleted`.
    static let statuses: Set<String> = ["active", "tobedeleted", "inactive"]
    /// `orgs.type`.
    static let orgTypes: Set<String> = ["department", "school", "district", "local", "state", "national"]
    /// `academicSessions.type`.
    static let sessionTypes: Set<String> = ["gradingPeriod", "semester", "schoolYear", "term"]
    /// `classes.classType`.
    static let classTypes: Set<String> = ["homeroom", "scheduled"]
    /// `users.role` in 1.1.
    static let userRoles: Set<String> = [
        "teacher", "student", "parent", "guardian", "relative", "aide", "administrator", "proctor",
    ]
    /// `roles.role` in 1.2.
    static let roles: Set<String> = [
        "aide", "counselor", "districtAdministrator", "guardian", "parent", "principal", "proctor", "relative",
        "siteAdministrator", "student", "systemAdministrator", "teacher",
    ]
    /// `roles.roleType`.
    static let roleTypes: Set<String> = ["primary", "secondary"]
    /// `enrollments.role` (1.2: administrator, proctor, student, teacher; 1.1 also aide, parent, guardian,
    /// relative).
    static let enrollmentRoles: Set<String> = [
        "administrator", "proctor", "student", "teacher", "aide", "parent", "guardian", "relative",
    ]
    /// `results.scoreStatus`.
    static let scoreStatuses: Set<String> = [
        "exempt", "fully graded", "not submitted", "partially graded", "submitted",
    ]
}

/// GradePort's `metadata.gradeport.*` extension columns, as its OneRoster writer (module
/// `GradePortWriters`, `OneRosterCSV.metadataColumns`) writes them; a test checks the two agree.
enum GradePortMetadata {
    /// The prefix of every extension column.
    static let prefix = "metadata.gradeport."
    /// The extension columns the reader uses, by file (without the prefix).
    static let columns: [String: [String]] = [
        "orgs.csv": ["id", "placeholders"],
        "academicSessions.csv": ["id", "schoolYear", "kind", "number", "placeholders"],
        "classes.csv": ["class", "subject"],
        "users.csv": ["id", "placeholders"],
        "enrollments.csv": ["derived"],
        "categories.csv": ["kind"],
        "lineItems.csv": ["id", "kind", "number", "category", "placeholders"],
        "results.csv": ["status", "maxScore", "draft", "sourceFile", "sourceLine", "sourceColumn", "placeholders"],
    ]

    /// The full name of an extension column.
    static func column(_ name: String) -> String { prefix + name }
}

extension DiagnosticCode {
    /// A value outside its column's enumeration, or not of its column's type.
    static let invalidValue: Self = "invalid-value"
    /// A second record with a `sourcedId` already read in the same file.
    static let duplicateRecord: Self = "duplicate-record"
    /// A record marked `tobedeleted` (or the deprecated `inactive`): not read.
    static let deletedRecord: Self = "deleted-record"
}
