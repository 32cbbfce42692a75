import GradePortCore
import JSONStream

/// An `educationClass`: the fields the adapter reads.
struct GraphClassRecord: Sendable {
    /// The Graph id (the Microsoft 365 group's id).
    var id: String?
    /// `displayName`, such as `7А Физика`.
    var displayName: String?
    /// `externalName`, the SIS's name.
    var externalName: String?
    /// `grade`, as text.
    var grade: String?
    /// `term`: `displayName`, `startDate`, `endDate`, `externalId`.
    var term: (name: String?, start: String?, end: String?, externalID: String?)?
    /// Where it was read.
    var location: DumpLocation

    /// Reads the fields of a class record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value["id"]?.idString
        displayName = value["displayName"]?.string
        externalName = value["externalName"]?.string
        grade = value["grade"]?.idString
        if let term = value["term"], term.object != nil {
            self.term = (
                term["displayName"]?.string, term["startDate"]?.string, term["endDate"]?.string,
                term["externalId"]?.idString
            )
        }
        self.location = location
    }
}

/// An `educationUser`: the fields the adapter reads.
struct GraphMemberRecord: Sendable {
    /// The Graph user id.
    var id: String?
    /// `givenName`.
    var givenName: String?
    /// `surname`.
    var surname: String?
    /// `middleName`.
    var middleName: String?
    /// `mail`; absent when the dump was made with delegated permissions.
    var mail: String?
    /// `userPrincipalName`.
    var userPrincipalName: String?
    /// `primaryRole`: `student`, `teacher`, `none`.
    var primaryRole: String?
    /// `student.externalId` (or `teacher.externalId`): the SIS's id.
    var externalID: String?
    /// Where it was read.
    var location: DumpLocation

    /// Reads the fields of a user record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value["id"]?.idString
        givenName = value["givenName"]?.string
        surname = value["surname"]?.string
        middleName = value["middleName"]?.string
        mail = value["mail"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        userPrincipalName = value["userPrincipalName"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        primaryRole = value["primaryRole"]?.string
        externalID = value["student"]?["externalId"]?.idString ?? value["teacher"]?["externalId"]?.idString
        self.location = location
    }

    /// The login the person is known by: `mail`, else the user principal name.
    var login: String? { mail ?? userPrincipalName }
}

/// An `educationAssignment`: the fields the adapter reads, and the submissions embedded in it.
struct GraphAssignmentRecord: Sendable {
    /// The Graph id.
    var id: String?
    /// `classId`.
    var classID: String?
    /// `displayName`.
    var displayName: String?
    /// `dueDateTime`, UTC.
    var dueDateTime: String?
    /// `status`: one of `draft`, `scheduled`, `published`, `assigned` and later values.
    var status: String?
    /// `grading.maxPoints`; `nil` for an ungraded assignment (`grading` null or absent).
    var maxPoints: DecimalNumber?
    /// `grading.maxPoints` as written, when it is not a positive number.
    var invalidMaxPoints: String?
    /// `submissions`, when the dump was made with `$expand=submissions`.
    var submissions: [GraphSubmissionRecord]
    /// Where it was read.
    var location: DumpLocation

    /// Reads the fields of an assignment record and its embedded submissions.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value["id"]?.idString
        classID = value["classId"]?.idString
        displayName = value["displayName"]?.string
        dueDateTime = value["dueDateTime"]?.string
        status = value["status"]?.string
        if let max = value["grading"]?["maxPoints"], !max.isNull {
            let text = max.number?.text ?? max.string ?? "\(max)"
            if let parsed = DecimalNumber(parsing: text), parsed > .zero {
                maxPoints = parsed
            } else {
                invalidMaxPoints = text
            }
        }
        let embedded = value["submissions"]?.array ?? []
        submissions = embedded.map { GraphSubmissionRecord($0, assignmentID: value["id"]?.idString, at: location) }
        self.location = location
    }
}

/// An `educationSubmission` with its outcomes: the fields the adapter reads.
struct GraphSubmissionRecord: Sendable {
    /// The Graph id.
    var id: String?
    /// `assignmentId`, or the id of the assignment that embeds it.
    var assignmentID: String?
    /// `recipient.userId`.
    var userID: String?
    /// `status`: `working`, `submitted`, `returned`, `reassigned`, `excused`.
    var status: String?
    /// `submittedDateTime`, UTC.
    var submittedDateTime: String?
    /// The points outcome's `points.points`: the teacher's latest value, as written.
    var points: String?
    /// The points outcome's `publishedPoints.points`: the value returned to the student.
    var publishedPoints: String?
    /// The feedback outcome's text: `publishedFeedback`, else `feedback`.
    var feedback: String?
    /// Where it was read (for an embedded submission, its assignment's record).
    var location: DumpLocation
    /// Without `assignmentId`: the assignments its response or file names, in the order they are tried.
    var assignmentHints: [AssignmentHint] = []

    /// Reads the fields of a submission record and its outcomes.
    init(_ value: JSONValue, assignmentID: String? = nil, at location: DumpLocation) {
        id = value["id"]?.idString
        self.assignmentID = value["assignmentId"]?.idString ?? assignmentID
        userID = value["recipient"]?["userId"]?.idString
        status = value["status"]?.string
        submittedDateTime = value["submittedDateTime"]?.string
        for outcome in value["outcomes"]?.array ?? [] {
            let type = outcome["@odata.type"]?.string ?? ""
            if type.hasSuffix("educationPointsOutcome") || (type.isEmpty && outcome["points"] != nil) {
                points = Self.pointsText(outcome["points"]?["points"])
                publishedPoints = Self.pointsText(outcome["publishedPoints"]?["points"])
            } else if type.hasSuffix("educationFeedbackOutcome") || (type.isEmpty && outcome["feedback"] != nil) {
                let published = outcome["publishedFeedback"]?["text"]?["content"]?.string
                let latest = outcome["feedback"]?["text"]?["content"]?.string
                feedback = [published, latest].compactMap { $0 }.first { !$0.isEmpty }
            }
        }
        self.location = location
    }

    /// A points value as written: a number's literal, or a string.
    private static func pointsText(_ value: JSONValue?) -> String? {
        guard let value, !value.isNull else { return nil }
        return value.number?.text ?? value.string
    }
}
