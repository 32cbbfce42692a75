import GRDB
import GradePortCore

/// Reads a ``Gradebook`` out of the store.
///
/// Records keep the ids they were imported under (a person linked across platforms keeps the id
/// of the import that introduced them; the others are in `externalIds`); each import the records
/// come from is a source, `import-N`, and every record's and result's source reference points
/// into it.
///
/// Each kind of record is read by its own function, with the columns its table's
/// ``SelectedColumn`` type names; the ids of the records the filter selects are worked out from the
/// assessments and enrollments in scope.
struct StoreReader {
    let db: Database
    let storePath: String?

    /// The gradebook the filter selects.
    func gradebook(matching filter: GradebookFilter) throws -> Gradebook {
        let scope = try resolve(filter)
        var assembly = GradebookAssembly()

        // Assessments in scope, and the classes, subjects and terms they name.
        let assessments = try assessmentRows(in: scope)
        let classIDs = Set(assessments.compactMap { $0[AssessmentColumn.classID] as Int64? })
            .union(scope.classes ?? [])
        let assessmentSubjectIDs = assessments.compactMap { $0[AssessmentColumn.subjectID] as Int64? }
        let enrollmentCondition = Self.enrollmentCondition(
            scope, classIDs: classIDs, subjectIDs: Set(assessmentSubjectIDs).union(scope.subjects ?? []))
        let enrollments = try enrollmentRows(where: enrollmentCondition)
        let subjectIDs = Set(assessmentSubjectIDs + enrollments.compactMap { $0[EnrollmentColumn.subjectID] as Int64? })
            .union(scope.subjects ?? [])
        let termIDs = Set(assessments.compactMap { $0[AssessmentColumn.termID] as Int64? }).union(scope.terms ?? [])

        // Classes and their schools, terms and subjects: every one of them when nothing is filtered.
        let everything = scope.isEverything
        let classes = try rows(ClassColumn.self, of: "classes", ids: everything ? nil : classIDs)
        let schoolIDs = Set(classes.compactMap { $0[ClassColumn.schoolID] as Int64? })
        try readSchools(ids: everything ? nil : schoolIDs, into: &assembly)
        try readTerms(ids: everything ? nil : termIDs, into: &assembly)
        try readSubjects(ids: everything ? nil : subjectIDs, into: &assembly)
        addClasses(classes, to: &assembly)
        addAssessments(assessments, to: &assembly)

        // People: everyone in scope's results and enrollments; then what names them.
        let peopleCondition =
            everything
            ? ""
            : """
            WHERE p.id IN (SELECT r.person_id FROM results r \(scope.resultClause)
            UNION SELECT e.person_id FROM enrollments e WHERE \(enrollmentCondition))
            """
        try readPeople(where: peopleCondition, into: &assembly)
        addEnrollments(enrollments, to: &assembly)
        try readResults(where: scope.resultClause, into: &assembly)

        // The imports everything came from.
        try readSources(into: &assembly)
        return assembly.book
    }

    /// The source id of an import in a gradebook read from the store.
    static func sourceID(_ importID: Int64) -> Source.ID { "import-\(importID)" }

    /// Ids as an SQL list for `IN (…)`; `NULL` (which matches nothing) when there are none.
    static func list(_ ids: some Collection<Int64>) -> String {
        ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
    }

    // MARK: - Queries

    /// The assessments in scope, in id order.
    private func assessmentRows(in scope: Scope) throws -> [Row] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(AssessmentColumn.selection(as: "a")) FROM assessments a WHERE \(scope.assessmentCondition)
                ORDER BY a.id
                """)
    }

    /// The condition on `enrollments` (aliased `e`): those of the classes in scope; with a subject
    /// or term filter, only those for a subject in scope (or for none).
    private static func enrollmentCondition(_ scope: Scope, classIDs: Set<Int64>, subjectIDs: Set<Int64>) -> String {
        guard !scope.isEverything else { return "1" }
        var condition = "e.class_id IN (\(list(classIDs)))"
        if scope.subjects != nil || scope.terms != nil {
            condition += " AND (e.subject_id IS NULL OR e.subject_id IN (\(list(subjectIDs))))"
        }
        return condition
    }

    /// The enrollments the condition selects, in id order.
    private func enrollmentRows(where condition: String) throws -> [Row] {
        try Row.fetchAll(
            db,
            sql: "SELECT \(EnrollmentColumn.selection(as: "e")) FROM enrollments e WHERE \(condition) ORDER BY e.id")
    }

    /// The rows of a table, all or those with the given ids, in id order.
    private func rows<Column: SelectedColumn>(_: Column.Type, of table: String, ids: Set<Int64>?) throws -> [Row] {
        let select = "SELECT \(Column.selection()) FROM \(table)"
        guard let ids else { return try Row.fetchAll(db, sql: select + " ORDER BY id") }
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: select + " WHERE id IN (\(Self.list(ids.sorted()))) ORDER BY id")
    }

    // MARK: - Records

    /// Reads schools, all or those with the given ids.
    private func readSchools(ids: Set<Int64>?, into assembly: inout GradebookAssembly) throws {
        typealias Column = SchoolColumn
        for row in try rows(Column.self, of: "schools", ids: ids) {
            assembly.schoolRefs[row[Column.id]] = row[Column.ref]
            assembly.imports.insert(row[Column.importID])
            assembly.book.schools.append(
                School(
                    id: row[Column.ref], name: row[Column.name], bin: row[Column.bin],
                    source: Self.reference(row, Column.self)))
        }
    }

    /// Reads terms, all or those with the given ids.
    private func readTerms(ids: Set<Int64>?, into assembly: inout GradebookAssembly) throws {
        typealias Column = TermColumn
        for row in try rows(Column.self, of: "terms", ids: ids) {
            assembly.termRefs[row[Column.id]] = row[Column.ref]
            assembly.imports.insert(row[Column.importID])
            assembly.book.terms.append(
                Term(
                    id: row[Column.ref], schoolYear: row[Column.schoolYear],
                    kind: (row[Column.kind] as String?).flatMap(Term.Kind.init(rawValue:)), number: row[Column.number],
                    start: row[Column.startDate], end: row[Column.endDate], name: row[Column.name],
                    source: Self.reference(row, Column.self)))
        }
    }

    /// Reads subjects, all or those with the given ids.
    private func readSubjects(ids: Set<Int64>?, into assembly: inout GradebookAssembly) throws {
        typealias Column = SubjectColumn
        for row in try rows(Column.self, of: "subjects", ids: ids) {
            assembly.subjectRefs[row[Column.id]] = row[Column.ref]
            assembly.imports.insert(row[Column.importID])
            assembly.book.subjects.append(
                Subject(id: row[Column.ref], name: row[Column.name], source: Self.reference(row, Column.self)))
        }
    }

    /// Adds classes (`ClassColumn` rows), naming the schools read before.
    private func addClasses(_ rows: [Row], to assembly: inout GradebookAssembly) {
        typealias Column = ClassColumn
        for row in rows {
            assembly.classRefs[row[Column.id]] = row[Column.ref]
            assembly.imports.insert(row[Column.importID])
            let school = (row[Column.schoolID] as Int64?).flatMap { assembly.schoolRefs[$0] }
            assembly.book.classes.append(
                SchoolClass(
                    id: row[Column.ref], name: row[Column.name], grade: row[Column.grade], school: school,
                    source: Self.reference(row, Column.self)))
        }
    }

    /// Adds assessments (`AssessmentColumn` rows), naming the subjects, classes and terms read before.
    private func addAssessments(_ rows: [Row], to assembly: inout GradebookAssembly) {
        typealias Column = AssessmentColumn
        for row in rows {
            assembly.assessmentRefs[row[Column.id]] = row[Column.ref]
            assembly.imports.insert(row[Column.importID])
            let subject = (row[Column.subjectID] as Int64?).flatMap { assembly.subjectRefs[$0] }
            let schoolClass = (row[Column.classID] as Int64?).flatMap { assembly.classRefs[$0] }
            let term = (row[Column.termID] as Int64?).flatMap { assembly.termRefs[$0] }
            assembly.book.assessments.append(
                Assessment(
                    id: row[Column.ref], title: row[Column.title],
                    kind: AssessmentKind(rawValue: row[Column.kind]) ?? .other,
                    number: row[Column.number], maxScore: DecimalNumber(stored: row[Column.maxScore]), subject: subject,
                    class: schoolClass, term: term, date: row[Column.date], category: row[Column.category],
                    source: Self.reference(row, Column.self)))
        }
    }

    /// Reads the people the condition (a `WHERE` clause on `people`, aliased `p`, or nothing)
    /// selects, with their ids on other platforms.
    private func readPeople(where condition: String, into assembly: inout GradebookAssembly) throws {
        typealias Column = PersonColumn
        let external = try db.cachedStatement(
            sql: "SELECT value FROM person_keys WHERE person_id = ? AND kind = 'external' ORDER BY id")
        let people = try Row.fetchCursor(
            db, sql: "SELECT \(Column.selection(as: "p")) FROM people p \(condition) ORDER BY p.id")
        while let row = try people.next() {
            let id: Int64 = row[Column.id]
            assembly.personRefs[id] = row[Column.ref]
            assembly.imports.insert(row[Column.importID])
            let externalIDs = try String.fetchAll(external, arguments: [id]).map(Self.externalID)
            assembly.book.people.append(
                Person(
                    id: row[Column.ref], role: Person.Role(rawValue: row[Column.role]) ?? .student,
                    familyName: row[Column.familyName], givenName: row[Column.givenName],
                    patronymic: row[Column.patronymic], email: row[Column.email], iin: row[Column.iin],
                    externalIds: externalIDs, source: Self.reference(row, Column.self)))
        }
    }

    /// An id on another platform, as stored in `person_keys` (`platform:id`).
    private static func externalID(_ value: String) -> Person.ExternalID {
        let parts = value.split(separator: ":", maxSplits: 1)
        return Person.ExternalID(platform: PlatformID(parts[0]), id: parts.count > 1 ? String(parts[1]) : "")
    }

    /// Adds enrollments (`EnrollmentColumn` rows) of the people and classes read before.
    private func addEnrollments(_ rows: [Row], to assembly: inout GradebookAssembly) {
        typealias Column = EnrollmentColumn
        for row in rows {
            guard let person = assembly.personRefs[row[Column.personID]],
                let schoolClass = assembly.classRefs[row[Column.classID]]
            else { continue }
            let subject = (row[Column.subjectID] as Int64?).flatMap { assembly.subjectRefs[$0] }
            assembly.book.enrollments.append(
                Enrollment(
                    person: person, class: schoolClass, subject: subject,
                    role: Person.Role(rawValue: row[Column.role]) ?? .student))
        }
    }

    /// Reads the results the clause (a `WHERE` clause on `results`, aliased `r`, or nothing)
    /// selects, by assessment (in the order the assessments were first imported), then student.
    private func readResults(where clause: String, into assembly: inout GradebookAssembly) throws {
        typealias Column = ResultColumn
        let results = try Row.fetchCursor(
            db,
            sql: "SELECT \(Column.selection(as: "r")) FROM results r \(clause) ORDER BY r.assessment_id, r.person_id")
        while let row = try results.next() {
            guard let person = assembly.personRefs[row[Column.personID]],
                let assessment = assembly.assessmentRefs[row[Column.assessmentID]]
            else { continue }
            let importID: Int64 = row[Column.importID]
            assembly.imports.insert(importID)
            assembly.book.results.append(
                AssessmentResult(
                    person: person, assessment: assessment,
                    status: ResultStatus(rawValue: row[Column.status]) ?? .graded,
                    score: DecimalNumber(stored: row[Column.score]),
                    maxScore: DecimalNumber(stored: row[Column.maxScore]),
                    raw: row[Column.raw], comment: row[Column.comment], late: Bool(stored: row[Column.late]),
                    draft: Bool(stored: row[Column.draft]),
                    source: Self.reference(row, Column.self) ?? SourceReference(source: Self.sourceID(importID))))
        }
    }

    /// Sets the gradebook's sources: the imports its records came from.
    private func readSources(into assembly: inout GradebookAssembly) throws {
        typealias Column = ImportColumn
        guard !assembly.imports.isEmpty else { return }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(Column.selection()) FROM imports WHERE id IN (\(Self.list(assembly.imports))) ORDER BY id
                """)
        assembly.book.sources = rows.map { row in
            Source(
                id: Self.sourceID(row[Column.id]), file: row[Column.file] ?? "", platform: row[Column.platform] ?? "",
                export: row[Column.export] ?? "", sha256: row[Column.sha256], rows: row[Column.rows])
        }
    }

    /// A record's source reference: its import, and the file, line and column it was read from.
    private static func reference<Column: ProvenanceColumns>(_ row: Row, _: Column.Type) -> SourceReference? {
        guard let importID = row[Column.importID] as Int64? else { return nil }
        return SourceReference(
            source: sourceID(importID), file: row[Column.sourceFile], line: row[Column.sourceLine],
            column: row[Column.sourceColumn])
    }
}
