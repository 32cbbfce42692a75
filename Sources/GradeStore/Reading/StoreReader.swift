import GRDB
import GradePortCore

/// Reads a ``Gradebook`` out of the store.
///
/// Records keep the ids they were imported under (a person linked across platforms keeps the id
/// of the import that introduced them; the others are in `externalIds`); each import the records
/// come from is a source, `import-N`, and every record's and result's source reference points
/// into it.
struct StoreReader {
    let db: Database
    let storePath: String?

    /// The gradebook the filter selects.
    func gradebook(matching filter: GradebookFilter) throws -> Gradebook {
        let scope = try resolve(filter)
        var book = Gradebook()
        var imports: Set<Int64> = []

        // Assessments in scope, and the classes, subjects and terms they name.
        let assessmentRows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.ref, a.title, a.kind, a.number, a.max_score_millionths, a.subject_id, a.class_id,
                a.term_id, a.date, a.category, a.import_id, a.source_file, a.source_line, a.source_column
                FROM assessments a WHERE \(scope.assessmentCondition) ORDER BY a.id
                """)
        var classIDs = Set(assessmentRows.compactMap { $0[7] as Int64? })
        if let classes = scope.classes { classIDs.formUnion(classes) }

        // Enrollments in scope: of the classes in scope; with a subject or term filter, only those for
        // a subject in scope (or for none).
        var enrollmentCondition = "1"
        if !scope.isEverything {
            enrollmentCondition = "e.class_id IN (\(Self.list(classIDs)))"
            if scope.subjects != nil || scope.terms != nil {
                let subjects = Set(assessmentRows.compactMap { $0[6] as Int64? }).union(scope.subjects ?? [])
                enrollmentCondition += " AND (e.subject_id IS NULL OR e.subject_id IN (\(Self.list(subjects))))"
            }
        }
        let enrollmentRows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.person_id, e.class_id, e.subject_id, e.role, e.import_id FROM enrollments e
                WHERE \(enrollmentCondition) ORDER BY e.id
                """)
        let subjectIDs = Set(
            assessmentRows.compactMap { $0[6] as Int64? } + enrollmentRows.compactMap { $0[2] as Int64? }
        )
        .union(scope.subjects ?? [])
        let termIDs = Set(assessmentRows.compactMap { $0[8] as Int64? }).union(scope.terms ?? [])

        // Classes, and their schools.
        let classRows = try rows(
            "SELECT id, ref, name, grade, school_id, import_id, source_file, source_line, source_column FROM classes",
            ids: scope.isEverything ? nil : classIDs)
        let schoolIDs = Set(classRows.compactMap { $0[4] as Int64? })
        let schoolRows = try rows(
            "SELECT id, ref, name, bin, import_id, source_file, source_line, source_column FROM schools",
            ids: scope.isEverything ? nil : schoolIDs)
        var schoolRefs: [Int64: String] = [:]
        for row in schoolRows {
            schoolRefs[row[0]] = row[1]
            imports.insert(row[4])
            book.schools.append(
                School(id: row[1], name: row[2], bin: row[3], source: Self.reference(row, from: 4)))
        }
        let termRows = try rows(
            """
            SELECT id, ref, school_year, kind, number, start_date, end_date, name, import_id, source_file, source_line,
            source_column FROM terms
            """, ids: scope.isEverything ? nil : termIDs)
        var termRefs: [Int64: String] = [:]
        for row in termRows {
            termRefs[row[0]] = row[1]
            imports.insert(row[8])
            book.terms.append(
                Term(
                    id: row[1], schoolYear: row[2], kind: (row[3] as String?).flatMap(Term.Kind.init(rawValue:)),
                    number: row[4], start: row[5], end: row[6], name: row[7], source: Self.reference(row, from: 8)))
        }
        let subjectRows = try rows(
            "SELECT id, ref, name, import_id, source_file, source_line, source_column FROM subjects",
            ids: scope.isEverything ? nil : subjectIDs)
        var subjectRefs: [Int64: String] = [:]
        for row in subjectRows {
            subjectRefs[row[0]] = row[1]
            imports.insert(row[3])
            book.subjects.append(Subject(id: row[1], name: row[2], source: Self.reference(row, from: 3)))
        }
        var classRefs: [Int64: String] = [:]
        for row in classRows {
            classRefs[row[0]] = row[1]
            imports.insert(row[5])
            book.classes.append(
                SchoolClass(
                    id: row[1], name: row[2], grade: row[3], school: (row[4] as Int64?).flatMap { schoolRefs[$0] },
                    source: Self.reference(row, from: 5)))
        }

        // Assessments.
        var assessmentRefs: [Int64: String] = [:]
        for row in assessmentRows {
            assessmentRefs[row[0]] = row[1]
            imports.insert(row[11])
            book.assessments.append(
                Assessment(
                    id: row[1], title: row[2], kind: AssessmentKind(rawValue: row[3]) ?? .other, number: row[4],
                    maxScore: DecimalNumber(stored: row[5]), subject: (row[6] as Int64?).flatMap { subjectRefs[$0] },
                    class: (row[7] as Int64?).flatMap { classRefs[$0] },
                    term: (row[8] as Int64?).flatMap { termRefs[$0] },
                    date: row[9], category: row[10], source: Self.reference(row, from: 11)))
        }

        // People: everyone in scope's results and enrollments.
        let resultScope =
            scope.isEverything
            ? "" : "WHERE r.assessment_id IN (SELECT a.id FROM assessments a WHERE \(scope.assessmentCondition))"
        let peopleCondition =
            scope.isEverything
            ? ""
            : """
            WHERE p.id IN (SELECT r.person_id FROM results r \(resultScope)
            UNION SELECT e.person_id FROM enrollments e WHERE \(enrollmentCondition))
            """
        var personRefs: [Int64: String] = [:]
        let external = try db.cachedStatement(
            sql: "SELECT value FROM person_keys WHERE person_id = ? AND kind = 'external' ORDER BY id")
        let people = try Row.fetchCursor(
            db,
            sql: """
                SELECT p.id, p.ref, p.role, p.family_name, p.given_name, p.patronymic, p.email, p.iin, p.import_id,
                p.source_file, p.source_line, p.source_column FROM people p \(peopleCondition) ORDER BY p.id
                """)
        while let row = try people.next() {
            let id: Int64 = row[0]
            personRefs[id] = row[1]
            imports.insert(row[8])
            let externalIDs = try String.fetchAll(external, arguments: [id]).map { value in
                let parts = value.split(separator: ":", maxSplits: 1)
                return Person.ExternalID(platform: String(parts[0]), id: parts.count > 1 ? String(parts[1]) : "")
            }
            book.people.append(
                Person(
                    id: row[1], role: Person.Role(rawValue: row[2]) ?? .student, familyName: row[3], givenName: row[4],
                    patronymic: row[5], email: row[6], iin: row[7], externalIds: externalIDs,
                    source: Self.reference(row, from: 8)))
        }

        for row in enrollmentRows {
            guard let person = personRefs[row[0]], let schoolClass = classRefs[row[1]] else { continue }
            book.enrollments.append(
                Enrollment(
                    person: person, class: schoolClass, subject: (row[2] as Int64?).flatMap { subjectRefs[$0] },
                    role: Person.Role(rawValue: row[3]) ?? .student))
        }

        // Results, by assessment (in the order the assessments were first imported), then student.
        let results = try Row.fetchCursor(
            db,
            sql: """
                SELECT r.assessment_id, r.person_id, r.status, r.score_millionths, r.max_score_millionths, r.raw,
                r.comment, r.late, r.draft, r.import_id, r.source_file, r.source_line, r.source_column
                FROM results r \(resultScope) ORDER BY r.assessment_id, r.person_id
                """)
        while let row = try results.next() {
            guard let person = personRefs[row[1]], let assessment = assessmentRefs[row[0]] else { continue }
            let importID: Int64 = row[9]
            imports.insert(importID)
            book.results.append(
                AssessmentResult(
                    person: person, assessment: assessment, status: ResultStatus(rawValue: row[2]) ?? .graded,
                    score: DecimalNumber(stored: row[3]), maxScore: DecimalNumber(stored: row[4]), raw: row[5],
                    comment: row[6], late: Bool(stored: row[7]), draft: Bool(stored: row[8]),
                    source: Self.reference(row, from: 9) ?? SourceReference(source: Self.sourceID(importID))))
        }

        // The imports everything came from.
        if !imports.isEmpty {
            let sources = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, file, platform, export, sha256, rows FROM imports WHERE id IN (\(Self.list(imports)))
                    ORDER BY id
                    """)
            book.sources = sources.map { row in
                Source(
                    id: Self.sourceID(row[0]), file: row[1] ?? "", platform: row[2] ?? "", export: row[3] ?? "",
                    sha256: row[4], rows: row[5])
            }
        }
        return book
    }

    /// The source id of an import in a gradebook read from the store.
    static func sourceID(_ importID: Int64) -> String { "import-\(importID)" }

    /// A source reference from the columns `import_id, source_file, source_line, source_column`
    /// starting at `index`.
    private static func reference(_ row: Row, from index: Int) -> SourceReference? {
        guard let importID = row[index] as Int64? else { return nil }
        return SourceReference(
            source: sourceID(importID), file: row[index + 1], line: row[index + 2], column: row[index + 3])
    }

    /// Ids as an SQL list for `IN (…)`; `NULL` (which matches nothing) when there are none.
    static func list(_ ids: some Collection<Int64>) -> String {
        ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
    }

    /// The rows of a table, all or those with the given ids, in id order.
    private func rows(_ select: String, ids: Set<Int64>?) throws -> [Row] {
        guard let ids else { return try Row.fetchAll(db, sql: select + " ORDER BY id") }
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: select + " WHERE id IN (\(Self.list(ids.sorted()))) ORDER BY id")
    }
}
