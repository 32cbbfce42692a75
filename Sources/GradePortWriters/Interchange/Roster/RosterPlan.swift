import GradePortCore

/// The roster a standard interchange needs, planned once from a gradebook: organisations, school
/// years and terms, courses, classes, users and enrollments, each with a stable identifier.
///
/// OneRoster and School Data Sync share it, so a school that sends both gets the same identifiers
/// in both. The mapping (see `docs/formats/oneroster.md`):
///
/// - a school is an organisation; classes without a school belong to one default organisation;
/// - sessions nest as OneRoster 1.2's binding describes: a `schoolYear` session (the gradebook's year
///   term, or made when it has none) holds one `term` session spanning the year (classes run all year;
///   classes name it in `termSourcedIds`), which holds a `gradingPeriod` session for each quarter,
///   trimester, semester or other term of the gradebook (line items name these); a term without dates
///   takes its school year's assumed bounds, marked as placeholders;
/// - a class and subject is a class (`scheduled`), a class without a subject a `homeroom` class, and a
///   subject and grade in one organisation a course;
/// - an enrollment is added (and marked derived) for a student who has results in a class without
///   being enrolled in it, because receivers expect a result's student to be enrolled.
struct RosterPlan {
    /// An organisation (a school).
    struct Organisation {
        var sourcedId: String
        var name: String
        /// Whether `name` stands in for a name the gradebook does not have.
        var nameIsPlaceholder: Bool
        /// The school of the gradebook; `nil` for the default organisation.
        var school: School?
    }

    /// The kinds of academic session.
    enum SessionType: String {
        case schoolYear, semester, term, gradingPeriod
    }

    /// An academic session: a school year or a term in one.
    struct Session {
        var sourcedId: String
        var title: String
        var titleIsPlaceholder: Bool
        var type: SessionType
        var startDate: String
        var startIsPlaceholder: Bool
        var endDate: String
        var endIsPlaceholder: Bool
        /// The session it belongs to (a grading period's term, a term's school year); `nil` for a school
        /// year.
        var parent: String?
        var schoolYear: SchoolYear
        /// The gradebook's term; `nil` for a school year GradePort made.
        var term: Term?
    }

    /// A course: one subject (or none) for one grade in one organisation.
    struct Course {
        var sourcedId: String
        var title: String
        var organisation: String
        var grade: Int?
        var subjectName: String?
    }

    /// A class as roster standards mean it: a gradebook class and subject.
    struct Section {
        var sourcedId: String
        var title: String
        var schoolClass: SchoolClass?
        var subject: Subject?
        var organisation: String
        var course: String
        /// The sessions of its assessments, in order of first use; at least one.
        var sessions: [String]
        /// Whether it is a class without a subject (OneRoster's `homeroom`).
        var isHomeroom: Bool { subject == nil && schoolClass != nil }
    }

    /// A person with their place in the roster.
    struct User {
        var sourcedId: String
        var person: Person
        /// Organisations, in order of first enrollment; at least one.
        var organisations: [String]
        /// The grade of the first class the person is enrolled in as a student.
        var grade: Int?
    }

    /// A membership of a section.
    struct Membership {
        var sourcedId: String
        var section: Int
        var user: Int
        var role: Person.Role
        /// Whether the teacher is the class's only teacher (OneRoster's `primary`).
        var primary: Bool
        /// Whether GradePort added it because the student has results in the section.
        var derived: Bool
    }

    private(set) var organisations: [Organisation] = []
    private(set) var sessions: [Session] = []
    private(set) var courses: [Course] = []
    private(set) var sections: [Section] = []
    private(set) var users: [User] = []
    private(set) var memberships: [Membership] = []
    /// For each assessment of the gradebook (same order), its section.
    private(set) var assessmentSections: [Int] = []
    /// For each assessment, the session of its term; `nil` when it has none.
    private(set) var assessmentSessions: [Int?] = []
    /// The school-year session that stands in for a term an assessment does not have.
    private(set) var fallbackSession = 0
    /// Users by person id.
    private(set) var userIndex: [IdentifierKey: Int] = [:]
    /// Sessions by `sourcedId`.
    private(set) var sessionIndex: [String: Int] = [:]

    private var organisationIDs = IdentifierAllocator(kind: "org")
    private var sessionIDs = IdentifierAllocator(kind: "academicSession")
    private var courseIDs = IdentifierAllocator(kind: "course")
    private var sectionIDs = IdentifierAllocator(kind: "class")
    private var userIDs = IdentifierAllocator(kind: "user")
    private var membershipIDs = IdentifierAllocator(kind: "enrollment")
    private var organisationBySchool: [School.ID: Int] = [:]
    private var defaultOrganisation: Int?
    private var yearSessions: [SchoolYear: Int] = [:]
    /// The `term` session spanning each school year, which holds its grading periods.
    private var yearTermSessions: [SchoolYear: Int] = [:]
    private var courseByKey: [String: Int] = [:]
    private var sectionByPair: [SectionKey: Int] = [:]

    private struct SectionKey: Hashable {
        var schoolClass: SchoolClass.ID?
        var subject: Subject.ID?
    }

    /// Plans the roster of `book`.
    ///
    /// - Parameter referenceDate: An ISO 8601 date whose school year stands in when nothing in the
    ///   gradebook dates it (no term with a school year or dates, no dated assessment).
    init(_ book: Gradebook, referenceDate: String) {
        let classes = Dictionary(book.classes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let subjects = Dictionary(book.subjects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let terms = Dictionary(book.terms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        for school in book.schools { addOrganisation(for: school) }
        planSessions(book, referenceDate: referenceDate)
        planSections(book, classes: classes, subjects: subjects, terms: terms)
        planUsers(book)
    }

    // MARK: - Lookups

    /// The section of a gradebook class and subject.
    func section(class classID: SchoolClass.ID?, subject subjectID: Subject.ID?) -> Int? {
        sectionByPair[SectionKey(schoolClass: classID, subject: subjectID)]
    }

    /// The school-year session of a session (itself for a school year).
    func yearSession(of session: Int) -> Int {
        var current = session
        while let parent = sessions[current].parent, let index = sessionIndex[parent], index != current {
            current = index
        }
        return current
    }

    /// The `term` session a class names for a session its assessments use: a grading period's term, a
    /// school year's year-long term.
    func classTermSession(of session: Int) -> Int {
        switch sessions[session].type {
        case .gradingPeriod: sessions[session].parent.flatMap { sessionIndex[$0] } ?? session
        case .schoolYear: yearTermSessions[sessions[session].schoolYear] ?? session
        case .term, .semester: session
        }
    }

    /// The school-year sessions a section runs in, in order.
    func yearSessions(of section: Section) -> [Int] {
        var years: [Int] = []
        for id in section.sessions {
            guard let index = sessionIndex[id] else { continue }
            let year = yearSession(of: index)
            if !years.contains(year) { years.append(year) }
        }
        return years.isEmpty ? [fallbackSession] : years
    }

    // MARK: - Organisations

    @discardableResult
    private mutating func addOrganisation(for school: School) -> Int {
        if let known = organisationBySchool[school.id] { return known }
        let natural = school.bin.map { "bin:" + $0 } ?? "school:\(school.id)"
        let id = organisationIDs.allocate(natural: natural, fallback: "school:\(school.id)")
        let name = school.name.flatMap { $0.isEmpty ? nil : $0 }
        organisations.append(
            Organisation(
                sourcedId: id, name: name ?? "School \(school.bin ?? school.id.rawValue)",
                nameIsPlaceholder: name == nil,
                school: school))
        organisationBySchool[school.id] = organisations.count - 1
        return organisations.count - 1
    }

    /// The organisation for a class's school, or the default organisation.
    private mutating func organisation(forSchool schoolID: School.ID?) -> Int {
        if let schoolID {
            if let known = organisationBySchool[schoolID] { return known }
            return addOrganisation(for: School(id: schoolID))
        }
        if let defaultOrganisation { return defaultOrganisation }
        let id = organisationIDs.allocate("default")
        organisations.append(
            Organisation(sourcedId: id, name: "School (not named in the source)", nameIsPlaceholder: true, school: nil))
        defaultOrganisation = organisations.count - 1
        return organisations.count - 1
    }

    // MARK: - Sessions

    private mutating func planSessions(_ book: Gradebook, referenceDate: String) {
        let fallbackYear = Self.defaultSchoolYear(book, referenceDate: referenceDate)
        var assessmentYears: [Term.ID: SchoolYear] = [:]
        for assessment in book.assessments {
            guard let term = assessment.term, assessmentYears[term] == nil,
                let year = assessment.date.flatMap(SchoolYear.init(containing:))
            else { continue }
            assessmentYears[term] = year
        }
        func schoolYear(of term: Term) -> SchoolYear {
            term.schoolYear.flatMap(SchoolYear.init(label:))
                ?? (term.start ?? term.end).flatMap(SchoolYear.init(containing:))
                ?? assessmentYears[term.id] ?? fallbackYear
        }
        var termSession: [Term.ID: Int] = [:]
        // Year terms first: each is its school year's session when it is the first for that year.
        for term in book.terms where term.kind == .year {
            let year = schoolYear(of: term)
            guard yearSessions[year] == nil else { continue }
            let id = sessionIDs.allocate(natural: "year:" + year.label, fallback: "term:\(term.id)")
            sessions.append(
                Session(
                    sourcedId: id, title: term.name ?? year.label, titleIsPlaceholder: term.name == nil,
                    type: .schoolYear, startDate: Self.date(term.start) ?? year.assumedStart,
                    startIsPlaceholder: Self.date(term.start) == nil, endDate: Self.date(term.end) ?? year.assumedEnd,
                    endIsPlaceholder: Self.date(term.end) == nil, parent: nil, schoolYear: year, term: term))
            yearSessions[year] = sessions.count - 1
            termSession[term.id] = sessions.count - 1
        }
        for term in book.terms where termSession[term.id] == nil {
            let year = schoolYear(of: term)
            let parent = yearTermSession(for: year)
            let natural: String
            if let kind = term.kind, let number = term.number {
                natural = "term:\(year.label)/\(kind.rawValue)/\(number)"
            } else {
                natural = "term:id:\(term.id)"
            }
            let id = sessionIDs.allocate(natural: natural, fallback: "term:id:\(term.id)")
            let start = Self.date(term.start)
            let end = Self.date(term.end)
            sessions.append(
                Session(
                    sourcedId: id, title: term.name ?? Self.title(of: term, year: year),
                    titleIsPlaceholder: term.name == nil, type: .gradingPeriod,
                    startDate: start ?? sessions[parent].startDate, startIsPlaceholder: start == nil,
                    endDate: end ?? sessions[parent].endDate, endIsPlaceholder: end == nil,
                    parent: sessions[parent].sourcedId, schoolYear: year, term: term))
            termSession[term.id] = sessions.count - 1
            widen(parent, toInclude: start, end)
            widen(yearSessions[year]!, toInclude: start, end)
        }
        fallbackSession = yearSession(for: fallbackYear)
        for year in yearSessions.keys.sorted() { _ = yearTermSession(for: year) }
        // Sessions go out in the gradebook's term order; a school year GradePort made goes just before
        // the first term in it.
        var order: [Int] = []
        var placed: Set<Int> = []
        let byID = Dictionary(sessions.indices.map { (sessions[$0].sourcedId, $0) }, uniquingKeysWith: { a, _ in a })
        for term in book.terms {
            guard let index = termSession[term.id] else { continue }
            // The sessions GradePort made above it (a school year, a year-long term), outermost first.
            var made: [Int] = []
            var current = index
            while let parent = sessions[current].parent, let parentIndex = byID[parent] {
                if sessions[parentIndex].term == nil { made.insert(parentIndex, at: 0) }
                current = parentIndex
            }
            for parentIndex in made where placed.insert(parentIndex).inserted { order.append(parentIndex) }
            if placed.insert(index).inserted { order.append(index) }
        }
        order += sessions.indices.filter { !placed.contains($0) }
        var position: [Int: Int] = [:]
        for (new, old) in order.enumerated() { position[old] = new }
        sessions = order.map { sessions[$0] }
        for (index, session) in sessions.enumerated() { sessionIndex[session.sourcedId] = index }
        yearSessions = yearSessions.mapValues { position[$0]! }
        yearTermSessions = yearTermSessions.mapValues { position[$0]! }
        fallbackSession = position[fallbackSession]!
        assessmentSessions = book.assessments.map { $0.term.flatMap { termSession[$0] }.map { position[$0]! } }
    }

    /// The school-year session of `year`, made when the gradebook has none.
    private mutating func yearSession(for year: SchoolYear) -> Int {
        if let known = yearSessions[year] { return known }
        let id = sessionIDs.allocate("year:" + year.label)
        sessions.append(
            Session(
                sourcedId: id, title: year.label, titleIsPlaceholder: false, type: .schoolYear,
                startDate: year.assumedStart, startIsPlaceholder: true, endDate: year.assumedEnd,
                endIsPlaceholder: true, parent: nil, schoolYear: year, term: nil))
        yearSessions[year] = sessions.count - 1
        return sessions.count - 1
    }

    /// The `term` session spanning `year`, made once per school year under its school-year session:
    /// Kazakhstan's classes run the whole year, and its quarters are grading periods of it.
    private mutating func yearTermSession(for year: SchoolYear) -> Int {
        if let known = yearTermSessions[year] { return known }
        let parent = yearSession(for: year)
        let id = sessionIDs.allocate("yearTerm:" + year.label)
        sessions.append(
            Session(
                sourcedId: id, title: year.label, titleIsPlaceholder: false, type: .term,
                startDate: sessions[parent].startDate, startIsPlaceholder: false, endDate: sessions[parent].endDate,
                endIsPlaceholder: false, parent: sessions[parent].sourcedId, schoolYear: year, term: nil))
        yearTermSessions[year] = sessions.count - 1
        return sessions.count - 1
    }

    /// Extends a school year GradePort made so that it contains a term's known dates.
    private mutating func widen(_ index: Int, toInclude start: String?, _ end: String?) {
        guard sessions[index].term == nil else { return }
        if let start, start < sessions[index].startDate { sessions[index].startDate = start }
        if let end, end > sessions[index].endDate { sessions[index].endDate = end }
    }

    /// The school year that dates a gradebook when a term does not date itself.
    private static func defaultSchoolYear(_ book: Gradebook, referenceDate: String) -> SchoolYear {
        for term in book.terms {
            if let year = term.schoolYear.flatMap(SchoolYear.init(label:)) { return year }
            if let year = (term.start ?? term.end).flatMap(SchoolYear.init(containing:)) { return year }
        }
        for assessment in book.assessments {
            if let year = assessment.date.flatMap(SchoolYear.init(containing:)) { return year }
        }
        return SchoolYear(containing: referenceDate) ?? SchoolYear(endingYear: 2026)
    }

    /// The date part of an ISO 8601 date or date-time.
    static func date(_ value: String?) -> String? {
        guard let value, value.count >= 10 else { return nil }
        let date = String(value.prefix(10))
        return SchoolYear(containing: date) == nil ? nil : date
    }

    /// A title for a term the gradebook does not name: `Q2 2025-2026`.
    private static func title(of term: Term, year: SchoolYear) -> String {
        let prefix: String
        switch term.kind {
        case .quarter: prefix = "Q"
        case .semester: prefix = "S"
        case .trimester: prefix = "T"
        case .year, nil: prefix = ""
        }
        if let number = term.number, !prefix.isEmpty { return "\(prefix)\(number) \(year.label)" }
        return term.id.rawValue
    }

    // MARK: - Courses and sections

    private mutating func planSections(
        _ book: Gradebook, classes: [SchoolClass.ID: SchoolClass], subjects: [Subject.ID: Subject],
        terms: [Term.ID: Term]
    ) {
        var pairs: [SectionKey] = []
        var seen: Set<SectionKey> = []
        func note(_ key: SectionKey) {
            if seen.insert(key).inserted { pairs.append(key) }
        }
        for enrollment in book.enrollments {
            note(SectionKey(schoolClass: enrollment.class, subject: enrollment.subject))
        }
        for assessment in book.assessments {
            note(SectionKey(schoolClass: assessment.class, subject: assessment.subject))
        }
        let classesInPairs = Set(pairs.compactMap(\.schoolClass))
        for schoolClass in book.classes where !classesInPairs.contains(schoolClass.id) {
            note(SectionKey(schoolClass: schoolClass.id, subject: nil))
        }
        for key in pairs {
            let schoolClass = key.schoolClass.map { classes[$0] ?? SchoolClass(id: $0, name: $0.rawValue) }
            let subject = key.subject.map { subjects[$0] ?? Subject(id: $0, name: $0.rawValue) }
            addSection(schoolClass: schoolClass, subject: subject, key: key)
        }
        assessmentSections = book.assessments.map {
            sectionByPair[SectionKey(schoolClass: $0.class, subject: $0.subject)]!
        }
        for (index, section) in assessmentSections.enumerated() {
            let session = sessions[classTermSession(of: assessmentSessions[index] ?? fallbackSession)].sourcedId
            if !sections[section].sessions.contains(session) { sections[section].sessions.append(session) }
        }
        for index in sections.indices where sections[index].sessions.isEmpty {
            sections[index].sessions = [sessions[classTermSession(of: fallbackSession)].sourcedId]
        }
    }

    private mutating func addSection(schoolClass: SchoolClass?, subject: Subject?, key: SectionKey) {
        let organisation = organisation(forSchool: schoolClass?.school)
        let orgID = organisations[organisation].sourcedId
        let subjectKey = subject.map { $0.name.lowercased() } ?? "-"
        let gradeKey = schoolClass?.grade.map(String.init) ?? "-"
        let courseKey = "\(orgID)|\(subjectKey)|\(gradeKey)"
        let course: Int
        if let known = courseByKey[courseKey] {
            course = known
        } else {
            courses.append(
                Course(
                    sourcedId: courseIDs.allocate(courseKey),
                    title: Self.courseTitle(subject: subject?.name, grade: schoolClass?.grade), organisation: orgID,
                    grade: schoolClass?.grade, subjectName: subject?.name))
            course = courses.count - 1
            courseByKey[courseKey] = course
        }
        let natural = "\(orgID)|\(schoolClass?.name ?? "-")|\(subjectKey)"
        let fallback = "id:\(key.schoolClass ?? "-")|\(key.subject ?? "-")"
        let title = [schoolClass?.name, subject?.name].compactMap { $0 }.joined(separator: " ")
        sections.append(
            Section(
                sourcedId: sectionIDs.allocate(natural: natural, fallback: fallback),
                title: title.isEmpty ? "(no class)" : title, schoolClass: schoolClass, subject: subject,
                organisation: orgID, course: courses[course].sourcedId, sessions: []))
        sectionByPair[key] = sections.count - 1
    }

    private static func courseTitle(subject: String?, grade: Int?) -> String {
        switch (subject, grade) {
        case (let subject?, let grade?): "\(subject) \(grade)"
        case (let subject?, nil): subject
        case (nil, let grade?): "\(grade) (homeroom)"
        case (nil, nil): "(no subject)"
        }
    }

    // MARK: - Users and memberships

    private mutating func planUsers(_ book: Gradebook) {
        for person in book.people {
            let natural: String
            if let iin = person.iin {
                natural = "iin:" + iin
            } else if let email = person.email, !email.isEmpty {
                natural = "email:" + email.lowercased()
            } else {
                natural = "id:\(person.id)"
            }
            let id = userIDs.allocate(natural: natural, fallback: "id:\(person.id)")
            userIndex[IdentifierKey(person.id)] = users.count
            users.append(User(sourcedId: id, person: person, organisations: [], grade: nil))
        }
        var members: Set<MembershipKey> = []
        for enrollment in book.enrollments {
            guard let user = userIndex[IdentifierKey(enrollment.person)],
                let section = section(class: enrollment.class, subject: enrollment.subject)
            else { continue }
            addMembership(section: section, user: user, role: enrollment.role, derived: false, into: &members)
        }
        var assessmentPositions: [IdentifierKey: Int] = [:]
        for (index, assessment) in book.assessments.enumerated()
        where assessmentPositions[IdentifierKey(assessment.id)] == nil {
            assessmentPositions[IdentifierKey(assessment.id)] = index
        }
        var lastPerson: (id: Person.ID, user: Int?) = ("", nil)
        for result in book.results {
            if lastPerson.user == nil || !IdentifierKey.sameBytes(lastPerson.id, result.person) {
                lastPerson = (result.person, userIndex[IdentifierKey(result.person)])
            }
            guard let user = lastPerson.user, let assessment = assessmentPositions[IdentifierKey(result.assessment)]
            else { continue }
            addMembership(
                section: assessmentSections[assessment], user: user, role: .student, derived: true, into: &members)
        }
        var teachers: [Int: Int] = [:]
        for membership in memberships where membership.role == .teacher {
            teachers[membership.section, default: 0] += 1
        }
        for index in memberships.indices where memberships[index].role == .teacher {
            memberships[index].primary = teachers[memberships[index].section] == 1
        }
        for index in users.indices where users[index].organisations.isEmpty {
            users[index].organisations = [organisations[organisation(forSchool: nil)].sourcedId]
        }
    }

    private struct MembershipKey: Hashable {
        var section: Int
        var user: Int
        var role: Person.Role
    }

    private mutating func addMembership(
        section: Int, user: Int, role: Person.Role, derived: Bool, into members: inout Set<MembershipKey>
    ) {
        // A derived enrollment is needed only when the student is not in the section in any role.
        if derived,
            members.contains(MembershipKey(section: section, user: user, role: .student))
                || members.contains(MembershipKey(section: section, user: user, role: .teacher))
        {
            return
        }
        guard members.insert(MembershipKey(section: section, user: user, role: role)).inserted else { return }
        let key = "\(sections[section].sourcedId)|\(users[user].sourcedId)|\(role.rawValue)"
        memberships.append(
            Membership(
                sourcedId: membershipIDs.allocate(key), section: section, user: user, role: role, primary: false,
                derived: derived))
        let organisation = sections[section].organisation
        if !users[user].organisations.contains(organisation) { users[user].organisations.append(organisation) }
        if role == .student, users[user].grade == nil { users[user].grade = sections[section].schoolClass?.grade }
    }
}
