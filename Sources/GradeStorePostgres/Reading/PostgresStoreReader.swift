import GradePortCore
import GradeStore

/// Reads a ``Gradebook`` out of a PostgreSQL store, as the SQLite store's reader does: the same
/// records, ids, sources and order (see ``GradeStore/gradebook(matching:)``).
struct PostgresStoreReader {
    let link: PostgresLink
    let displayName: String

    /// The gradebook the filter selects.
    func gradebook(matching filter: GradebookFilter) throws -> Gradebook {
        let scope = try resolve(filter)
        var assembly = GradebookAssembly()

        let assessments = try link.rows(
            """
            SELECT \(AssessmentColumn.selection(as: "a")) FROM assessments a WHERE \(scope.assessmentCondition)
            ORDER BY a.id
            """)
        let classIDs = Set(assessments.compactMap { $0.int64(AssessmentColumn.classID.rawValue) })
            .union(scope.classes ?? [])
        let assessmentSubjectIDs = assessments.compactMap { $0.int64(AssessmentColumn.subjectID.rawValue) }
        let enrollmentCondition = Self.enrollmentCondition(
            scope, classIDs: classIDs, subjectIDs: Set(assessmentSubjectIDs).union(scope.subjects ?? []))
        let enrollments = try link.rows(
            """
            SELECT \(EnrollmentColumn.selection(as: "e")) FROM enrollments e WHERE \(enrollmentCondition)
            ORDER BY e.id
            """)
        let subjectIDs = Set(
            assessmentSubjectIDs + enrollments.compactMap { $0.int64(EnrollmentColumn.subjectID.rawValue) }
        ).union(scope.subjects ?? [])
        let termIDs = Set(assessments.compactMap { $0.int64(AssessmentColumn.termID.rawValue) })
            .union(scope.terms ?? [])

        let everything = scope.isEverything
        let classes = try rows(ClassColumn.self, of: "classes", ids: everything ? nil : classIDs)
        let schoolIDs = Set(classes.compactMap { $0.int64(ClassColumn.schoolID.rawValue) })
        for row in try rows(SchoolColumn.self, of: "schools", ids: everything ? nil : schoolIDs) {
            typealias Column = SchoolColumn
            let id = record(row, Column.self, into: &assembly)
            assembly.schoolRefs[id] = School.ID(rawValue: row.text(Column.ref.rawValue)!)
            assembly.book.schools.append(
                School(
                    id: assembly.schoolRefs[id]!, name: row.text(Column.name.rawValue),
                    bin: row.text(Column.bin.rawValue), source: Self.reference(row, Column.self)))
        }
        for row in try rows(TermColumn.self, of: "terms", ids: everything ? nil : termIDs) {
            typealias Column = TermColumn
            let id = record(row, Column.self, into: &assembly)
            assembly.termRefs[id] = Term.ID(rawValue: row.text(Column.ref.rawValue)!)
            assembly.book.terms.append(
                Term(
                    id: assembly.termRefs[id]!, schoolYear: row.text(Column.schoolYear.rawValue),
                    kind: row.text(Column.kind.rawValue).flatMap(Term.Kind.init(rawValue:)),
                    number: row.int(Column.number.rawValue), start: row.text(Column.startDate.rawValue),
                    end: row.text(Column.endDate.rawValue), name: row.text(Column.name.rawValue),
                    source: Self.reference(row, Column.self)))
        }
        for row in try rows(SubjectColumn.self, of: "subjects", ids: everything ? nil : subjectIDs) {
            typealias Column = SubjectColumn
            let id = record(row, Column.self, into: &assembly)
            assembly.subjectRefs[id] = Subject.ID(rawValue: row.text(Column.ref.rawValue)!)
            assembly.book.subjects.append(
                Subject(
                    id: assembly.subjectRefs[id]!, name: row.text(Column.name.rawValue) ?? "",
                    source: Self.reference(row, Column.self)))
        }
        for row in classes {
            typealias Column = ClassColumn
            let id = record(row, Column.self, into: &assembly)
            assembly.classRefs[id] = SchoolClass.ID(rawValue: row.text(Column.ref.rawValue)!)
            assembly.book.classes.append(
                SchoolClass(
                    id: assembly.classRefs[id]!, name: row.text(Column.name.rawValue) ?? "",
                    grade: row.int(Column.grade.rawValue),
                    school: row.int64(Column.schoolID.rawValue).flatMap { assembly.schoolRefs[$0] },
                    source: Self.reference(row, Column.self)))
        }
        for row in assessments {
            typealias Column = AssessmentColumn
            let id = record(row, Column.self, into: &assembly)
            assembly.assessmentRefs[id] = Assessment.ID(rawValue: row.text(Column.ref.rawValue)!)
            assembly.book.assessments.append(
                Assessment(
                    id: assembly.assessmentRefs[id]!, title: row.text(Column.title.rawValue) ?? "",
                    kind: AssessmentKind(rawValue: row.text(Column.kind.rawValue) ?? "") ?? .other,
                    number: row.int(Column.number.rawValue),
                    maxScore: DecimalNumber(stored: row.int64(Column.maxScore.rawValue)),
                    subject: row.int64(Column.subjectID.rawValue).flatMap { assembly.subjectRefs[$0] },
                    class: row.int64(Column.classID.rawValue).flatMap { assembly.classRefs[$0] },
                    term: row.int64(Column.termID.rawValue).flatMap { assembly.termRefs[$0] },
                    date: row.text(Column.date.rawValue), category: row.text(Column.category.rawValue),
                    source: Self.reference(row, Column.self)))
        }

        let peopleCondition =
            everything
            ? ""
            : """
            WHERE p.id IN (SELECT r.person_id FROM results r \(scope.resultClause)
            UNION SELECT e.person_id FROM enrollments e WHERE \(enrollmentCondition))
            """
        try readPeople(where: peopleCondition, into: &assembly)
        for row in enrollments {
            typealias Column = EnrollmentColumn
            guard let person = row.int64(Column.personID.rawValue).flatMap({ assembly.personRefs[$0] }),
                let schoolClass = row.int64(Column.classID.rawValue).flatMap({ assembly.classRefs[$0] })
            else { continue }
            assembly.book.enrollments.append(
                Enrollment(
                    person: person, class: schoolClass,
                    subject: row.int64(Column.subjectID.rawValue).flatMap { assembly.subjectRefs[$0] },
                    role: Person.Role(rawValue: row.text(Column.role.rawValue) ?? "") ?? .student))
        }
        try readResults(where: scope.resultClause, into: &assembly)
        try readSources(into: &assembly)
        return assembly.book
    }

    private static func enrollmentCondition(_ scope: Scope, classIDs: Set<Int64>, subjectIDs: Set<Int64>) -> String {
        guard !scope.isEverything else { return "true" }
        var condition = "e.class_id IN (\(list(classIDs)))"
        if scope.subjects != nil || scope.terms != nil {
            condition += " AND (e.subject_id IS NULL OR e.subject_id IN (\(list(subjectIDs))))"
        }
        return condition
    }

    /// Ids as an SQL list for `IN (…)`; `NULL` (which matches nothing) when there are none.
    static func list(_ ids: some Collection<Int64>) -> String {
        ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
    }

    private func rows<Column: SelectedColumn>(_: Column.Type, of table: String, ids: Set<Int64>?) throws -> [SQLRow] {
        let select = "SELECT \(Column.selection()) FROM \(table)"
        guard let ids else { return try link.rows(select + " ORDER BY id") }
        guard !ids.isEmpty else { return [] }
        return try link.rows(select + " WHERE id IN (\(Self.list(ids.sorted()))) ORDER BY id")
    }

    /// Notes a record's import; returns its store id (column 0).
    private func record<Column: ProvenanceColumns>(
        _ row: SQLRow, _: Column.Type, into assembly: inout GradebookAssembly
    ) -> Int64 {
        if let importID = row.int64(Column.importID.rawValue) { assembly.imports.insert(importID) }
        return row.int64(0)!
    }

    private func readPeople(where condition: String, into assembly: inout GradebookAssembly) throws {
        typealias Column = PersonColumn
        var external: [Int64: [Person.ExternalID]] = [:]
        for row in try link.rows(
            "SELECT person_id, value FROM person_keys WHERE kind = 'external' ORDER BY person_id, id")
        {
            let parts = (row.text(1) ?? "").split(separator: ":", maxSplits: 1)
            external[row.int64(0)!, default: []].append(
                Person.ExternalID(
                    platform: PlatformID(String(parts.first ?? "")), id: parts.count > 1 ? String(parts[1]) : ""))
        }
        for row in try link.rows("SELECT \(Column.selection(as: "p")) FROM people p \(condition) ORDER BY p.id") {
            let id = record(row, Column.self, into: &assembly)
            let ref = Person.ID(rawValue: row.text(Column.ref.rawValue)!)
            assembly.personRefs[id] = ref
            assembly.book.people.append(
                Person(
                    id: ref, role: Person.Role(rawValue: row.text(Column.role.rawValue) ?? "") ?? .student,
                    familyName: row.text(Column.familyName.rawValue), givenName: row.text(Column.givenName.rawValue),
                    patronymic: row.text(Column.patronymic.rawValue), email: row.text(Column.email.rawValue),
                    iin: row.text(Column.iin.rawValue), externalIds: external[id] ?? [],
                    source: Self.reference(row, Column.self)))
        }
    }

    private func readResults(where clause: String, into assembly: inout GradebookAssembly) throws {
        typealias Column = ResultColumn
        let rows = try link.rows(
            "SELECT \(Column.selection(as: "r")) FROM results r \(clause) ORDER BY r.assessment_id, r.person_id")
        for row in rows {
            guard let person = row.int64(Column.personID.rawValue).flatMap({ assembly.personRefs[$0] }),
                let assessment = row.int64(Column.assessmentID.rawValue).flatMap({ assembly.assessmentRefs[$0] }),
                let importID = row.int64(Column.importID.rawValue)
            else { continue }
            assembly.imports.insert(importID)
            assembly.book.results.append(
                AssessmentResult(
                    person: person, assessment: assessment,
                    status: ResultStatus(rawValue: row.text(Column.status.rawValue) ?? "") ?? .graded,
                    score: DecimalNumber(stored: row.int64(Column.score.rawValue)),
                    maxScore: DecimalNumber(stored: row.int64(Column.maxScore.rawValue)),
                    raw: row.text(Column.raw.rawValue), comment: row.text(Column.comment.rawValue),
                    late: Bool(stored: row.int64(Column.late.rawValue)),
                    draft: Bool(stored: row.int64(Column.draft.rawValue)),
                    source: Self.reference(row, Column.self)
                        ?? SourceReference(source: Source.ID(rawValue: "import-\(importID)"))))
        }
    }

    private func readSources(into assembly: inout GradebookAssembly) throws {
        typealias Column = ImportColumn
        guard !assembly.imports.isEmpty else { return }
        let rows = try link.rows(
            "SELECT \(Column.selection()) FROM imports WHERE id IN (\(Self.list(assembly.imports))) ORDER BY id")
        assembly.book.sources = rows.map { row in
            Source(
                id: Source.ID(rawValue: "import-\(row.int64(Column.id.rawValue)!)"),
                file: row.text(Column.file.rawValue) ?? "",
                platform: PlatformID(row.text(Column.platform.rawValue) ?? ""),
                export: ExportKindID(row.text(Column.export.rawValue) ?? ""), sha256: row.text(Column.sha256.rawValue),
                rows: row.int(Column.rows.rawValue) ?? 0)
        }
    }

    private static func reference<Column: ProvenanceColumns>(_ row: SQLRow, _: Column.Type) -> SourceReference? {
        guard let importID = row.int64(Column.importID.rawValue) else { return nil }
        return SourceReference(
            source: Source.ID(rawValue: "import-\(importID)"), file: row.text(Column.sourceFile.rawValue),
            line: row.int(Column.sourceLine.rawValue), column: row.int(Column.sourceColumn.rawValue))
    }
}
