import GradePortCore

extension OneRosterExport {
    /// Writes `orgs`, `academicSessions`, `courses`, `classes`, `users`, `roles` and `enrollments`.
    mutating func writeRostering() throws(InterchangeError) {
        let plan = plan
        try write("orgs.csv") { table throws(InterchangeError) in
            for org in plan.organisations {
                try table.row { row in
                    row.text(org.sourcedId)
                    row.empty()
                    row.empty()
                    row.text(org.name)
                    row.text("school")
                    row.text(org.school?.bin)
                    row.empty()
                    row.text(org.school?.id)
                    row.text(Self.placeholders([("name", org.nameIsPlaceholder)]))
                }
            }
        }
        try write("academicSessions.csv") { table throws(InterchangeError) in
            for session in plan.sessions {
                try table.row { row in
                    row.text(session.sourcedId)
                    row.empty()
                    row.empty()
                    row.text(session.title)
                    row.text(session.type.rawValue)
                    row.text(session.startDate)
                    row.text(session.endDate)
                    row.text(session.parent)
                    row.text(session.schoolYear.endingYearText)
                    row.text(session.term?.id)
                    row.text(session.term?.schoolYear)
                    row.text(session.term?.kind?.rawValue)
                    row.integer(session.term?.number)
                    row.text(
                        Self.placeholders([
                            ("title", session.titleIsPlaceholder), ("startDate", session.startIsPlaceholder),
                            ("endDate", session.endIsPlaceholder),
                        ]))
                }
            }
        }
        try write("courses.csv") { table throws(InterchangeError) in
            for course in plan.courses {
                try table.row { row in
                    row.text(course.sourcedId)
                    row.empty()
                    row.empty()
                    row.empty()
                    row.text(course.title)
                    row.empty()
                    row.text(GradeLevel.cedsCode(course.grade))
                    row.text(course.organisation)
                    row.text(course.subjectName)
                    row.empty()
                }
            }
        }
        try write("classes.csv") { table throws(InterchangeError) in
            for section in plan.sections {
                try table.row { row in
                    row.text(section.sourcedId)
                    row.empty()
                    row.empty()
                    row.text(section.title)
                    row.text(GradeLevel.cedsCode(section.schoolClass?.grade))
                    row.text(section.course)
                    row.text(section.schoolClass?.name)
                    row.text(section.isHomeroom ? "homeroom" : "scheduled")
                    row.empty()
                    row.text(section.organisation)
                    row.text(section.sessions.joined(separator: ","))
                    row.text(section.subject?.name)
                    row.empty()
                    row.empty()
                    row.text(section.schoolClass?.id)
                    row.text(section.subject?.id)
                }
            }
        }
        try writeUsers()
        try write("enrollments.csv") { table throws(InterchangeError) in
            for membership in plan.memberships {
                let section = plan.sections[membership.section]
                try table.row { row in
                    row.text(membership.sourcedId)
                    row.empty()
                    row.empty()
                    row.text(section.sourcedId)
                    row.text(section.organisation)
                    row.text(plan.users[membership.user].sourcedId)
                    row.text(membership.role.rawValue)
                    row.text(Self.flag(membership.primary))
                    row.empty()
                    row.empty()
                    row.text(membership.derived ? "true" : nil)
                }
            }
        }
    }

    private mutating func writeUsers() throws(InterchangeError) {
        let plan = plan
        try write("users.csv") { table throws(InterchangeError) in
            for user in plan.users {
                let person = user.person
                let given = person.givenName.flatMap { $0.isEmpty ? nil : $0 }
                let family = person.familyName.flatMap { $0.isEmpty ? nil : $0 }
                try table.row { row in
                    row.text(user.sourcedId)
                    row.empty()
                    row.empty()
                    row.text("true")
                    row.text(person.email.flatMap { $0.isEmpty ? nil : $0 } ?? user.sourcedId)
                    row.text(Self.userIDs(person.externalIds))
                    row.text(given ?? "(unknown)")
                    row.text(family ?? "(unknown)")
                    row.text(person.patronymic)
                    row.text(person.iin)
                    row.text(person.email)
                    for _ in 0..<3 { row.empty() }  // sms, phone, agentSourcedIds
                    row.text(GradeLevel.cedsCode(user.grade))
                    for _ in 0..<6 { row.empty() }  // password … preferredFamilyName
                    row.text(user.organisations.first)
                    row.empty()  // pronouns
                    row.text(person.id)
                    row.text(Self.placeholders([("givenName", given == nil), ("familyName", family == nil)]))
                }
            }
        }
        var roleIDs = IdentifierAllocator(kind: "role")
        try write("roles.csv") { table throws(InterchangeError) in
            for user in plan.users {
                for (index, organisation) in user.organisations.enumerated() {
                    try table.row { row in
                        row.text(roleIDs.allocate("\(user.sourcedId)|\(organisation)"))
                        row.empty()
                        row.empty()
                        row.text(user.sourcedId)
                        row.text(index == 0 ? "primary" : "secondary")
                        row.text(user.person.role.rawValue)
                        row.empty()
                        row.empty()
                        row.text(organisation)
                        row.empty()
                    }
                }
            }
        }
    }

    /// The `userIds` list: `{platform:id}` for each platform id, with `%`, `{`, `}` and `,` in an id
    /// percent-encoded so the list stays parseable.
    static func userIDs(_ ids: [Person.ExternalID]) -> String? {
        // A platform's ids only: the gradebook ids a merge keeps (`{kundelik:kundelik:123}`) are not
        // ids the platform gave.
        let ids = ids.filter { !$0.isGradebookID }
        guard !ids.isEmpty else { return nil }
        return ids.map { "{\($0.platform):\(escapeListValue($0.id))}" }.joined(separator: ",")
    }

    /// `%` → `%25`, `{` → `%7B`, `}` → `%7D`, `,` → `%2C`.
    static func escapeListValue(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "%": out += "%25"
            case "{": out += "%7B"
            case "}": out += "%7D"
            case ",": out += "%2C"
            default: out.append(character)
            }
        }
        return out
    }
}
