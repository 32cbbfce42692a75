import Foundation
import GradePortCore
import JSONStream

/// What reading an API dump has learned so far, and what each record does to it.
///
/// Ids are read with ``JSONValue/idString`` and stay strings: Classroom's course, user and
/// courseWork ids are long digit strings that a `Double` would round.
struct APIDumpState {
    private struct Course {
        var classID: SchoolClass.ID
        var subjectID: Subject.ID?
    }

    private struct Work {
        var assessmentID: Assessment.ID
        var title: String
        var isUngraded: Bool
    }

    private let isFolder: Bool
    private let classifier = AssessmentKindClassifier()
    private var courses: [String: Course] = [:]
    private var people: [String: Person.ID] = [:]
    private var memberships: Set<String> = []
    private var works: [String: Work] = [:]
    private var skippedWorks: [String: (title: String, state: String)] = [:]
    private var skippedSubmissions: [String: Int] = [:]
    /// Submissions that carry no result (not graded, not turned in, not late).
    private var notGraded = 0

    /// Prepares to read a dump; `isFolder` says whether diagnostics must name the file.
    init(isFolder: Bool) { self.isFolder = isFolder }

    // MARK: - Roster

    /// Reads the `courses` records. Courses that would stand for the same class and subject but differ
    /// by a `section` that names no class (`Cohort 1`, `Cohort 2`) are different groups of pupils: each
    /// gets its section in its class name (`7А Cohort 1`), so they are not taken for one class.
    mutating func takeCourses(_ records: [APIDumpRecord], into book: inout GradebookBuilder) {
        var sections: [String: Set<String>] = [:]
        for record in records {
            let course = CourseClass(name: record.value["name"]?.string ?? "", section: record.value["section"]?.string)
            let section = record.value["section"]?.string?.trimmed(of: " ") ?? ""
            sections[course.className + "|" + (course.subject ?? ""), default: []].insert(section)
        }
        for record in records {
            var course = CourseClass(name: record.value["name"]?.string ?? "", section: record.value["section"]?.string)
            let section = record.value["section"]?.string?.trimmed(of: " ") ?? ""
            if course.classOrigin != "section", !section.isEmpty,
                (sections[course.className + "|" + (course.subject ?? "")]?.count ?? 0) > 1
            {
                course.className += " " + section
                course.classOrigin += " and section (other courses share the name)"
            }
            takeCourse(record, as: course, into: &book)
        }
    }

    /// Reads a `courses` record as the class and subject it stands for.
    private mutating func takeCourse(_ record: APIDumpRecord, as course: CourseClass, into book: inout GradebookBuilder)
    {
        book.countRows()
        let value = record.value
        guard let id = value["id"]?.idString else {
            diagnose(.error, .incompleteRecord, "course without an id; skipped", record, into: &book)
            return
        }
        let name = value["name"]?.string ?? ""
        let classID = ClassroomExport.classID(courseID: id)
        book.add(
            SchoolClass(id: classID, name: course.className, grade: course.grade, source: reference(record, book)))
        var subjectID: Subject.ID?
        if let subject = course.subject {
            subjectID = ClassroomExport.subjectID(name: subject)
            book.add(Subject(id: subjectID!, name: subject, source: reference(record, book)))
        }
        courses[id] = Course(classID: classID, subjectID: subjectID)
        let subjectNote = course.subject.map { ", subject '\($0)' from the course name" } ?? ", no subject"
        diagnose(
            .info, .inferredValue,
            "course \(id) '\(name)': class \(course.className) from the \(course.classOrigin)"
                + subjectNote, record, into: &book)
    }

    /// Reads a `teachers`, `students` or `courseWork` record (`topics` are counted, not read).
    mutating func take(_ record: APIDumpRecord, into book: inout GradebookBuilder) {
        book.countRows()
        switch record.collection {
        case "teachers": takeMember(record, role: .teacher, into: &book)
        case "students": takeMember(record, role: .student, into: &book)
        case "courseWork": takeCourseWork(record, into: &book)
        default:
            diagnose(.info, .ignoredContent, "topic not read (topics carry no grades)", record, into: &book)
        }
    }

    private mutating func takeMember(_ record: APIDumpRecord, role: Person.Role, into book: inout GradebookBuilder) {
        let value = record.value
        guard let userID = value["userId"]?.idString ?? value["profile"]?["id"]?.idString else {
            diagnose(.error, .incompleteRecord, "\(role.rawValue) without a userId; skipped", record, into: &book)
            return
        }
        let profile = value["profile"]
        var family = profile?["name"]?["familyName"]?.string.flatMap(Self.nonEmpty)
        var given = profile?["name"]?["givenName"]?.string.flatMap(Self.nonEmpty)
        var nameIsParsed = false
        if family == nil, given == nil, let full = profile?["name"]?["fullName"]?.string.flatMap(Self.nonEmpty) {
            // Classroom forms fullName as "given family".
            let parts = full.split(separator: " ", maxSplits: 1).map(String.init)
            given = parts.first
            family = parts.count > 1 ? parts[1] : nil
            nameIsParsed = true
            diagnose(
                .info, .inferredValue, "user \(userID): only a full name '\(full)'; read as given name, family name",
                record, into: &book)
        }
        let email = profile?["emailAddress"]?.string.flatMap(Self.nonEmpty)
        let personID =
            email.map { ClassroomExport.personID(email: $0) } ?? ClassroomExport.personID(userID: userID)
        if email == nil {
            diagnose(
                .warning, .incompleteRecord,
                "\(role.rawValue) \(userID) has no emailAddress (the dump was made without the profile.emails "
                    + "scope?); identified by user id only", record, into: &book)
        }
        people[userID] = personID
        book.add(
            Person(
                id: personID, role: role, familyName: family, givenName: given, email: email,
                externalIds: [Person.ExternalID(platform: ClassroomExport.platformID, id: userID)],
                source: reference(record, book), nameIsParsed: nameIsParsed))
        let courseID = value["courseId"]?.idString ?? ""
        guard let course = courses[courseID] else {
            diagnose(
                .warning, .danglingReference,
                "\(role.rawValue) \(userID) is in course '\(courseID)', which the dump does not hold; no enrollment",
                record, into: &book)
            return
        }
        if !memberships.insert(courseID + "|" + userID + "|" + role.rawValue).inserted {
            diagnose(
                .warning, .duplicateStudent, "\(role.rawValue) \(userID) appears twice in course \(courseID)", record,
                into: &book)
        }
        book.add(Enrollment(person: personID, class: course.classID, subject: course.subjectID, role: role))
    }

    private mutating func takeCourseWork(_ record: APIDumpRecord, into book: inout GradebookBuilder) {
        let value = record.value
        guard let id = value["id"]?.idString else {
            diagnose(.error, .incompleteRecord, "courseWork without an id; skipped", record, into: &book)
            return
        }
        let title = value["title"]?.string ?? ""
        let state = value["state"]?.string ?? "PUBLISHED"
        if state == "DRAFT" || state == "DELETED" {
            skippedWorks[id] = (title, state)
            diagnose(.info, .skippedRow, "courseWork \(id) '\(title)' is \(state); skipped", record, into: &book)
            return
        }
        let courseID = value["courseId"]?.idString ?? ""
        let course = courses[courseID]
        if course == nil {
            diagnose(
                .warning, .danglingReference,
                "courseWork \(id) is in course '\(courseID)', which the dump does not hold; read without a class",
                record, into: &book)
        }
        var maxScore: DecimalNumber?
        if let points = value["maxPoints"]?.number {
            maxScore = DecimalNumber(parsing: points.decimalText ?? points.text)
            if maxScore == nil || maxScore!.isNegative {
                diagnose(
                    .warning, .invalidScore, "courseWork \(id): maxPoints \(points.text) is not a usable maximum",
                    record, into: &book)
                maxScore = nil
            } else if maxScore!.isZero {
                maxScore = nil
            }
        }
        let category = value["gradeCategory"]?["name"]?.string
        var term: Term.ID?
        if let period = value["gradingPeriodId"]?.idString, !period.isEmpty {
            term = ClassroomExport.termID(gradingPeriodID: period)
            book.add(Term(id: term!, name: period))
        }
        let classification = classifier.classify(title: title, category: category)
        let assessmentID = ClassroomExport.assessmentID(courseWorkID: id)
        var date = Self.dueDate(value)
        if date == nil, let created = value["creationTime"]?.string, let day = Self.isoDay(created) {
            // Work without a due date is dated by the day it was posted, so that what dates it (a school
            // year, a term) is its own time, not the day of the export.
            date = day
            diagnose(
                .info, .inferredValue, "courseWork \(id) '\(title)' has no due date; dated \(day), its creationTime",
                record, into: &book)
        }
        book.add(
            Assessment(
                id: assessmentID, title: title, kind: classification.kind, number: classification.number,
                maxScore: maxScore, subject: course?.subjectID, class: course?.classID, term: term,
                date: date, category: category, source: reference(record, book)))
        works[id] = Work(assessmentID: assessmentID, title: title, isUngraded: maxScore == nil)
    }

    // MARK: - Submissions

    /// Reads a `studentSubmissions` record into at most one result.
    ///
    /// `assignedGrade` wins over `draftGrade`; a draft-only grade is kept with `draft: true`. A grade
    /// that is not a JSON number is an `invalid-score` error. Without a grade: a turned-in submission
    /// is `submitted`; a late one never turned in (`NEW`, `CREATED`, `RECLAIMED_BY_STUDENT` with
    /// `late: true`) is `missing`, as Classroom's UI and CSV say; any other is no result (counted in
    /// one note). Excused work cannot be told apart in the API, so `excused` is never written.
    mutating func takeSubmission(_ record: APIDumpRecord, into book: inout GradebookBuilder) {
        book.countRows()
        let value = record.value
        let submissionID = value["id"]?.idString ?? "?"
        let workID = value["courseWorkId"]?.idString ?? ""
        if skippedWorks[workID] != nil {
            skippedSubmissions[workID, default: 0] += 1
            return
        }
        guard let work = works[workID] else {
            diagnose(
                .error, .danglingReference,
                "submission \(submissionID) is for courseWork '\(workID)', which the dump does not hold; skipped",
                record, into: &book)
            return
        }
        let userID = value["userId"]?.idString ?? ""
        guard let person = people[userID] else {
            diagnose(
                .error, .danglingReference,
                "submission \(submissionID) is by user '\(userID)', who is not among the dump's students; skipped",
                record, into: &book)
            return
        }
        for field in ["assignedGrade", "draftGrade"] {
            guard let grade = value[field], grade.number == nil, !grade.isNull else { continue }
            // A grade the API would write as a number but the dump holds as text, a boolean or an
            // object: not guessed at, and not dropped in silence.
            let shown =
                grade.string.map { "the string \"\($0)\"" } ?? grade.bool.map { "\($0)" } ?? grade.kind.description
            diagnose(
                .error, .invalidScore,
                "submission \(submissionID) ('\(work.title)'): \(field) is \(shown), not a JSON number; the "
                    + "result is not read", record, into: &book)
            return
        }
        let assigned = value["assignedGrade"]?.number
        let draft = value["draftGrade"]?.number
        let late: Bool? = value["late"]?.bool == true ? true : nil
        let place = reference(record, book)
        let state = value["state"]?.string
        if let grade = assigned ?? draft {
            guard let score = DecimalNumber(parsing: grade.decimalText ?? grade.text) else {
                diagnose(
                    .error, .invalidScore, "submission \(submissionID): grade \(grade.text) is not a usable number",
                    record, into: &book)
                return
            }
            if assigned == nil {
                let missingDefault =
                    score.isZero && late == true && value["state"]?.string != "TURNED_IN"
                    ? " (0 on late work not turned in is Classroom's default for missing work)" : ""
                diagnose(
                    .warning, .draftGrade,
                    "submission \(submissionID) ('\(work.title)'): draft grade \(grade.text) not yet returned to the "
                        + "student; kept as a draft\(missingDefault)", record, into: &book)
            }
            if work.isUngraded {
                diagnose(
                    .warning, .ungradedAssessment,
                    "submission \(submissionID): grade \(grade.text) on ungraded courseWork '\(work.title)' (no "
                        + "maxPoints); kept without a maximum", record, into: &book)
            }
            book.add(
                AssessmentResult(
                    person: person, assessment: work.assessmentID, status: .graded, score: score, raw: grade.text,
                    late: late, draft: assigned == nil ? true : nil, source: place))
        } else if state == "TURNED_IN" {
            book.add(
                AssessmentResult(
                    person: person, assessment: work.assessmentID, status: .submitted, raw: "TURNED_IN", late: late,
                    source: place))
        } else if late == true, let state, Self.notTurnedIn.contains(state) {
            // Classroom's UI and its grades CSV say "Missing" for work not turned in after its due date;
            // the API says it as a late submission that was never turned in.
            book.add(
                AssessmentResult(
                    person: person, assessment: work.assessmentID, status: .missing, raw: state, late: true,
                    source: place))
        } else {
            notGraded += 1
        }
    }

    /// Submission states of work that is not (or no longer) turned in.
    private static let notTurnedIn: Set<String> = ["NEW", "CREATED", "RECLAIMED_BY_STUDENT"]

    /// Reports the submissions of skipped coursework, and those that carry no result.
    mutating func finish(into book: inout GradebookBuilder) {
        if notGraded > 0 {
            book.diagnose(
                .info, .skippedRow,
                "\(notGraded) submission(s) neither graded, turned in nor late (work not yet due, or returned "
                    + "without a grade): no result, as a blank cell")
            notGraded = 0
        }
        for (workID, count) in skippedSubmissions.sorted(by: { $0.key < $1.key }) {
            let work = skippedWorks[workID]
            book.diagnose(
                .info, .skippedRow,
                "\(count) submission(s) for \(work?.state ?? "skipped") courseWork \(workID) '\(work?.title ?? "")' "
                    + "skipped")
        }
        skippedSubmissions = [:]
    }

    // MARK: - Helpers

    /// `dueDate` + `dueTime` (both UTC) as ISO 8601: a date, or a date-time with `Z` when a time is given.
    static func dueDate(_ value: JSONValue) -> String? {
        guard let date = value["dueDate"], let year = date["year"]?.number?.int64,
            let month = date["month"]?.number?.int64, let day = date["day"]?.number?.int64,
            (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        func pad(_ number: Int64, _ width: Int = 2) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let isoDate = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard let time = value["dueTime"]?.object else { return isoDate }
        let hours = time["hours"]?.number?.int64 ?? 0
        let minutes = time["minutes"]?.number?.int64 ?? 0
        let seconds = time["seconds"]?.number?.int64 ?? 0
        return "\(isoDate)T\(pad(hours)):\(pad(minutes)):\(pad(seconds))Z"
    }

    /// The `YYYY-MM-DD` day of an RFC 3339 timestamp (`2025-09-03T07:00:00.123Z`); `nil` for anything else.
    static func isoDay(_ timestamp: String) -> String? {
        let day = timestamp.prefix(10)
        let digits = day.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        return day.count == 10 && digits ? String(day) : nil
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmed(of: " \t")
        return trimmed.isEmpty ? nil : trimmed
    }

    private func reference(_ record: APIDumpRecord, _ book: GradebookBuilder) -> SourceReference {
        book.reference(line: record.line, column: record.column, file: isFolder ? record.file : nil)
    }

    private func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ record: APIDumpRecord,
        into book: inout GradebookBuilder
    ) {
        book.diagnose(
            severity, code, message, line: record.line, column: record.column,
            file: isFolder ? record.file : nil)
    }
}
