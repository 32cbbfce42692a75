import GradePortCore

/// The OneRoster CSV versions the reader knows.
enum OneRosterVersion: String, Sendable {
    /// 1.0 (2015): no manifest; `classes.termSourcedId` (one term), `users.userId` (one id), no
    /// `enabledUser`. Read with its own columns.
    case v1_0 = "1.0"
    case v1_1 = "1.1"
    case v1_2 = "1.2"

    /// Whether users carry their role in `users.csv` and line items name a `gradingPeriodSourcedId`
    /// (1.0 and 1.1), rather than `roles.csv` and `academicSessionSourcedId` (1.2).
    var isBefore1_2: Bool { self != .v1_2 }
}

/// What the binding requires of each file the reader reads, by version, and its enumerations.
///
/// A missing *essential* column makes the file unreadable (an error, the file skipped); a missing
/// *required* column is an error and the file is read without it.
enum OneRosterSchema {
    /// The columns a file cannot be read without.
    static func essential(_ file: String, _ version: OneRosterVersion) -> [String] {
        switch file {
        case "users.csv": version.isBefore1_2 ? ["sourcedId", "role"] : ["sourcedId"]
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
        case ("classes.csv", .v1_0):
            ["sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedId"]
        case ("classes.csv", _):
            ["sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds"]
        case ("users.csv", .v1_0): ["sourcedId", "orgSourcedIds", "role", "username", "givenName", "familyName"]
        case ("users.csv", .v1_1):
            ["sourcedId", "enabledUser", "orgSourcedIds", "role", "username", "givenName", "familyName"]
        case ("users.csv", .v1_2): ["sourcedId", "enabledUser", "username", "givenName", "familyName"]
        case ("roles.csv", _): ["sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"]
        case ("enrollments.csv", _): ["sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"]
        case ("categories.csv", _): ["sourcedId", "title"]
        case ("lineItems.csv", .v1_0), ("lineItems.csv", .v1_1):
            [
                "sourcedId", "title", "assignDate", "dueDate", "classSourcedId", "categorySourcedId",
                "gradingPeriodSourcedId", "resultValueMin", "resultValueMax",
            ]
        case ("lineItems.csv", .v1_2):
            [
                "sourcedId", "title", "assignDate", "dueDate", "classSourcedId", "categorySourcedId",
                "academicSessionSourcedId", "schoolSourcedId",
            ]
        case ("results.csv", .v1_0), ("results.csv", .v1_1):
            ["sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "score", "scoreDate"]
        case ("results.csv", .v1_2): ["sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "scoreDate"]
        default: ["sourcedId"]
        }
    }

    /// Columns a version names differently from the names the reader asks for: 1.0's one
    /// `termSourcedId` is read as the list `termSourcedIds`.
    static func aliases(_ version: OneRosterVersion) -> [String: String] {
        version == .v1_0 ? ["termSourcedIds": "termSourcedId"] : [:]
    }

    /// Every column a file may have in 1.0, 1.1 or 1.2 (the union: a column of another version is not
    /// reported as unknown); `nil` for a file the reader does not check. Columns outside these and
    /// `metadata.*` are reported (a misspelled `dateLastModifed` would otherwise pass unnoticed).
    static func knownColumns(_ file: String) -> Set<String>? {
        let common: Set<String> = ["sourcedId", "status", "dateLastModified"]
        let columns: [String]
        switch file {
        case "orgs.csv": columns = ["name", "type", "identifier", "parentSourcedId"]
        case "academicSessions.csv":
            columns = ["title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"]
        case "courses.csv":
            columns = [
                "schoolYearSourcedId", "schoolYearId", "title", "courseCode", "grades", "orgSourcedId", "subjects",
                "subjectCodes", "resourceSourcedIds",
            ]
        case "classes.csv":
            columns = [
                "title", "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId",
                "termSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods", "resourceSourcedIds",
            ]
        case "users.csv":
            columns = [
                "enabledUser", "orgSourcedIds", "role", "username", "userId", "userIds", "givenName", "familyName",
                "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "agents", "grades", "password",
                "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName", "preferredMiddleName",
                "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
            ]
        case "roles.csv":
            columns = [
                "userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId",
            ]
        case "enrollments.csv":
            columns = ["classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"]
        case "categories.csv": columns = ["title", "weight"]
        case "lineItems.csv":
            columns = [
                "title", "description", "assignDate", "dueDate", "classSourcedId", "categorySourcedId",
                "gradingPeriodSourcedId", "academicSessionSourcedId", "resultValueMin", "resultValueMax",
                "schoolSourcedId", "scoreScaleSourcedId",
            ]
        case "results.csv":
            columns = [
                "lineItemSourcedId", "studentSourcedId", "scoreStatus", "score", "textScore", "scoreDate", "comment",
                "classSourcedId", "inProgress", "incomplete", "late", "missing", "scoreScaleSourcedId",
            ]
        default: return nil
        }
        return common.union(columns)
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
        "results.csv": [
            "status", "maxScore", "draft", "sourceFile", "sourceLine", "sourceColumn", "placeholders", "raw",
        ],
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
