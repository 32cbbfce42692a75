import Foundation
import GradePortCore
import JSONStream

/// Writes gathered BilimClass records into the builder: school, class and student from
/// `user_info`; terms from `periods`; subjects, lessons and quarter marks from `subjects`; lesson
/// marks and absences from `quarter`; quarter, year, exam and final marks from `year`.
struct BilimClassGradebookWriter {
    /// Whether the dump is a folder, so that messages name the file a line belongs to.
    let dumpIsFolder: Bool

    /// A lesson of the per-subject diary, with what it stands for in the gradebook.
    struct Lesson {
        var schedule: SubjectDiaryRecord.Schedule
        var type: LessonType?
        var sorNumber: Int?
        var subjectID: Subject.ID
        var subjectName: String
        var termID: Term.ID?
    }

    var personID: Person.ID?
    var classID: SchoolClass.ID?
    var schoolYear: String?
    var lessons: [String: Lesson] = [:]
    var subjectByUUID: [String: Subject.ID] = [:]
    var subjectByName: [String: Subject.ID] = [:]
    var addedAssessments: Set<Assessment.ID> = []
    /// Quarter marks written from the diaries, by assessment id: the raw mark.
    var quarterMarks: [Assessment.ID: String] = [:]
    var termsByNumber: [Int: Term.ID] = [:]

    /// Prepares a writer.
    init(dumpIsFolder: Bool) {
        self.dumpIsFolder = dumpIsFolder
    }

    /// Writes everything gathered.
    mutating func write(_ records: DumpRecords, into builder: inout GradebookBuilder) {
        for (collection, position) in records.notObjects {
            diagnose(
                .error, .malformedInput, "a \(collection) record that is not an object is skipped", position, &builder)
        }
        writeUser(records.users, into: &builder)
        writePeriods(records.periods, fallbackYear: records.users.first?.currentEduYear, into: &builder)
        if schoolYear == nil {
            schoolYear = records.subjects.lazy.flatMap(\.schedules).compactMap(\.date).first?.schoolYear
        }
        writeSubjects(records.subjects, periods: records.periods, into: &builder)
        writeMarks(records.marks, into: &builder)
        for sheet in records.yearSheets { writeYear(sheet, periods: records.periods, into: &builder) }
    }

    // MARK: - The student

    private mutating func writeUser(_ users: [UserInfoRecord], into builder: inout GradebookBuilder) {
        guard let user = users.first else {
            builder.diagnose(
                .error, .incompleteRecord,
                "the dump has no user_info: the marks have no student and are not read")
            return
        }
        for extra in users.dropFirst() {
            diagnose(
                .warning, .duplicateStudent, "a second user_info is not read: a dump is one student's account",
                extra.position, &builder)
        }
        var schoolID: School.ID?
        if let school = user.school, let key = Self.bin(school.bin) ?? school.id {
            schoolID = BilimClassIdentifier.school(key)
            builder.add(
                School(
                    id: schoolID!, name: school.name, bin: Self.bin(school.bin),
                    source: reference(user.position, builder)))
        }
        if let group = user.group, let key = group.id ?? group.name {
            let name =
                group.name.map { ClassName.normalized($0) ?? $0 }
                ?? "\(group.parallel.map(String.init) ?? "")\(group.letter ?? "")"
            let id = BilimClassIdentifier.group(key)
            classID = id
            builder.add(
                SchoolClass(
                    id: id, name: name, grade: group.parallel ?? group.name.flatMap(ClassName.grade(in:)),
                    school: schoolID, source: reference(user.position, builder)))
        }
        var name = PersonName(familyName: user.surname, givenName: user.firstname, patronymic: user.lastname)
        var nameIsParsed = false
        if let fullname = user.fullname, name.familyName == nil || name.givenName == nil {
            nameIsParsed = true
            let parsed = PersonName(fullName: fullname)
            name.familyName = name.familyName ?? parsed.familyName
            name.givenName = name.givenName ?? parsed.givenName
            name.patronymic = name.patronymic ?? parsed.patronymic
            diagnose(
                .info, .inferredValue,
                "surname or firstname is missing; taken from studentInfo.fullname '\(fullname)' (upper case as written)",
                user.position, &builder)
        }
        var iin: String?
        if let text = user.iin {
            switch IIN.validate(text) {
            case .success(let valid): iin = valid.digits
            case .failure(let error):
                diagnose(
                    .warning, .invalidIIN, "studentInfo.iin '\(text)' is dropped: \(error); the student is kept",
                    user.position, &builder)
            }
        }
        let id: Person.ID
        if let iin {
            id = BilimClassIdentifier.person(iin: iin)
        } else if let user = user.userID ?? user.login {
            id = BilimClassIdentifier.person(user: user)
        } else {
            diagnose(
                .error, .incompleteRecord, "user_info has no valid IIN, userId or login: the marks have no student",
                user.position, &builder)
            return
        }
        personID = id
        let role: Person.Role = user.role == "teacher" ? .teacher : .student
        var external: [Person.ExternalID] = []
        if let userID = user.userID { external.append(.init(platform: BilimClassPlatform.descriptor.id, id: userID)) }
        builder.add(
            Person(
                id: id, role: role, familyName: name.familyName, givenName: name.givenName,
                patronymic: name.patronymic, iin: iin, externalIds: external, source: reference(user.position, builder),
                nameIsParsed: nameIsParsed))
        if let classID { builder.add(Enrollment(person: id, class: classID, role: role)) }
    }

    /// A school BIN: 12 digits, else none.
    private static func bin(_ text: String?) -> String? {
        guard let text, text.count == 12, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return text
    }

    // MARK: - Periods

    private mutating func writePeriods(
        _ periods: [PeriodRecord], fallbackYear: Int?, into builder: inout GradebookBuilder
    ) {
        schoolYear = periods.lazy.compactMap(\.schoolYear).first ?? fallbackYear.map { SchoolYear(startYear: $0).text }
        var formulas: Set<String> = []
        for period in periods {
            guard let number = period.number, let year = period.schoolYear ?? schoolYear else {
                diagnose(
                    .warning, .incompleteRecord, "a period without a number or dates is not read", period.position,
                    &builder)
                continue
            }
            let word = period.periodType.flatMap(TermKindWord.init(periodType:)) ?? .quarter
            if let type = period.periodType, TermKindWord(periodType: type) == nil {
                diagnose(
                    .warning, .inferredValue, "periodType '\(type)' is not known; read as a quarter", period.position,
                    &builder)
            }
            let id = BilimClassIdentifier.term(schoolYear: year, kind: word, number: number)
            termsByNumber[number] = termsByNumber[number] ?? id
            builder.add(
                Term(
                    id: id, schoolYear: year, kind: word.kind, number: number, start: period.start?.iso,
                    end: period.end?.iso, name: word.title(number), source: reference(period.position, builder)))
            if let formula = period.recommendedFormula, formulas.insert(formula).inserted {
                diagnose(
                    .info, .ignoredContent,
                    "recommendedFormula '\(formula)' (the platform's grading formula version) is noted, not applied",
                    period.position, &builder)
            }
        }
    }

    /// The term of a period number, adding one without dates when the dump has no such period.
    mutating func term(_ number: Int, into builder: inout GradebookBuilder) -> Term.ID? {
        if let id = termsByNumber[number] { return id }
        guard let schoolYear else { return nil }
        let id = BilimClassIdentifier.term(schoolYear: schoolYear, kind: .quarter, number: number)
        termsByNumber[number] = id
        builder.add(
            Term(
                id: id, schoolYear: schoolYear, kind: .quarter, number: number, name: TermKindWord.quarter.title(number)
            ))
        return id
    }

    // MARK: - Locations

    func reference(_ position: DumpLocation, _ builder: GradebookBuilder) -> SourceReference {
        builder.reference(line: position.line, column: position.column, file: dumpIsFolder ? position.file : nil)
    }

    func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ position: DumpLocation,
        _ builder: inout GradebookBuilder
    ) {
        builder.diagnose(
            severity, code, message, line: position.line, column: position.column,
            file: dumpIsFolder ? position.file : nil)
    }
}
