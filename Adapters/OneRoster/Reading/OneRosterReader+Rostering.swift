import Foundation
import GradePortCore

extension OneRosterReader {
    /// `orgs.csv`: each school is a school of the gradebook.
    mutating func readOrganisations(into book: inout GradebookBuilder) throws {
        try each("orgs.csv", into: &book) { reader, row, id, book in
            let name = row.text("name")
            if name == nil { reader.report(&book, .error, .incompleteRecord, "no name", row, "name") }
            let type = reader.enumeration(row, "type", OneRosterSchema.orgTypes, into: &book)
            let identifier = row.token("identifier")
            if row.table.has(GradePortMetadata.column("id")) {
                guard let schoolID = row.text(GradePortMetadata.column("id")) else {
                    reader.schools[id] = .some(nil)  // GradePort's default organisation: no school
                    return
                }
                let placeholders = reader.placeholders(row)
                book.add(
                    School(
                        id: School.ID(rawValue: schoolID), name: placeholders.contains("name") ? nil : name,
                        bin: identifier))
                reader.schools[id] = schoolID
                return
            }
            guard type == "school" || type == nil else {
                reader.report(
                    &book, .info, .ignoredContent, "organisation of type \(type ?? "") is not a school; not read",
                    row, "type")
                reader.schools[id] = .some(nil)
                return
            }
            let schoolID = "oneroster:org:" + id
            let bin = identifier.flatMap { $0.count == 12 && $0.allSatisfy(\.isNumber) ? $0 : nil }
            book.add(School(id: School.ID(rawValue: schoolID), name: name, bin: bin))
            reader.schools[id] = schoolID
        }
    }

    /// `academicSessions.csv`: each session is a term (a school year is a `year` term).
    mutating func readSessions(into book: inout GradebookBuilder) throws {
        var parents: [(row: OneRosterRow, parent: String)] = []
        try each("academicSessions.csv", into: &book) { reader, row, id, book in
            let title = row.text("title")
            if title == nil { reader.report(&book, .error, .incompleteRecord, "no title", row, "title") }
            let type = reader.enumeration(row, "type", OneRosterSchema.sessionTypes, into: &book)
            let start = reader.date(row, "startDate", into: &book)
            let end = reader.date(row, "endDate", into: &book)
            var endingYear: Int?
            if let text = row.token("schoolYear") {
                endingYear = FieldValue.schoolYear(text)
                if endingYear == nil {
                    reader.report(
                        &book, .error, .invalidDate,
                        "schoolYear '\(text)' is not a year YYYY (the year the school year ends)", row, "schoolYear")
                }
            }
            if let start, let end, start > end {
                reader.report(
                    &book, .warning, .invalidDate, "startDate \(start) is after endDate \(end)", row, "endDate")
            }
            if let parent = row.token("parentSourcedId") { parents.append((row, parent)) }
            if row.table.has(GradePortMetadata.column("id")) {
                guard let termID = row.text(GradePortMetadata.column("id")) else {
                    reader.terms[id] = .some(nil)  // a school year GradePort made: not a term of the gradebook
                    return
                }
                let placeholders = reader.placeholders(row)
                let kindText = row.token(GradePortMetadata.column("kind"))
                let kind = kindText.flatMap(Term.Kind.init(rawValue:))
                if let kindText, kind == nil {
                    reader.report(
                        &book, .warning, .invalidValue, "term kind '\(kindText)' is not known; left out", row,
                        GradePortMetadata.column("kind"))
                }
                book.add(
                    Term(
                        id: Term.ID(rawValue: termID), schoolYear: row.text(GradePortMetadata.column("schoolYear")),
                        kind: kind,
                        number: row.token(GradePortMetadata.column("number")).flatMap { Int($0) },
                        start: placeholders.contains("startDate") ? nil : start,
                        end: placeholders.contains("endDate") ? nil : end,
                        name: placeholders.contains("title") ? nil : title))
                reader.terms[id] = termID
                return
            }
            let termID = "oneroster:session:" + id
            book.add(
                Term(
                    id: Term.ID(rawValue: termID), schoolYear: endingYear.map { "\($0 - 1)-\($0)" },
                    kind: type == "schoolYear" ? .year : type == "semester" ? .semester : nil, start: start, end: end,
                    name: title))
            reader.terms[id] = termID
        }
        for (row, parent) in parents where terms[parent] == nil {
            report(
                &book, .warning, .danglingReference, "parentSourcedId \(parent) is not a session of this export", row,
                "parentSourcedId")
        }
    }

    /// `courses.csv`: kept for the subjects of the classes that name them.
    mutating func readCourses(into book: inout GradebookBuilder) throws {
        try each("courses.csv", into: &book) { reader, row, id, book in
            let title = row.text("title")
            if title == nil { reader.report(&book, .error, .incompleteRecord, "no title", row, "title") }
            if let org = row.token("orgSourcedId"), reader.schools[org] == nil {
                reader.report(
                    &book, .warning, .danglingReference, "orgSourcedId \(org) is not an organisation of this export",
                    row, "orgSourcedId")
            }
            reader.courses[id] = CourseRecord(
                title: title, subjects: row.text("subjects"),
                grade: row.token("grades").flatMap { FieldValue.list($0).first }.flatMap(FieldValue.grade))
        }
    }

    /// `classes.csv`: a class and its subject. In a GradePort export the extension columns name the
    /// gradebook's class and subject; otherwise each OneRoster class is a class of the gradebook, with
    /// the subject of its `subjects` (or its course's), none for a homeroom class.
    mutating func readClasses(into book: inout GradebookBuilder) throws {
        try each("classes.csv", into: &book) { reader, row, id, book in
            let title = row.text("title")
            if title == nil { reader.report(&book, .error, .incompleteRecord, "no title", row, "title") }
            let classType = reader.enumeration(row, "classType", OneRosterSchema.classTypes, into: &book)
            var school: String?
            if let org = row.token("schoolSourcedId") {
                if let known = reader.schools[org] {
                    school = known
                } else {
                    // The class is still read: a warning, not an error (nothing is rejected).
                    reader.report(
                        &book, .warning, .danglingReference,
                        "schoolSourcedId \(org) is not an organisation of this export; the class is read without a school",
                        row, "schoolSourcedId")
                }
            }
            var course: CourseRecord?
            if let courseID = row.token("courseSourcedId") {
                course = reader.courses[courseID]
                if course == nil {
                    reader.report(
                        &book, .warning, .danglingReference,
                        "courseSourcedId \(courseID) is not a course of this export; the class is read without it",
                        row, "courseSourcedId")
                }
            }
            for term in row.token("termSourcedIds").map(FieldValue.list) ?? [] where reader.terms[term] == nil {
                reader.report(
                    &book, .warning, .danglingReference, "termSourcedIds names \(term), not a session of this export",
                    row, "termSourcedIds")
            }
            let grade = row.token("grades").flatMap { FieldValue.list($0).first }.flatMap(FieldValue.grade)
            if row.table.has(GradePortMetadata.column("class")) {
                let classID = row.text(GradePortMetadata.column("class"))
                let subjectID = row.text(GradePortMetadata.column("subject"))
                if let classID {
                    book.add(
                        SchoolClass(
                            id: SchoolClass.ID(rawValue: classID), name: row.text("classCode") ?? title ?? classID,
                            grade: grade, school: school.map(School.ID.init(rawValue:))))
                }
                if let subjectID {
                    book.add(
                        Subject(
                            id: Subject.ID(rawValue: subjectID),
                            name: row.text("subjects") ?? course?.subjects ?? subjectID))
                }
                reader.sections[id] = SectionRecord(schoolClass: classID, subject: subjectID)
                return
            }
            let classID = "oneroster:class:" + id
            book.add(
                SchoolClass(
                    id: SchoolClass.ID(rawValue: classID), name: title ?? id, grade: grade ?? course?.grade,
                    school: school.map(School.ID.init(rawValue:))))
            var subjectID: String?
            let listed = row.text("subjects").map(FieldValue.list) ?? course?.subjects.map(FieldValue.list) ?? []
            if classType != "homeroom", let name = listed.first ?? course?.title {
                if listed.count > 1 {
                    // GradePort's class has one subject; the others are named, not dropped in silence.
                    reader.report(
                        &book, .info, .inferredValue,
                        "subjects lists \(listed.count) subjects (\(listed.joined(separator: ", "))); the class is read "
                            + "with the first, '\(name)'", row,
                        row.text("subjects") != nil ? "subjects" : "courseSourcedId")
                }
                subjectID = "oneroster:subject:" + name
                book.add(Subject(id: Subject.ID(rawValue: subjectID!), name: name))
            }
            reader.sections[id] = SectionRecord(schoolClass: classID, subject: subjectID)
        }
    }

    /// `users.csv`: people, held until their roles are known.
    mutating func readUsers(into book: inout GradebookBuilder) throws {
        try each("users.csv", into: &book) { reader, row, id, book in
            _ = reader.boolean(row, "enabledUser", into: &book)
            let placeholders = reader.placeholders(row)
            let given = placeholders.contains("givenName") ? nil : row.text("givenName")
            let family = placeholders.contains("familyName") ? nil : row.text("familyName")
            if row.text("givenName") == nil && row.text("familyName") == nil {
                reader.report(&book, .warning, .incompleteRecord, "no givenName or familyName", row, "givenName")
            }
            let gradePortID =
                row.table.has(GradePortMetadata.column("id"))
                ? row.text(GradePortMetadata.column("id")) : nil
            var externalIDs = gradePortID == nil ? [Person.ExternalID(platform: "oneroster", id: id)] : []
            if let list = row.text("userIds") {
                let (ids, bad) = Self.userIDs(list)
                externalIDs += ids
                if !bad.isEmpty {
                    reader.report(
                        &book, .warning, .invalidValue,
                        "userIds entries not of the form {type:id} left out: \(bad.joined(separator: ", "))", row,
                        "userIds")
                }
            }
            if reader.version == .v1_0, let userID = row.token("userId") {
                // 1.0's single machine-readable id (an LDAP or SIS id), of no named type.
                externalIDs.append(Person.ExternalID(platform: "oneroster-userId", id: userID))
            }
            var iin: String?
            if let identifier = row.token("identifier") {
                if identifier.count == 12, IIN.hasValidChecksum(identifier) {
                    iin = identifier
                } else if gradePortID != nil {
                    reader.report(
                        &book, .warning, .invalidIIN, "identifier \(identifier) is not a valid IIN; left out", row,
                        "identifier")
                } else {
                    externalIDs.append(Person.ExternalID(platform: "oneroster-identifier", id: identifier))
                }
            }
            var role: String?
            if reader.version.isBefore1_2 || row.table.has("role") {
                role = reader.enumeration(row, "role", OneRosterSchema.userRoles, into: &book)
            }
            let person = Person(
                id: Person.ID(rawValue: gradePortID ?? "oneroster:user:" + id), role: .student, familyName: family,
                givenName: given,
                patronymic: row.text("middleName"), email: row.token("email"), iin: iin, externalIds: externalIDs)
            reader.pendingUserIndex[id] = reader.pendingUsers.count
            reader.pendingUsers.append(
                PendingUser(
                    sourcedId: id, person: person, role: role, line: row.line, file: row.table.displayName))
        }
    }

    /// `roles.csv` (1.2): each user's role; a primary role wins over secondary ones.
    mutating func readRoles(into book: inout GradebookBuilder) throws {
        try each("roles.csv", into: &book) { reader, row, _, book in
            let roleType = reader.enumeration(row, "roleType", OneRosterSchema.roleTypes, into: &book)
            guard let user = row.token("userSourcedId") else {
                reader.report(
                    &book, .error, .incompleteRecord, "no userSourcedId; the role is not read", row, "userSourcedId")
                return
            }
            guard let index = reader.pendingUserIndex[user] else {
                let deleted = reader.isDeleted(user, in: "users.csv")
                let notTaken = reader.usersNotTaken.contains(user)
                let what =
                    deleted ? "a deleted user" : notTaken ? "a user that was not read" : "not a user of this export"
                reader.report(
                    &book, deleted || notTaken ? .info : .error, .danglingReference,
                    "userSourcedId \(user) is \(what); the role is not read", row, "userSourcedId")
                return
            }
            guard let role = reader.enumeration(row, "role", OneRosterSchema.roles, into: &book) else {
                if row.token("role") == nil {
                    reader.report(&book, .error, .incompleteRecord, "no role; the row is not read", row, "role")
                }
                return
            }
            if let org = row.token("orgSourcedId"), reader.schools[org] == nil {
                reader.report(
                    &book, .warning, .danglingReference, "orgSourcedId \(org) is not an organisation of this export",
                    row, "orgSourcedId")
            }
            let primary = roleType == "primary"
            if reader.pendingUsers[index].role == nil || (primary && !reader.pendingUsers[index].roleIsPrimary) {
                reader.pendingUsers[index].role = role
                reader.pendingUsers[index].roleIsPrimary = primary
            }
        }
    }

    /// Adds the users whose role is student or teacher to the gradebook; notes the others.
    mutating func takeUsers(into book: inout GradebookBuilder) {
        for var pending in pendingUsers {
            switch pending.role {
            case "student": pending.person.role = .student
            case "teacher": pending.person.role = .teacher
            case nil:
                book.diagnose(
                    .error, .incompleteRecord,
                    "user \(pending.sourcedId) has no role (no roles.csv row and no role column); not read",
                    line: pending.line, file: pending.file)
                usersNotTaken.insert(pending.sourcedId)
                continue
            case let role?:
                book.diagnose(
                    .info, .ignoredContent,
                    "user \(pending.sourcedId) has the role \(role), not student or teacher; not read",
                    line: pending.line, file: pending.file)
                usersNotTaken.insert(pending.sourcedId)
                continue
            }
            book.add(pending.person)
            people[pending.sourcedId] = pending.person.id.rawValue
        }
        pendingUsers = []
        pendingUserIndex = [:]
    }

    /// `enrollments.csv`: memberships of classes (and subjects) for students and teachers.
    mutating func readEnrollments(into book: inout GradebookBuilder) throws {
        var derived = 0
        var derivedLine: Int?
        var file = ""
        try each("enrollments.csv", into: &book) { reader, row, _, book in
            file = row.table.displayName
            if row.token(GradePortMetadata.column("derived")).flatMap(FieldValue.boolean) == true {
                derived += 1
                derivedLine = derivedLine ?? row.line
                return
            }
            guard let role = reader.enumeration(row, "role", OneRosterSchema.enrollmentRoles, into: &book) else {
                if row.token("role") == nil {
                    reader.report(&book, .error, .incompleteRecord, "no role; the enrollment is not read", row, "role")
                }
                return
            }
            guard let section = reader.resolveSection(row, "classSourcedId", what: "enrollment", into: &book),
                let person = reader.resolvePerson(row, "userSourcedId", what: "enrollment", into: &book)
            else { return }
            guard role == "student" || role == "teacher" else {
                reader.report(
                    &book, .info, .ignoredContent, "a \(role) enrollment is not read (students and teachers only)",
                    row, "role")
                return
            }
            guard let schoolClass = section.schoolClass else {
                reader.report(
                    &book, .info, .ignoredContent, "the class stands for no class of the gradebook; not read", row,
                    "classSourcedId")
                return
            }
            book.add(
                Enrollment(
                    person: Person.ID(rawValue: person), class: SchoolClass.ID(rawValue: schoolClass),
                    subject: section.subject.map(Subject.ID.init(rawValue:)),
                    role: role == "teacher" ? .teacher : .student))
        }
        if derived > 0 {
            book.diagnose(
                .info, .ignoredContent,
                "\(derived) enrollment(s) GradePort added for students' results (metadata.gradeport.derived) are not "
                    + "read as enrollments", line: derivedLine, file: file)
        }
    }

    /// The class a row refers to, or an error (a note for a deleted class) and `nil`.
    func resolveSection(
        _ row: OneRosterRow, _ column: String, what: String, into book: inout GradebookBuilder
    ) -> SectionRecord? {
        guard let id = row.token(column) else {
            report(&book, .error, .incompleteRecord, "no \(column); the \(what) is not read", row, column)
            return nil
        }
        if let section = sections[id] { return section }
        let deleted = isDeleted(id, in: "classes.csv")
        report(
            &book, deleted ? .info : .error, .danglingReference,
            "\(column) \(id) is \(deleted ? "a deleted class" : "not a class of this export"); the \(what) is not read",
            row, column)
        return nil
    }

    /// The person a row refers to, or an error (a note for a deleted or not-taken user) and `nil`.
    func resolvePerson(
        _ row: OneRosterRow, _ column: String, what: String, into book: inout GradebookBuilder
    ) -> String? {
        guard let id = row.token(column) else {
            report(&book, .error, .incompleteRecord, "no \(column); the \(what) is not read", row, column)
            return nil
        }
        if let person = people[id] { return person }
        let deleted = isDeleted(id, in: "users.csv")
        let notTaken = usersNotTaken.contains(id)
        report(
            &book, deleted || notTaken ? .info : .error, .danglingReference,
            "\(column) \(id) is "
                + (deleted ? "a deleted user" : notTaken ? "a user that was not read" : "not a user of this export")
                + "; the \(what) is not read", row, column)
        return nil
    }

    /// Undoes the escapes GradePort's writer puts in a list value: `%2C` `%7B` `%7D` `%25`.
    static func unescapeListValue(_ value: String) -> String {
        guard value.contains("%") else { return value }
        return value.replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%7B", with: "{")
            .replacingOccurrences(of: "%7D", with: "}").replacingOccurrences(of: "%25", with: "%")
    }

    /// The entries of a `userIds` cell, `{type:id}` each, ids percent-decoded; and the entries that are
    /// not of that form.
    static func userIDs(_ list: String) -> (ids: [Person.ExternalID], bad: [String]) {
        var ids: [Person.ExternalID] = []
        var bad: [String] = []
        for item in FieldValue.list(list) {
            guard item.hasPrefix("{"), item.hasSuffix("}"), let colon = item.firstIndex(of: ":") else {
                bad.append(item)
                continue
            }
            let type = item[item.index(after: item.startIndex)..<colon]
            let id = item[item.index(after: colon)..<item.index(before: item.endIndex)]
            guard !type.isEmpty, !id.isEmpty else {
                bad.append(item)
                continue
            }
            ids.append(Person.ExternalID(platform: PlatformID(type), id: unescapeListValue(String(id))))
        }
        return (ids, bad)
    }
}
