import Foundation
import GradePortCore
import JSONStream

/// Writes gathered Graph records into the builder: classes, subjects and terms, people and
/// enrollments, assessments, then results.
struct GraphGradebookWriter {
    /// Whether the dump is a folder, so that messages name the file a line belongs to.
    let dumpIsFolder: Bool

    /// What a Graph class id stands for in the gradebook.
    private struct ClassIDs {
        var classID: SchoolClass.ID
        var subjectID: Subject.ID?
        var termID: Term.ID?
    }

    private var classByGraphID: [String: ClassIDs] = [:]
    private var soleClass: ClassIDs?
    private var personByUserID: [String: Person.ID] = [:]
    private var assessments: [String: (id: Assessment.ID, due: String?, isGraded: Bool)] = [:]
    private var draftAssignments: Set<String> = []
    private var hintedSubmissions: [AssignmentHint.Origin: Int] = [:]

    /// Prepares a writer.
    init(dumpIsFolder: Bool) {
        self.dumpIsFolder = dumpIsFolder
    }

    /// Writes everything gathered.
    mutating func write(_ records: GraphRecords, into builder: inout GradebookBuilder) {
        for (collection, location) in records.notObjects {
            diagnose(
                .error, .malformedInput, "a \(collection) record that is not an object is skipped", location, &builder)
        }
        for record in records.classes { writeClass(record, into: &builder) }
        if records.classes.count == 1 { soleClass = classByGraphID.values.first }
        if records.classes.isEmpty {
            builder.diagnose(.info, .ignoredContent, "the dump has no class record: assessments have no class")
        }
        for member in records.members { writeMember(member, classCount: records.classes.count, into: &builder) }
        for assignment in records.assignments { writeAssignment(assignment, into: &builder) }
        for assignment in records.assignments where !draftAssignments.contains(assignment.id ?? "") {
            for submission in assignment.submissions { writeSubmission(submission, into: &builder) }
        }
        for submission in records.submissions { writeSubmission(submission, into: &builder) }
        noteHintedSubmissions(into: &builder)
    }

    // MARK: - Classes

    private mutating func writeClass(_ record: GraphClassRecord, into builder: inout GradebookBuilder) {
        let title = record.displayName ?? record.externalName ?? record.id ?? "class"
        let name = [record.displayName, record.externalName].compactMap { $0 }.lazy
            .compactMap(CourseName.init).first
        var ids: ClassIDs
        if let name {
            ids = ClassIDs(classID: TeamsIdentifier.schoolClass(name.className))
            builder.add(
                SchoolClass(
                    id: ids.classID, name: name.className, grade: name.grade ?? record.grade.flatMap { Int($0) },
                    source: reference(record.location, builder)))
            if let subject = name.subject {
                ids.subjectID = TeamsIdentifier.subject(subject)
                builder.add(Subject(id: TeamsIdentifier.subject(subject), name: subject))
            }
        } else {
            ids = ClassIDs(classID: TeamsIdentifier.schoolClass(title))
            builder.add(
                SchoolClass(
                    id: ids.classID, name: title, grade: record.grade.flatMap { Int($0) },
                    source: reference(record.location, builder)))
            diagnose(
                .info, .inferredValue, "the class name '\(title)' names no class like 7А; kept as the class's name",
                record.location, &builder)
        }
        if let term = record.term, let key = term.externalID ?? term.name ?? term.start {
            let id = TeamsIdentifier.term(key)
            ids.termID = id
            let period = TermName(term.name ?? "")
            builder.add(
                Term(
                    id: id, schoolYear: term.start.flatMap(TermName.schoolYear(startingOn:)), kind: period.kind,
                    number: period.number, start: term.start, end: term.end, name: term.name,
                    source: reference(record.location, builder)))
        }
        if let graphID = record.id { classByGraphID[graphID] = ids }
    }

    // MARK: - Members

    private mutating func writeMember(
        _ record: GraphMemberRecord, classCount: Int, into builder: inout GradebookBuilder
    ) {
        let personID: Person.ID
        if let login = record.login {
            personID = TeamsIdentifier.person(login: login)
        } else if let graphID = record.id {
            personID = TeamsIdentifier.person(graphID: graphID)
            diagnose(
                .warning, .incompleteRecord,
                "member \(graphID) has neither mail nor userPrincipalName; "
                    + "identified by the Graph id only", record.location, &builder)
        } else {
            diagnose(
                .error, .incompleteRecord, "member without id, mail or userPrincipalName skipped",
                record.location, &builder)
            return
        }
        if let graphID = record.id {
            if let earlier = personByUserID[graphID] {
                diagnose(
                    .warning, .duplicateStudent, "member \(graphID) (\(earlier)) is listed again; the first is kept",
                    record.location, &builder)
                return
            }
            personByUserID[graphID] = personID
        }
        let role: Person.Role = record.primaryRole == "teacher" ? .teacher : .student
        var externalIDs: [Person.ExternalID] = []
        if let graphID = record.id { externalIDs.append(.init(platform: TeamsPlatform.descriptor.id, id: graphID)) }
        if let sis = record.externalID { externalIDs.append(.init(platform: "teams-sis", id: sis)) }
        builder.add(
            Person(
                id: personID, role: role, familyName: record.surname, givenName: record.givenName,
                patronymic: record.middleName, email: record.login, externalIds: externalIDs,
                source: reference(record.location, builder)))
        if let soleClass {
            builder.add(
                Enrollment(person: personID, class: soleClass.classID, subject: soleClass.subjectID, role: role))
        } else if classCount > 1 {
            diagnose(
                .info, .ignoredContent,
                "the dump holds \(classCount) classes, so member \(personID) is not enrolled in one of them",
                record.location, &builder)
        }
    }

    // MARK: - Assignments

    private mutating func writeAssignment(_ record: GraphAssignmentRecord, into builder: inout GradebookBuilder) {
        guard let graphID = record.id else {
            diagnose(.error, .incompleteRecord, "assignment without an id skipped", record.location, &builder)
            return
        }
        let title = record.displayName ?? graphID
        if record.status == "draft" {
            draftAssignments.insert(graphID)
            diagnose(
                .info, .skippedRow,
                "draft assignment '\(title)' is not published to students; skipped with its "
                    + "submissions", record.location, &builder)
            return
        }
        var ids = soleClass
        if let classID = record.classID {
            if let known = classByGraphID[classID] {
                ids = known
            } else if !classByGraphID.isEmpty {
                ids = nil
                diagnose(
                    .warning, .danglingReference,
                    "assignment '\(title)' belongs to class \(classID), which the dump does not contain",
                    record.location, &builder)
            }
        }
        if let invalid = record.invalidMaxPoints {
            diagnose(
                .warning, .invalidScore, "maxPoints '\(invalid)' of '\(title)' is not a positive number; no maximum",
                record.location, &builder)
        }
        let id = TeamsIdentifier.assignment(graphID: graphID)
        let classification = AssessmentKindClassifier().classify(title: title)
        builder.add(
            Assessment(
                id: id, title: title, kind: classification.kind, number: classification.number,
                maxScore: record.maxPoints, subject: ids?.subjectID, class: ids?.classID, term: ids?.termID,
                date: record.dueDateTime, source: reference(record.location, builder)))
        assessments[graphID] = (id, record.dueDateTime, record.maxPoints != nil || record.invalidMaxPoints != nil)
    }

    // MARK: - Submissions

    /// The first assignment of the dump a submission's hints name, counted for the closing note.
    private mutating func assignment(hintedBy record: GraphSubmissionRecord) -> String? {
        for hint in record.assignmentHints
        where assessments[hint.assignmentID] != nil || draftAssignments.contains(hint.assignmentID) {
            hintedSubmissions[hint.origin, default: 0] += 1
            return hint.assignmentID
        }
        return nil
    }

    /// Says how many submissions took their assignment from their response or file.
    private mutating func noteHintedSubmissions(into builder: inout GradebookBuilder) {
        for (origin, count) in hintedSubmissions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            builder.diagnose(
                .info, .inferredValue,
                "\(count) submission(s) without assignmentId: the assignment taken from \(origin.rawValue)")
        }
        hintedSubmissions = [:]
    }

    private mutating func writeSubmission(_ record: GraphSubmissionRecord, into builder: inout GradebookBuilder) {
        let label = "submission \(record.id ?? "without id")"
        guard let assignmentID = record.assignmentID ?? assignment(hintedBy: record) else {
            let named = record.assignmentHints.map { "\($0.origin.rawValue) ('\($0.assignmentID)')" }
            let tried =
                named.isEmpty
                ? "" : " (nor does \(named.joined(separator: " or ")) name an assignment of the dump)"
            diagnose(
                .error, .incompleteRecord,
                "\(label) names no assignmentId\(tried): keep the response's @odata.context, or save each "
                    + "assignment's submissions as submissions-<assignment id>.json; skipped", record.location, &builder
            )
            return
        }
        if draftAssignments.contains(assignmentID) { return }
        guard let assessment = assessments[assignmentID] else {
            diagnose(
                .error, .danglingReference,
                "\(label) is for assignment \(assignmentID), which the dump does not contain; skipped",
                record.location, &builder)
            return
        }
        guard let userID = record.userID else {
            diagnose(.error, .incompleteRecord, "\(label) has no recipient.userId; skipped", record.location, &builder)
            return
        }
        guard let person = personByUserID[userID] else {
            diagnose(
                .error, .danglingReference, "\(label) is for user \(userID), who is not among the members; skipped",
                record.location, &builder)
            return
        }
        let outcome = GraphSubmissionOutcome(record, isGraded: assessment.isGraded)
        if let note = outcome.note {
            diagnose(note.severity, note.code, "\(label) of \(person): \(note.message)", record.location, &builder)
        }
        guard let status = outcome.status else {
            if let feedback = record.feedback {
                diagnose(
                    .warning, .ignoredContent,
                    "\(label) of \(person) has feedback but no result to keep it (status \(record.status ?? "none")): "
                        + "\"\(feedback)\"", record.location, &builder)
            }
            return
        }
        var late: Bool?
        if let submitted = record.submittedDateTime, let due = assessment.due {
            late = GraphTimestamp.isAfter(submitted, due)
        }
        builder.add(
            AssessmentResult(
                person: person, assessment: assessment.id, status: status, score: outcome.score, raw: outcome.raw,
                comment: record.feedback, late: late, draft: outcome.draft,
                source: reference(record.location, builder)))
    }

    // MARK: - Locations

    private func reference(_ location: DumpLocation, _ builder: GradebookBuilder) -> SourceReference {
        builder.reference(line: location.line, column: location.column, file: dumpIsFolder ? location.file : nil)
    }

    private func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ location: DumpLocation,
        _ builder: inout GradebookBuilder
    ) {
        builder.diagnose(
            severity, code, message, line: location.line, column: location.column,
            file: dumpIsFolder ? location.file : nil)
    }
}
