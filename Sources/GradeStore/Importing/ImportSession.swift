import GRDB
import GradePortCore

/// Writes one gradebook into the store as one import, inside the caller's transaction.
///
/// Records are matched by natural key: schools, terms, subjects, classes and assessments by their
/// gradebook id (`ref`); people through ``PersonKeys`` (the gradebook id, platform ids, a valid IIN,
/// the e-mail address). A record that exists keeps its values; empty fields are filled in, each
/// fill logged in `record_changes`. Every record the import names is recorded in `mentions`.
///
/// Results are matched by (assessment, person). A new one is inserted; one whose value changed is
/// updated and the old value logged (`result_changes`, action `change`); one given again with the
/// same value takes the new import as its provenance and the old provenance is logged (`confirm`),
/// so that undoing the older import keeps a result a later import still holds.
struct ImportSession {
    private let db: Database
    private let book: Gradebook
    private let importID: Int64
    private(set) var summary: ImportSummary

    private var schools: [String: Int64] = [:]
    private var terms: [String: Int64] = [:]
    private var subjects: [String: Int64] = [:]
    private var classes: [String: Int64] = [:]
    private var people: [String: Int64] = [:]
    private var assessments: [String: Int64] = [:]
    /// Store people this import introduced, and assessments: their results need no lookup.
    private var newPeople: Set<Int64> = []
    private var newAssessments: Set<Int64> = []
    /// Store people that two of the gradebook's people resolved to (linked by IIN or e-mail); their
    /// results are checked for collisions.
    private var linkedPeople: Set<Int64> = []
    private var linkedResults: Set<[Int64]> = []
    /// What `people` maps from, to find linked people.
    private var personOwners: [Int64: String] = [:]

    private let sourceFile: String

    init(db: Database, book: Gradebook, importID: Int64, summary: ImportSummary) {
        self.db = db
        self.book = book
        self.importID = importID
        self.summary = summary
        sourceFile = book.sources.first?.file ?? ""
    }

    /// Writes every record and result of the gradebook.
    mutating func run() throws {
        for school in book.schools {
            schools[school.id] = try upsert(.school, ref: school.id, [school.name, school.bin], at: school.source).id
        }
        for term in book.terms {
            terms[term.id] = try upsert(
                .term, ref: term.id,
                [term.schoolYear, term.kind?.rawValue, term.number, term.start, term.end, term.name], at: term.source
            ).id
        }
        for subject in book.subjects {
            subjects[subject.id] = try upsert(.subject, ref: subject.id, [subject.name], at: subject.source).id
        }
        for schoolClass in book.classes {
            let school = try schoolClass.school.map { try self.school(ref: $0) }
            classes[schoolClass.id] = try upsert(
                .schoolClass, ref: schoolClass.id, [schoolClass.name, schoolClass.grade, school],
                at: schoolClass.source
            ).id
        }
        for person in book.people {
            people[person.id] = try resolve(person)
        }
        for enrollment in book.enrollments {
            try enroll(enrollment)
        }
        for assessment in book.assessments {
            let (id, isNew) = try upsert(
                .assessment, ref: assessment.id,
                [
                    assessment.title, assessment.kind.rawValue, assessment.number, assessment.maxScore?.stored,
                    try assessment.subject.map { try self.subject(ref: $0) },
                    try assessment.class.map { try self.schoolClass(ref: $0) },
                    try assessment.term.map { try self.term(ref: $0) }, assessment.date, assessment.category,
                ], at: assessment.source)
            assessments[assessment.id] = id
            if isNew {
                newAssessments.insert(id)
                summary.assessmentsAdded += 1
            }
        }
        var names: [String: String] = [:]
        var titles: [String: String] = [:]
        for result in book.results {
            try store(result, names: &names, titles: &titles)
        }
    }

    // MARK: - Records

    /// Finds the record with this natural key or inserts it; fills its empty fields; mentions it.
    private mutating func upsert(
        _ entity: StoredEntity, ref: String, _ values: [(any DatabaseValueConvertible)?], at source: SourceReference?
    ) throws -> (id: Int64, isNew: Bool) {
        let columns = entity.valueColumns
        let select = try db.cachedStatement(
            sql: "SELECT id, \(columns.joined(separator: ", ")) FROM \(entity.table) WHERE ref = ?")
        if let row = try Row.fetchOne(select, arguments: [ref]) {
            let id: Int64 = row[0]
            try fillEmptyFields(entity, id: id, stored: row, values)
            try mention(entity, id: id, at: source)
            return (id, false)
        }
        let placeholders = Array(repeating: "?", count: columns.count + 5).joined(separator: ", ")
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO \(entity.table) (ref, \(columns.joined(separator: ", ")), import_id, source_file, \
                source_line, source_column) VALUES (\(placeholders))
                """)
        var arguments: [(any DatabaseValueConvertible)?] = [ref]
        arguments += values
        arguments += [importID, source?.file, source?.line, source?.column]
        try insert.execute(arguments: StatementArguments(arguments))
        let id = db.lastInsertedRowID
        try mention(entity, id: id, at: source)
        return (id, true)
    }

    /// Sets the fields that are empty in the stored row (selected as `id, <value columns>`) and
    /// given now, logging each.
    private func fillEmptyFields(
        _ entity: StoredEntity, id: Int64, stored row: Row, _ values: [(any DatabaseValueConvertible)?]
    ) throws {
        for (index, column) in entity.valueColumns.enumerated() {
            guard let value = values[index]?.databaseValue, !value.isNull, row.hasNull(atIndex: index + 1) else {
                continue
            }
            try db.cachedStatement(sql: "UPDATE \(entity.table) SET \(column) = ? WHERE id = ?")
                .execute(arguments: [value, id])
            try logFill(entity, id: id, field: column, value: value)
        }
    }

    private func logFill(_ entity: StoredEntity, id: Int64, field: String, value: DatabaseValue) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                VALUES (?, ?, ?, ?, NULL, ?)
                """
        ).execute(arguments: [importID, entity.table, id, field, value])
    }

    /// Records that this import names a record.
    private func mention(_ entity: StoredEntity, id: Int64, at source: SourceReference?) throws {
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO mentions (import_id, entity, row_id, source_file, source_line, source_column)
                VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [importID, entity.table, id, source?.file, source?.line, source?.column])
    }

    /// The store id of a school the gradebook names, adding a bare one when it has no record.
    private mutating func school(ref: String) throws -> Int64 {
        if let id = schools[ref] { return id }
        let id = try upsert(.school, ref: ref, [nil, nil], at: nil).id
        schools[ref] = id
        return id
    }

    private mutating func term(ref: String) throws -> Int64 {
        if let id = terms[ref] { return id }
        let id = try upsert(.term, ref: ref, [nil, nil, nil, nil, nil, nil], at: nil).id
        terms[ref] = id
        return id
    }

    private mutating func subject(ref: String) throws -> Int64 {
        if let id = subjects[ref] { return id }
        let id = try upsert(.subject, ref: ref, [ref], at: nil).id
        subjects[ref] = id
        return id
    }

    private mutating func schoolClass(ref: String) throws -> Int64 {
        if let id = classes[ref] { return id }
        let id = try upsert(.schoolClass, ref: ref, [ref, nil, nil], at: nil).id
        classes[ref] = id
        return id
    }

    private mutating func person(ref: String) throws -> Int64 {
        if let id = people[ref] { return id }
        let id = try resolve(Person(id: ref))
        people[ref] = id
        return id
    }

    private mutating func assessment(ref: String) throws -> Int64 {
        if let id = assessments[ref] { return id }
        let (id, isNew) = try upsert(
            .assessment, ref: ref, [ref, AssessmentKind.other.rawValue, nil, nil, nil, nil, nil, nil, nil], at: nil)
        assessments[ref] = id
        if isNew {
            newAssessments.insert(id)
            summary.assessmentsAdded += 1
        }
        return id
    }

    // MARK: - People

    /// The store person a gradebook person is.
    ///
    /// The owner of the first of its keys the store knows, or a new person. Keys the store does not
    /// know yet are added to that person; a key that belongs to someone else is not moved (a warning
    /// says so).
    private mutating func resolve(_ person: Person) throws -> Int64 {
        let keys = PersonKeys(person).keys
        let lookup = try db.cachedStatement(sql: "SELECT id, person_id FROM person_keys WHERE kind = ? AND value = ?")
        var owners: [(key: Int64, person: Int64)?] = []
        for key in keys {
            let row = try Row.fetchOne(lookup, arguments: [key.kind.rawValue, key.value])
            owners.append(row.map { (key: $0[0], person: $0[1]) })
        }
        let id: Int64
        if let owner = owners.lazy.compactMap({ $0 }).first {
            id = owner.person
            let columns = StoredEntity.person.valueColumns.joined(separator: ", ")
            if let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, \(columns) FROM people WHERE id = ?"), arguments: [id])
            {
                try fillEmptyFields(.person, id: id, stored: row, values(of: person))
            }
            try mention(.person, id: id, at: person.source)
        } else {
            let inserted = try upsert(.person, ref: person.id, values(of: person), at: person.source)
            id = inserted.id
            if inserted.isNew {
                newPeople.insert(id)
                summary.peopleAdded += 1
            }
        }
        for (key, owner) in zip(keys, owners) {
            if let owner {
                if owner.person == id {
                    try mention(.personKey, id: owner.key, at: nil)
                } else {
                    warnConflict(key, of: person, owner: owner.person)
                }
                continue
            }
            try db.cachedStatement(
                sql: "INSERT INTO person_keys (person_id, kind, value, import_id) VALUES (?, ?, ?, ?)"
            ).execute(arguments: [id, key.kind.rawValue, key.value, importID])
            try mention(.personKey, id: db.lastInsertedRowID, at: nil)
        }
        if let earlier = personOwners[id], earlier != person.id {
            linkedPeople.insert(id)
        }
        personOwners[id] = person.id
        return id
    }

    private func values(of person: Person) -> [(any DatabaseValueConvertible)?] {
        [person.role.rawValue, person.familyName, person.givenName, person.patronymic, person.email, person.iin]
    }

    private mutating func warnConflict(_ key: PersonKeys.Key, of person: Person, owner: Int64) {
        let ownerRef =
            (try? String.fetchOne(db, sql: "SELECT ref FROM people WHERE id = ?", arguments: [owner]))
            .flatMap { $0 } ?? "#\(owner)"
        summary.diagnostics.append(
            Diagnostic(
                severity: .warning, code: .identityConflict,
                message:
                    "\(key.kind.label) \(key.value) of \(person.fullName.isEmpty ? person.id : person.fullName) "
                    + "(\(person.id)) already belongs to another person in the store (\(ownerRef)); not linked",
                source: person.source?.source, file: location(person.source), line: person.source?.line,
                column: person.source?.column))
    }

    // MARK: - Enrollments

    private mutating func enroll(_ enrollment: Enrollment) throws {
        let person = try person(ref: enrollment.person)
        let schoolClass = try schoolClass(ref: enrollment.class)
        let subject = try enrollment.subject.map { try self.subject(ref: $0) }
        let select = try db.cachedStatement(
            sql: """
                SELECT id FROM enrollments
                WHERE class_id = ? AND person_id = ? AND ifnull(subject_id, 0) = ? AND role = ?
                """)
        if let id = try Int64.fetchOne(
            select, arguments: [schoolClass, person, subject ?? 0, enrollment.role.rawValue])
        {
            try mention(.enrollment, id: id, at: nil)
            return
        }
        try db.cachedStatement(
            sql: "INSERT INTO enrollments (person_id, class_id, subject_id, role, import_id) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [person, schoolClass, subject, enrollment.role.rawValue, importID])
        try mention(.enrollment, id: db.lastInsertedRowID, at: nil)
    }

    // MARK: - Results

    private mutating func store(
        _ result: AssessmentResult, names: inout [String: String], titles: inout [String: String]
    ) throws {
        let person = try person(ref: result.person)
        let assessment = try assessment(ref: result.assessment)
        if linkedPeople.contains(person) {
            guard linkedResults.insert([assessment, person]).inserted else {
                reject(
                    result,
                    "a second result for \(result.person) and \(result.assessment): this student is the same "
                        + "person in the store as another row of this file (linked by IIN or e-mail); rejected")
                return
            }
        }
        let value = ResultValue(result)
        if !newAssessments.contains(assessment) && !newPeople.contains(person) {
            let select = try db.cachedStatement(
                sql: "SELECT \(StoredResult.columns) FROM results WHERE assessment_id = ? AND person_id = ?")
            if let row = try Row.fetchOne(select, arguments: [assessment, person]) {
                try update(
                    StoredResult(row: row), to: value, of: result, assessment: assessment, person: person,
                    names: &names, titles: &titles)
                return
            }
        }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO results (assessment_id, person_id, status, score_millionths, max_score_millionths, raw,
                comment, late, draft, import_id, source_file, source_line, source_column)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insert.setUncheckedArguments(
            StatementArguments(
                [assessment, person] + value.arguments
                    + [importID, result.source.file, result.source.line, result.source.column]))
        try insert.execute()
        summary.added += 1
    }

    /// A result the store has: a changed value is updated and logged; the same value takes this
    /// import as its provenance (logged, so that undo can put the old provenance back).
    private mutating func update(
        _ stored: StoredResult, to value: ResultValue, of result: AssessmentResult, assessment: Int64, person: Int64,
        names: inout [String: String], titles: inout [String: String]
    ) throws {
        let isChange = !stored.value.means(value)
        try db.cachedStatement(
            sql: """
                UPDATE results SET status = ?, score_millionths = ?, max_score_millionths = ?, raw = ?, comment = ?,
                late = ?, draft = ?, import_id = ?, source_file = ?, source_line = ?, source_column = ?
                WHERE id = ?
                """
        ).execute(
            arguments: StatementArguments(
                value.arguments + [importID, result.source.file, result.source.line, result.source.column, stored.id]))
        try ChangeLog(db: db).record(
            isChange ? .change : .confirm, by: importID, result: stored.id,
            assessment: assessment, person: person, old: stored, new: value)
        if isChange {
            summary.changed += 1
            if names.isEmpty {
                for person in book.people { names[person.id] = person.fullName }
                for assessment in book.assessments { titles[assessment.id] = assessment.title }
            }
            summary.changes.append(
                ResultChange(
                    person: try storedRef(.person, id: person),
                    personName: names[result.person].flatMap { $0.isEmpty ? nil : $0 } ?? result.person,
                    assessment: try storedRef(.assessment, id: assessment),
                    assessmentTitle: titles[result.assessment] ?? result.assessment, old: stored.value, new: value,
                    previousImport: stored.importID, source: result.source))
        } else {
            summary.unchanged += 1
        }
    }

    private func storedRef(_ entity: StoredEntity, id: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT ref FROM \(entity.table) WHERE id = ?", arguments: [id]) ?? "#\(id)"
    }

    private mutating func reject(_ result: AssessmentResult, _ message: String) {
        summary.rejected += 1
        summary.diagnostics.append(
            Diagnostic(
                severity: .error, code: .duplicateResult, message: message, source: result.source.source,
                file: location(result.source), line: result.source.line, column: result.source.column))
    }

    /// The file a diagnostic names: the input, or the file inside a folder input.
    private func location(_ reference: SourceReference?) -> String {
        guard let inner = reference?.file else { return sourceFile }
        return sourceFile + "/" + inner
    }
}

extension DiagnosticCode {
    /// An identity key (IIN, e-mail, platform id) of an imported person belongs to another person
    /// in the store; the two are not linked.
    public static let identityConflict: Self = "identity-conflict"
}
