import GRDB
import GradePortCore

/// Writes one gradebook into the store as one import, inside the caller's transaction.
///
/// Records are matched by natural key: schools, terms, subjects, classes and assessments by their
/// gradebook id (`ref`); people through ``PersonKeys`` (the gradebook id, platform ids, a valid IIN,
/// the e-mail address). A new record is introduced by this import (its `import_id`). A record that
/// exists has its empty fields filled in and, for an assessment (or a person named by the id that
/// introduced them), values its platform corrected revised (see ``Revision``), each change logged
/// in `record_changes`; the import is recorded in `mentions` as naming it, so that undoing the
/// import that introduced it keeps it.
///
/// Results are matched by (assessment, person). A new one is inserted; one whose value changed is
/// updated and the old value logged (`result_changes`, action `change`); one given again with the
/// same value takes this import as its provenance and the old provenance is logged (`confirm`),
/// so that undoing the older import keeps a result a later import still holds.
struct ImportSession {
    private let db: Database
    private let book: Gradebook
    private let importID: Int64
    private(set) var summary: ImportSummary

    private var schools: [ByteKey: Int64] = [:]
    private var terms: [ByteKey: Int64] = [:]
    private var subjects: [ByteKey: Int64] = [:]
    private var classes: [ByteKey: Int64] = [:]
    private var people: [ByteKey: Int64] = [:]
    private var assessments: [ByteKey: Int64] = [:]
    /// Store people and assessments this import introduced: their results need no lookup.
    private var newPeople: Set<Int64> = []
    private var newAssessments: Set<Int64> = []
    /// Store people that two of the gradebook's people resolved to (linked by IIN or e-mail); their
    /// results are checked for collisions.
    private var linkedPeople: Set<Int64> = []
    private var linkedResults: Set<[Int64]> = []
    /// Which gradebook person each store person was resolved from, to find linked people.
    private var resolvedFrom: [Int64: String] = [:]
    /// Names and titles for the change list, built when the first change is found.
    private var names: [ByteKey: String] = [:]
    private var titles: [ByteKey: String] = [:]
    private var lastPerson: (ref: String, id: Int64) = ("", -1)

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
            )
            .id
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
        let insert = try BoundStatement(
            db,
            """
            INSERT INTO results (assessment_id, person_id, status, score_millionths, max_score_millionths, raw,
            comment, late, draft, import_id, source_file, source_line, source_column)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let select = try BoundStatement(
            db, "SELECT \(StoredResult.columns) FROM results WHERE assessment_id = ? AND person_id = ?")
        for result in book.results {
            try store(result, insert: insert, select: select)
        }
    }

    // MARK: - Records

    /// Inserts the record with this natural key, or finds it, fills its empty fields and records
    /// that this import names it.
    private mutating func upsert(
        _ entity: StoredEntity, ref: String, _ values: [ColumnValue], revision: Revision = .fillOnly,
        at source: SourceReference?
    ) throws -> (id: Int64, isNew: Bool) {
        let columns = entity.valueColumns
        let insert = try BoundStatement(
            db,
            """
            INSERT INTO \(entity.table) (ref, \(columns.joined(separator: ", ")), import_id, source_file, source_line,
            source_column) VALUES (\(Array(repeating: "?", count: columns.count + 5).joined(separator: ", ")))
            ON CONFLICT (ref) DO NOTHING
            """)
        insert.bind(ref, at: 1)
        for (index, value) in values.enumerated() { value.bind(to: insert, at: Int32(index + 2)) }
        let next = Int32(values.count + 2)
        insert.bind(importID, at: next)
        insert.bind(source?.file, at: next + 1)
        insert.bind(source?.line, at: next + 2)
        insert.bind(source?.column, at: next + 3)
        try insert.execute()
        if insert.changes == 1 { return (db.lastInsertedRowID, true) }
        let id = try complete(entity, where: "ref = ?", ref, ref: ref, values, revision: revision, at: source)
        return (id!, false)
    }

    /// Brings an existing record up to date and records that this import names it.
    ///
    /// Empty fields are filled in. An assessment's fields, and a person's when this import names
    /// the person by the id that introduced them, also take the new value when it differs (the
    /// platform corrected a title, a maximum, a name). A value the import leaves out never erases
    /// one. Each change is logged with the old value.
    ///
    /// - Parameters:
    ///   - ref: The id this import gives the record.
    ///   - revision: Whether differing values replace stored ones.
    /// - Returns: The record's id, or `nil` when no row matches.
    @discardableResult
    private func complete(
        _ entity: StoredEntity, where condition: String, _ key: String? = nil, id: Int64? = nil, ref: String,
        _ values: [ColumnValue], revision: Revision, at source: SourceReference?
    ) throws -> Int64? {
        let columns = entity.valueColumns
        let select = try BoundStatement(
            db,
            "SELECT id, import_id, ref, \(columns.joined(separator: ", ")) FROM \(entity.table) WHERE \(condition)")
        if let key { select.bind(key, at: 1) } else { select.bind(id, at: 1) }
        guard
            let (found, introducedBy, storedRef, stored) = try select.first({ row in
                (
                    row.int64(0)!, row.int64(1)!, row.text(2) ?? "",
                    columns.indices.map { row.databaseValue(Int32($0 + 3)) }
                )
            })
        else { return nil }
        let updates = revision == .revise || (revision == .reviseOwnRecord && storedRef == ref)
        for (index, column) in columns.enumerated() where !values[index].isNull {
            let value = values[index].databaseValue
            guard stored[index].isNull || (updates && stored[index] != value) else { continue }
            try db.execute(sql: "UPDATE \(entity.table) SET \(column) = ? WHERE id = ?", arguments: [value, found])
            try db.execute(
                sql: """
                    INSERT INTO record_changes (import_id, entity, row_id, field, old_value, new_value)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [importID, entity.table, found, column, stored[index], value])
        }
        if introducedBy != importID { try mention(entity, id: found, at: source) }
        return found
    }

    /// Records that this import names a record another import introduced.
    private func mention(_ entity: StoredEntity, id: Int64, at source: SourceReference?) throws {
        let statement = try BoundStatement(
            db,
            """
            INSERT OR IGNORE INTO mentions (import_id, entity, row_id, source_file, source_line, source_column)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.bind(importID, at: 1)
        statement.bind(entity.table, at: 2)
        statement.bind(id, at: 3)
        statement.bind(source?.file, at: 4)
        statement.bind(source?.line, at: 5)
        statement.bind(source?.column, at: 6)
        try statement.execute()
    }

    /// The store id of a school the gradebook names, adding a bare one when it has no record.
    private mutating func school(ref: String) throws -> Int64 {
        if let id = schools[ByteKey(ref)] { return id }
        let id = try upsert(.school, ref: ref, [.text(nil), .text(nil)], at: nil).id
        schools[ByteKey(ref)] = id
        return id
    }

    private mutating func term(ref: String) throws -> Int64 {
        if let id = terms[ByteKey(ref)] { return id }
        let id = try upsert(.term, ref: ref, Array(repeating: .text(nil), count: 6), at: nil).id
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
        if ByteKey(lastPerson.ref) == ByteKey(ref) { return lastPerson.id }
        let id: Int64
        if let known = people[ByteKey(ref)] {
            id = known
        } else {
            id = try resolve(Person(id: Person.ID(rawValue: ref)))
            people[ByteKey(ref)] = id
        }
        lastPerson = (ref, id)
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

    /// The store person a gradebook person is.
    ///
    /// The owner of the first of its keys the store knows, or a new person. Keys the store does not
    /// know yet are added to that person; a key that belongs to someone else is not moved (a warning
    /// says so).
    private mutating func resolve(_ person: Person) throws -> Int64 {
        let keys = PersonKeys(person).keys
        let lookup = try BoundStatement(
            db,
            "SELECT kind, value, id, person_id, import_id FROM person_keys WHERE "
                + keys.indices.map { "(kind = ?\(2 * $0 + 1) AND value = ?\(2 * $0 + 2))" }.joined(separator: " OR "))
        for (index, key) in keys.enumerated() {
            lookup.bind(key.kind.rawValue, at: Int32(2 * index + 1))
            lookup.bind(key.value, at: Int32(2 * index + 2))
        }
        var owners: [PersonKeys.Key: (key: Int64, person: Int64, importID: Int64)] = [:]
        try lookup.forEachRow { row in
            guard let kind = row.text(0).flatMap(PersonKeys.Kind.init(rawValue:)), let value = row.text(1) else {
                return
            }
            owners[PersonKeys.Key(kind: kind, value: value)] = (row.int64(2)!, row.int64(3)!, row.int64(4)!)
        }
        let values: [ColumnValue] = [
            .text(person.role.rawValue), .text(person.familyName), .text(person.givenName), .text(person.patronymic),
            .text(person.email), .text(person.iin),
        ]
        var id: Int64
        if let owner = keys.lazy.compactMap({ owners[$0] }).first {
            id = owner.person
            try complete(
                .person, where: "id = ?", id: id, ref: person.id.rawValue, values, revision: .reviseOwnRecord,
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
        let insertKey = try BoundStatement(
            db, "INSERT INTO person_keys (person_id, kind, value, import_id) VALUES (?, ?, ?, ?)")
        for key in keys {
            if let owner = owners[key] {
                if owner.person != id {
                    warnConflict(key, of: person, owner: owner.person)
                } else if owner.importID != importID {
                    try mention(.personKey, id: owner.key, at: nil)
                }
                continue
            }
            insertKey.bind(id, at: 1)
            insertKey.bind(key.kind.rawValue, at: 2)
            insertKey.bind(key.value, at: 3)
            insertKey.bind(importID, at: 4)
            try insertKey.execute()
        }
        if let earlier = resolvedFrom[id], earlier != person.id.rawValue { linkedPeople.insert(id) }
        resolvedFrom[id] = person.id.rawValue
        return id
    }

    private mutating func warnConflict(_ key: PersonKeys.Key, of person: Person, owner: Int64) {
        let ownerRef =
            (try? String.fetchOne(db, sql: "SELECT ref FROM people WHERE id = ?", arguments: [owner])).flatMap { $0 }
            ?? "#\(owner)"
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
        let insert = try BoundStatement(
            db,
            "INSERT OR IGNORE INTO enrollments (person_id, class_id, subject_id, role, import_id) VALUES (?, ?, ?, ?, ?)"
        )
        insert.bind(person, at: 1)
        insert.bind(schoolClass, at: 2)
        insert.bind(subject, at: 3)
        insert.bind(enrollment.role.rawValue, at: 4)
        insert.bind(importID, at: 5)
        try insert.execute()
        guard insert.changes == 0 else { return }
        let select = try BoundStatement(
            db,
            """
            SELECT id, import_id FROM enrollments
            WHERE class_id = ? AND person_id = ? AND ifnull(subject_id, 0) = ? AND role = ?
            """)
        select.bind(schoolClass, at: 1)
        select.bind(person, at: 2)
        select.bind(subject ?? 0, at: 3)
        select.bind(enrollment.role.rawValue, at: 4)
        if let (id, introducedBy) = try select.first({ ($0.int64(0)!, $0.int64(1)!) }), introducedBy != importID {
            try mention(.enrollment, id: id, at: nil)
        }
    }

    // MARK: - Results

    private mutating func store(_ result: AssessmentResult, insert: BoundStatement, select: BoundStatement) throws {
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
            select.bind(assessment, at: 1)
            select.bind(person, at: 2)
            if let stored = try select.first(StoredResult.init(row:)) {
                try update(stored, to: value, of: result, assessment: assessment, person: person)
                return
            }
        }
        insert.bind(assessment, at: 1)
        insert.bind(person, at: 2)
        value.bind(to: insert, from: 3)
        insert.bind(importID, at: 10)
        insert.bind(result.source.file, at: 11)
        insert.bind(result.source.line, at: 12)
        insert.bind(result.source.column, at: 13)
        try insert.execute()
        summary.added += 1
    }

    /// A result the store has: a changed value is updated and logged; the same value takes this
    /// import as its provenance (logged, so that undo can put the old provenance back).
    private mutating func update(
        _ stored: StoredResult, to value: ResultValue, of result: AssessmentResult, assessment: Int64, person: Int64
    ) throws {
        let isChange = !stored.value.means(value)
        let update = try BoundStatement(
            db,
            """
            UPDATE results SET status = ?, score_millionths = ?, max_score_millionths = ?, raw = ?, comment = ?,
            late = ?, draft = ?, import_id = ?, source_file = ?, source_line = ?, source_column = ?
            WHERE assessment_id = ? AND person_id = ?
            """)
        value.bind(to: update, from: 1)
        update.bind(importID, at: 8)
        update.bind(result.source.file, at: 9)
        update.bind(result.source.line, at: 10)
        update.bind(result.source.column, at: 11)
        update.bind(assessment, at: 12)
        update.bind(person, at: 13)
        try update.execute()
        try ChangeLog(db: db).record(
            isChange ? .change : .confirm, by: importID, assessment: assessment, person: person,
            old: stored, new: value)
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
                new: value,
                previousImport: stored.importID, source: result.source))
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

/// How an import treats the values of a record the store already has.
package enum Revision {
    /// Only empty fields take the import's values.
    case fillOnly
    /// Differing values are replaced (the record's platform corrected them).
    case revise
    /// Values are replaced when the import names the record by the id that introduced it;
    /// otherwise (a person linked from another platform) only empty fields are filled.
    case reviseOwnRecord
}

extension DiagnosticCode {
    /// An identity key (IIN, e-mail, platform id) of an imported person belongs to another person
    /// in the store; the two are not linked.
    public static let identityConflict: Self = "identity-conflict"
}
