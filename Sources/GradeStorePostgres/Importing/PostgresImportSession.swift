import GradePortCore
import GradeStore

/// Writes one gradebook into a PostgreSQL store as one import, inside the caller's transaction.
///
/// The same matching, provenance and logging as the SQLite store's import session (see
/// `docs/store.md`, "What an import does"): records by natural key (people through their keys),
/// results by (assessment, person); empty fields filled in, corrected values revised and logged,
/// results changed or confirmed and logged, other imports' records mentioned.
struct PostgresImportSession {
    private let link: PostgresLink
    private let book: Gradebook
    private let importID: Int64
    private(set) var summary: ImportSummary

    private var schools: [ByteKey: Int64] = [:]
    private var terms: [ByteKey: Int64] = [:]
    private var subjects: [ByteKey: Int64] = [:]
    private var classes: [ByteKey: Int64] = [:]
    private var people: [ByteKey: Int64] = [:]
    private var assessments: [ByteKey: Int64] = [:]
    private var newPeople: Set<Int64> = []
    private var newAssessments: Set<Int64> = []
    private var linkedPeople: Set<Int64> = []
    private var linkedResults: Set<[Int64]> = []
    private var resolvedFrom: [Int64: String] = [:]
    private var names: [ByteKey: String] = [:]
    private var titles: [ByteKey: String] = [:]
    private let sourceFile: String

    init(link: PostgresLink, book: Gradebook, importID: Int64, summary: ImportSummary) {
        self.link = link
        self.book = book
        self.importID = importID
        self.summary = summary
        sourceFile = book.sources.first?.file ?? ""
    }

    /// Writes every record and result of the gradebook.
    mutating func run() throws {
        for school in book.schools {
            schools[ByteKey(school.id)] = try upsert(
                .school, ref: school.id.rawValue, [.text(school.name), .text(school.bin)], at: school.source
            ).id
        }
        for term in book.terms {
            terms[ByteKey(term.id)] = try upsert(
                .term, ref: term.id.rawValue,
                [
                    .text(term.schoolYear), .text(term.kind?.rawValue), .int(term.number), .text(term.start),
                    .text(term.end), .text(term.name),
                ], at: term.source
            ).id
        }
        for subject in book.subjects {
            subjects[ByteKey(subject.id)] = try upsert(
                .subject, ref: subject.id.rawValue, [.text(subject.name)], at: subject.source
            ).id
        }
        for schoolClass in book.classes {
            let school = try schoolClass.school.map { try self.school(ref: $0.rawValue) }
            classes[ByteKey(schoolClass.id)] = try upsert(
                .schoolClass, ref: schoolClass.id.rawValue,
                [.text(schoolClass.name), .int(schoolClass.grade), .integer(school)], at: schoolClass.source
            ).id
        }
        for person in book.people {
            people[ByteKey(person.id)] = try resolve(person)
        }
        for enrollment in book.enrollments {
            try enroll(enrollment)
        }
        for assessment in book.assessments {
            let (id, isNew) = try upsert(
                .assessment, ref: assessment.id.rawValue,
                [
                    .text(assessment.title), .text(assessment.kind.rawValue), .int(assessment.number),
                    .integer(assessment.maxScore?.stored),
                    .integer(try assessment.subject.map { try self.subject(ref: $0.rawValue) }),
                    .integer(try assessment.class.map { try self.schoolClass(ref: $0.rawValue) }),
                    .integer(try assessment.term.map { try self.term(ref: $0.rawValue) }), .text(assessment.date),
                    .text(assessment.category),
                ], revision: .revise, at: assessment.source)
            assessments[ByteKey(assessment.id)] = id
            if isNew {
                newAssessments.insert(id)
                summary.assessmentsAdded += 1
            }
        }
        var pending = PendingResults(link: link)
        for result in book.results {
            try store(result, pending: &pending)
        }
        try pending.flush()
    }

    // MARK: - Records

    private mutating func upsert(
        _ entity: StoredEntity, ref: String, _ values: [SQLValue], revision: Revision = .fillOnly,
        at source: SourceReference?
    ) throws -> (id: Int64, isNew: Bool) {
        let columns = entity.valueColumns
        let inserted = try link.first(
            """
            INSERT INTO \(entity.table) (ref, \(columns.joined(separator: ", ")), import_id, source_file, source_line,
            source_column) VALUES (\(Array(repeating: "?", count: columns.count + 5).joined(separator: ", ")))
            ON CONFLICT (ref) DO NOTHING RETURNING id
            """,
            [.text(ref)] + values + [.integer(importID), .text(source?.file), .int(source?.line), .int(source?.column)])
        if let id = inserted?.int64(0) { return (id, true) }
        let id = try complete(entity, where: "ref = ?", .text(ref), ref: ref, values, revision: revision, at: source)
        return (id!, false)
    }

    @discardableResult
    private func complete(
        _ entity: StoredEntity, where condition: String, _ key: SQLValue, ref: String, _ values: [SQLValue],
        revision: Revision, at source: SourceReference?
    ) throws -> Int64? {
        let columns = entity.valueColumns
        guard
            let row = try link.first(
                "SELECT id, import_id, ref, \(columns.joined(separator: ", ")) FROM \(entity.table) WHERE \(condition)",
                [key])
        else { return nil }
        let found = row.int64(0)!
        let introducedBy = row.int64(1)!
        let storedRef = row.text(2) ?? ""
        let updates = revision == .revise || (revision == .reviseOwnRecord && storedRef == ref)
        for (index, column) in columns.enumerated() where !values[index].isNull {
            let isInteger = PostgresSchema.columnType(column) == "bigint"
            let stored: String? = isInteger ? row.int64(index + 3).map(String.init) : row.text(index + 3)
            let value = values[index].text
            guard stored == nil || (updates && stored != value) else { continue }
            try link.execute("UPDATE \(entity.table) SET \(column) = ? WHERE id = ?", [values[index], .integer(found)])
            try link.execute(
                """
                INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [.integer(importID), .text(entity.table), .integer(found), .text(column), .text(stored), .text(value)])
        }
        if introducedBy != importID { try mention(entity, id: found, at: source) }
        return found
    }

    private func mention(_ entity: StoredEntity, id: Int64, at source: SourceReference?) throws {
        try link.execute(
            """
            INSERT INTO mentions (import_id, entity, row_id, source_file, source_line, source_column)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [
                .integer(importID), .text(entity.table), .integer(id), .text(source?.file), .int(source?.line),
                .int(source?.column),
            ])
    }

    private mutating func school(ref: String) throws -> Int64 {
        if let id = schools[ByteKey(ref)] { return id }
        let id = try upsert(.school, ref: ref, [.text(nil), .text(nil)], at: nil).id
        schools[ByteKey(ref)] = id
        return id
    }

    private mutating func term(ref: String) throws -> Int64 {
        if let id = terms[ByteKey(ref)] { return id }
        let id = try upsert(
            .term, ref: ref, [.text(nil), .text(nil), .integer(nil), .text(nil), .text(nil), .text(nil)], at: nil
        ).id
        terms[ByteKey(ref)] = id
        return id
    }

    private mutating func subject(ref: String) throws -> Int64 {
        if let id = subjects[ByteKey(ref)] { return id }
        let id = try upsert(.subject, ref: ref, [.text(ref)], at: nil).id
        subjects[ByteKey(ref)] = id
        return id
    }

    private mutating func schoolClass(ref: String) throws -> Int64 {
        if let id = classes[ByteKey(ref)] { return id }
        let id = try upsert(.schoolClass, ref: ref, [.text(ref), .integer(nil), .integer(nil)], at: nil).id
        classes[ByteKey(ref)] = id
        return id
    }

    private mutating func person(ref: String) throws -> Int64 {
        if let known = people[ByteKey(ref)] { return known }
        let id = try resolve(Person(id: Person.ID(rawValue: ref)))
        people[ByteKey(ref)] = id
        return id
    }

    private mutating func assessment(ref: String) throws -> Int64 {
        if let id = assessments[ByteKey(ref)] { return id }
        let (id, isNew) = try upsert(
            .assessment, ref: ref,
            [.text(ref), .text(AssessmentKind.other.rawValue)] + Array(repeating: .integer(nil), count: 5)
                + [.text(nil), .text(nil)], at: nil)
        assessments[ByteKey(ref)] = id
        if isNew {
            newAssessments.insert(id)
            summary.assessmentsAdded += 1
        }
        return id
    }

    // MARK: - People

    private mutating func resolve(_ person: Person) throws -> Int64 {
        let keys = PersonKeys(person).keys
        var arguments: [SQLValue] = []
        for key in keys { arguments += [.text(key.kind.rawValue), .text(key.value)] }
        let rows = try link.rows(
            "SELECT kind, value, id, person_id, import_id FROM person_keys WHERE "
                + keys.indices.map { "(kind = ?\(2 * $0 + 1) AND value = ?\(2 * $0 + 2))" }.joined(separator: " OR "),
            arguments)
        var owners: [String: (key: Int64, person: Int64, importID: Int64)] = [:]
        for row in rows {
            guard let kind = row.text(0), let value = row.text(1) else { continue }
            owners[kind + "\u{0}" + value] = (row.int64(2)!, row.int64(3)!, row.int64(4)!)
        }
        let values: [SQLValue] = [
            .text(person.role.rawValue), .text(person.familyName), .text(person.givenName), .text(person.patronymic),
            .text(person.email), .text(person.iin),
        ]
        var id: Int64
        if let owner = keys.lazy.compactMap({ owners[Self.ownerKey($0)] }).first {
            id = owner.person
            try complete(
                .person, where: "id = ?", .integer(id), ref: person.id.rawValue, values, revision: .reviseOwnRecord,
                at: person.source)
        } else {
            let inserted = try upsert(
                .person, ref: person.id.rawValue, values, revision: .reviseOwnRecord, at: person.source)
            id = inserted.id
            if inserted.isNew {
                newPeople.insert(id)
                summary.peopleAdded += 1
            }
        }
        for key in keys {
            if let owner = owners[Self.ownerKey(key)] {
                if owner.person != id {
                    try warnConflict(key, of: person, owner: owner.person)
                } else if owner.importID != importID {
                    try mention(.personKey, id: owner.key, at: nil)
                }
                continue
            }
            try link.execute(
                "INSERT INTO person_keys (person_id, kind, value, import_id) VALUES (?, ?, ?, ?)",
                [.integer(id), .text(key.kind.rawValue), .text(key.value), .integer(importID)])
        }
        if let earlier = resolvedFrom[id], earlier != person.id.rawValue { linkedPeople.insert(id) }
        resolvedFrom[id] = person.id.rawValue
        return id
    }

    /// A person key as the lookup's dictionary key.
    private static func ownerKey(_ key: PersonKeys.Key) -> String { key.kind.rawValue + "\u{0}" + key.value }

    private mutating func warnConflict(_ key: PersonKeys.Key, of person: Person, owner: Int64) throws {
        let ownerRef = try storedRef(.person, id: owner)
        summary.diagnostics.append(
            Diagnostic(
                severity: .warning, code: .identityConflict,
                message:
                    "\(key.kind.label) \(key.value) of \(person.fullName.isEmpty ? person.id.rawValue : person.fullName) "
                    + "(\(person.id)) already belongs to another person in the store (\(ownerRef)); not linked",
                source: person.source?.source, file: location(person.source), line: person.source?.line,
                column: person.source?.column))
    }

    // MARK: - Enrollments

    private mutating func enroll(_ enrollment: Enrollment) throws {
        let person = try person(ref: enrollment.person.rawValue)
        let schoolClass = try schoolClass(ref: enrollment.class.rawValue)
        let subject = try enrollment.subject.map { try self.subject(ref: $0.rawValue) }
        let inserted = try link.execute(
            """
            INSERT INTO enrollments (person_id, class_id, subject_id, role, import_id) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """,
            [
                .integer(person), .integer(schoolClass), .integer(subject), .text(enrollment.role.rawValue),
                .integer(importID),
            ]
        )
        guard inserted == 0 else { return }
        if let row = try link.first(
            """
            SELECT id, import_id FROM enrollments
            WHERE class_id = ? AND person_id = ? AND coalesce(subject_id, 0) = ? AND role = ?
            """,
            [.integer(schoolClass), .integer(person), .integer(subject ?? 0), .text(enrollment.role.rawValue)]),
            row.int64(1) != importID
        {
            try mention(.enrollment, id: row.int64(0)!, at: nil)
        }
    }

    // MARK: - Results

    private mutating func store(_ result: AssessmentResult, pending: inout PendingResults) throws {
        let person = try person(ref: result.person.rawValue)
        let assessment = try assessment(ref: result.assessment.rawValue)
        if linkedPeople.contains(person), !linkedResults.insert([assessment, person]).inserted {
            reject(
                result,
                "a second result for \(result.person) and \(result.assessment): this student is the same "
                    + "person in the store as another row of this file (linked by IIN or e-mail); rejected")
            return
        }
        let value = ResultValue(result)
        if !newAssessments.contains(assessment) && !newPeople.contains(person) {
            // A pending insert is of a new assessment or person: never one this finds.
            if let row = try link.first(
                "SELECT \(PostgresStoredResult.columns) FROM results WHERE assessment_id = ? AND person_id = ?",
                [.integer(assessment), .integer(person)])
            {
                try update(
                    PostgresStoredResult(row: row), to: value, of: result, assessment: assessment, person: person)
                return
            }
        }
        try pending.add(
            [.integer(assessment), .integer(person)] + value.arguments
                + [
                    .integer(importID), .text(result.source.file), .int(result.source.line),
                    .int(result.source.column),
                ])
        summary.added += 1
    }

    private mutating func update(
        _ stored: PostgresStoredResult, to value: ResultValue, of result: AssessmentResult, assessment: Int64,
        person: Int64
    ) throws {
        let isChange = !stored.value.means(value)
        try link.execute(
            """
            UPDATE results SET status = ?, score_millionths = ?, max_score_millionths = ?, raw = ?, comment = ?,
            late = ?, draft = ?, import_id = ?, source_file = ?, source_line = ?, source_column = ?
            WHERE assessment_id = ? AND person_id = ?
            """,
            value.arguments + [
                .integer(importID), .text(result.source.file), .int(result.source.line), .int(result.source.column),
                .integer(assessment), .integer(person),
            ])
        try PostgresChangeLog(link: link).record(
            isChange ? "change" : "confirm", by: importID, assessment: assessment, person: person, old: stored,
            new: value)
        guard isChange else {
            summary.unchanged += 1
            return
        }
        summary.changed += 1
        if names.isEmpty {
            for person in book.people { names[ByteKey(person.id)] = person.fullName }
            for assessment in book.assessments { titles[ByteKey(assessment.id)] = assessment.title }
        }
        summary.changes.append(
            ResultChange(
                person: try storedRef(.person, id: person),
                personName: names[ByteKey(result.person)].flatMap { $0.isEmpty ? nil : $0 } ?? result.person.rawValue,
                assessment: try storedRef(.assessment, id: assessment),
                assessmentTitle: titles[ByteKey(result.assessment)] ?? result.assessment.rawValue, old: stored.value,
                new: value, previousImport: stored.importID, source: result.source))
    }

    private func storedRef(_ entity: StoredEntity, id: Int64) throws -> String {
        try link.first("SELECT ref FROM \(entity.table) WHERE id = ?", [.integer(id)])?.text(0) ?? "#\(id)"
    }

    private mutating func reject(_ result: AssessmentResult, _ message: String) {
        summary.rejected += 1
        summary.diagnostics.append(
            Diagnostic(
                severity: .error, code: .duplicateResult, message: message, source: result.source.source,
                file: location(result.source), line: result.source.line, column: result.source.column))
    }

    private func location(_ reference: SourceReference?) -> String {
        guard let inner = reference?.file else { return sourceFile }
        return sourceFile + "/" + inner
    }
}
