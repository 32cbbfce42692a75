import GradePortCore

/// One School Data Sync export in progress.
struct SchoolDataSyncExport {
    let plan: RosterPlan
    let files: StagedFileSet
    let headers: [String: [String]]
    private(set) var written: [ExportSummary.File] = []
    private(set) var omissions: [ExportSummary.Omission] = []
    /// Whether each user of the plan goes into the files (they have an e-mail address to sign in with).
    private let included: [Bool]
    /// For each user, the school-year session of their first class in each organisation.
    private let roleYears: [[String: Int]]
    /// The school-year session of each course: that of its first class.
    private let courseYears: [String: Int]
    /// Courses by `sourcedId`.
    private let courses: [String: RosterPlan.Course]

    init(plan: RosterPlan, files: StagedFileSet, headers: [String: [String]]) {
        self.plan = plan
        self.files = files
        self.headers = headers
        included = plan.users.map { !($0.person.email ?? "").isEmpty }
        var roleYears = [[String: Int]](repeating: [:], count: plan.users.count)
        for membership in plan.memberships {
            let section = plan.sections[membership.section]
            if roleYears[membership.user][section.organisation] == nil {
                roleYears[membership.user][section.organisation] = plan.yearSessions(of: section)[0]
            }
        }
        self.roleYears = roleYears
        var courseYears: [String: Int] = [:]
        for section in plan.sections where courseYears[section.course] == nil {
            courseYears[section.course] = plan.yearSessions(of: section)[0]
        }
        self.courseYears = courseYears
        courses = Dictionary(plan.courses.map { ($0.sourcedId, $0) }, uniquingKeysWith: { first, _ in first })
        for (user, isIncluded) in zip(plan.users, included) where !isIncluded {
            omissions.append(
                ExportSummary.Omission(
                    person: user.person.id.rawValue, name: user.person.fullName,
                    reason: "no e-mail address: School Data Sync signs people in by their user name"))
        }
    }

    /// Writes one file; each row is given as values by column name and written in header order.
    private mutating func write(
        _ name: String, rows: ((([String: String?]) throws(InterchangeError) -> Void)) throws(InterchangeError) -> Void
    ) throws(InterchangeError) {
        let columns = headers[name]!
        let table = try files.table(name, columns: columns)
        try rows { values throws(InterchangeError) in
            try table.row { row in
                for column in columns { row.text(values[column] ?? nil) }
            }
        }
        try files.finish(table, keepEmpty: true)
        written.append(ExportSummary.File(name: name, rows: table.rows))
    }

    /// The school year of a course: that of its first class.
    private func yearSession(ofCourse course: String) -> RosterPlan.Session {
        plan.sessions[courseYears[course] ?? plan.fallbackSession]
    }

    // MARK: - Version 2.1

    mutating func writeVersion2() throws(InterchangeError) {
        let plan = plan
        let included = included
        try write("orgs.csv") { row throws(InterchangeError) in
            for org in plan.organisations {
                try row(["sourcedId": org.sourcedId, "name": org.name, "type": "school"])
            }
        }
        try write("academicSessions.csv") { row throws(InterchangeError) in
            for session in plan.sessions {
                try row([
                    "sourcedId": session.sourcedId, "title": session.title, "type": session.type.rawValue,
                    "schoolYear": session.schoolYear.startingYearText, "startDate": session.startDate,
                    "endDate": session.endDate,
                ])
            }
        }
        let courseYears = Dictionary(
            plan.courses.map { ($0.sourcedId, yearSession(ofCourse: $0.sourcedId).sourcedId) },
            uniquingKeysWith: { first, _ in first })
        let roleYears = roleYears
        let fallback = plan.sessions[plan.fallbackSession]
        try write("courses.csv") { row throws(InterchangeError) in
            for course in plan.courses {
                try row([
                    "sourcedId": course.sourcedId, "orgSourcedId": course.organisation, "title": course.title,
                    "schoolYearSourcedId": courseYears[course.sourcedId], "grade": GradeLevel.plainNumber(course.grade),
                ])
            }
        }
        try write("classes.csv") { row throws(InterchangeError) in
            for section in plan.sections {
                try row([
                    "sourcedId": section.sourcedId, "orgSourcedId": section.organisation, "title": section.title,
                    "sessionSourcedIds": plan.yearSessions(of: section).map { plan.sessions[$0].sourcedId }
                        .joined(separator: ","),
                    "courseSourcedId": section.course,
                ])
            }
        }
        try write("users.csv") { row throws(InterchangeError) in
            for (user, isIncluded) in zip(plan.users, included) where isIncluded {
                try row([
                    "sourcedId": user.sourcedId, "username": user.person.email, "givenName": user.person.givenName,
                    "familyName": user.person.familyName, "email": user.person.email,
                ])
            }
        }
        var roles: [[String: String?]] = []
        for (index, user) in plan.users.enumerated() where included[index] {
            for (position, organisation) in user.organisations.enumerated() {
                let year = roleYears[index][organisation].map { plan.sessions[$0] } ?? fallback
                roles.append([
                    "userSourcedId": user.sourcedId, "orgSourcedId": organisation, "role": user.person.role.rawValue,
                    "sessionSourcedId": year.sourcedId,
                    "grade": user.person.role == .student ? GradeLevel.plainNumber(user.grade) : nil,
                    "isPrimary": position == 0 ? "TRUE" : "FALSE", "roleStartDate": year.startDate,
                    "roleEndDate": year.endDate,
                ])
            }
        }
        try write("roles.csv") { row throws(InterchangeError) in
            for values in roles { try row(values) }
        }
        try write("enrollments.csv") { row throws(InterchangeError) in
            for membership in plan.memberships where included[membership.user] {
                try row([
                    "classSourcedId": plan.sections[membership.section].sourcedId,
                    "userSourcedId": plan.users[membership.user].sourcedId, "role": membership.role.rawValue,
                ])
            }
        }
    }

    // MARK: - Version 1

    mutating func writeVersion1() throws(InterchangeError) {
        let plan = plan
        let included = included
        var grades: [String: [Int]] = [:]
        for section in plan.sections {
            if let grade = section.schoolClass?.grade { grades[section.organisation, default: []].append(grade) }
        }
        let courses = courses
        try write("School.csv") { row throws(InterchangeError) in
            for org in plan.organisations {
                let grades = grades[org.sourcedId] ?? []
                try row([
                    "SIS ID": org.sourcedId, "Name": org.name, "State ID": org.school?.bin,
                    "Grade Low": GradeLevel.plainNumber(grades.min()),
                    "Grade High": GradeLevel.plainNumber(grades.max()),
                ])
            }
        }
        try write("Section.csv") { row throws(InterchangeError) in
            for section in plan.sections {
                let year = plan.sessions[plan.yearSessions(of: section)[0]]
                let course = courses[section.course]
                try row([
                    "SIS ID": section.sourcedId, "School SIS ID": section.organisation, "Section Name": section.title,
                    "Term SIS ID": year.sourcedId, "Term Name": year.title, "Term StartDate": year.startDate,
                    "Term EndDate": year.endDate, "Course SIS ID": section.course, "Course Name": course?.title,
                ])
            }
        }
        for (file, role) in [("Student.csv", Person.Role.student), ("Teacher.csv", .teacher)] {
            try write(file) { row throws(InterchangeError) in
                for (user, isIncluded) in zip(plan.users, included) where isIncluded && user.person.role == role {
                    try row([
                        "SIS ID": user.sourcedId, "School SIS ID": user.organisations.first,
                        "First Name": user.person.givenName, "Last Name": user.person.familyName,
                        "Username": user.person.email, "State ID": user.person.iin,
                        "Middle Name": user.person.patronymic,
                        "Grade": role == .student ? GradeLevel.plainNumber(user.grade) : nil,
                    ])
                }
            }
        }
        for (file, role) in [("StudentEnrollment.csv", Person.Role.student), ("TeacherRoster.csv", .teacher)] {
            try write(file) { row throws(InterchangeError) in
                for membership in plan.memberships where included[membership.user] && membership.role == role {
                    try row([
                        "Section SIS ID": plan.sections[membership.section].sourcedId,
                        "SIS ID": plan.users[membership.user].sourcedId,
                    ])
                }
            }
        }
    }
}
