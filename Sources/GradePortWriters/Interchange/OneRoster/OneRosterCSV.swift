/// The OneRoster 1.2 CSV binding as GradePort writes it: file names, columns in spec order, and the
/// `metadata.gradeport.*` extension columns.
///
/// Column orders follow the 1.2 binding as independent implementations restate it (rostering files:
/// the 1EdTech Japan validator's header-order checks; gradebook files: a third-party TypeScript
/// implementation's "spec-defined headers in exact order"); see `docs/formats/oneroster.md` for the
/// evidence tags. Extension columns go to the right of the spec columns, as the binding requires.
public enum OneRosterCSV {
    /// The value of `oneroster.version` in the manifest.
    public static let version = "1.2"
    /// The value of `manifest.version`.
    public static let manifestVersion = "1.0"
    /// The prefix of GradePort's extension columns.
    public static let metadataPrefix = "metadata.gradeport."

    /// The data files of a OneRoster 1.2 bundle, in the order the manifest lists them.
    public static let dataFiles = [
        "academicSessions", "categories", "classResources", "classes", "courseResources", "courses", "demographics",
        "enrollments", "lineItemLearningObjectiveIds", "lineItemScoreScales", "lineItems", "orgs", "resources",
        "resultLearningObjectiveIds", "resultScoreScales", "results", "roles", "scoreScales", "userProfiles",
        "userResources", "users",
    ]

    /// The manifest's columns.
    public static let manifestColumns = ["propertyName", "value"]

    /// The spec columns of each file GradePort writes, in spec order.
    public static let specColumns: [String: [String]] = [
        "orgs.csv": ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
        "academicSessions.csv": [
            "sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId",
            "schoolYear",
        ],
        "courses.csv": [
            "sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades",
            "orgSourcedId", "subjects", "subjectCodes",
        ],
        "classes.csv": [
            "sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType",
            "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods",
        ],
        "users.csv": [
            "sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName",
            "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password",
            "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName", "preferredMiddleName",
            "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
        ],
        "roles.csv": [
            "sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate",
            "orgSourcedId", "userProfileSourcedId",
        ],
        "enrollments.csv": [
            "sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role",
            "primary", "beginDate", "endDate",
        ],
        "categories.csv": ["sourcedId", "status", "dateLastModified", "title", "weight"],
        "lineItems.csv": [
            "sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate",
            "classSourcedId", "categorySourcedId", "academicSessionSourcedId", "resultValueMin", "resultValueMax",
            "schoolSourcedId",
        ],
        "results.csv": [
            "sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "score",
            "scoreDate", "comment", "textScore", "classSourcedId", "inProgress", "incomplete", "late", "missing",
        ],
    ]

    /// GradePort's extension columns of each file (without ``metadataPrefix``): what the gradebook
    /// holds that OneRoster has no column for, so that reading the export back loses nothing.
    ///
    /// - `id`: the record's id in the gradebook.
    /// - `placeholders`: the required columns of the row that hold a stand-in because the gradebook has
    ///   no value (a reader takes them as absent), comma-separated.
    /// - sessions: `schoolYear` (`2025-2026`), `kind` (`quarter`…), `number`.
    /// - classes: `class` and `subject`, the gradebook ids of the class and subject the OneRoster class
    ///   stands for (empty when it has none).
    /// - enrollments: `derived` (`true` when GradePort added it for a student's results).
    /// - categories and lineItems: `kind` (the assessment kind), `number`, `category` (the platform's).
    /// - results: `status` (the gradebook status), `maxScore` (when the cell had its own maximum),
    ///   `draft`, `sourceFile`, `sourceLine`, `sourceColumn` (where the value was read), `raw` (the cell
    ///   as the platform wrote it, for a result that is not graded: `TURNED_IN` is a state, not a
    ///   `textScore`).
    public static let metadataColumns: [String: [String]] = [
        "orgs.csv": ["id", "placeholders"],
        "academicSessions.csv": ["id", "schoolYear", "kind", "number", "placeholders"],
        "courses.csv": [],
        "classes.csv": ["class", "subject"],
        "users.csv": ["id", "placeholders"],
        "roles.csv": [],
        "enrollments.csv": ["derived"],
        "categories.csv": ["kind"],
        "lineItems.csv": ["id", "kind", "number", "category", "placeholders"],
        "results.csv": [
            "status", "maxScore", "draft", "sourceFile", "sourceLine", "sourceColumn", "placeholders", "raw",
        ],
    ]

    /// The full header of a file GradePort writes: spec columns, then extension columns.
    public static func header(of file: String) -> [String] {
        (specColumns[file] ?? []) + (metadataColumns[file] ?? []).map { metadataPrefix + $0 }
    }
}
