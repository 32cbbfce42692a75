import GradePortCore

/// Small gradebooks of several inputs, written the way adapters write them, for the merge tests.
struct MergeFixture {
    /// One student row of an input.
    struct Row {
        var id: String
        var name: PersonName
        var iin: String?
        var email: String?
        var externalIds: [Person.ExternalID] = []
        var className: String?
        /// A score per assessment of the input, in order; `nil` is a blank cell.
        var scores: [DecimalNumber?]

        init(
            _ id: String, _ fullName: String, iin: String? = nil, email: String? = nil,
            externalIds: [Person.ExternalID] = [], className: String? = nil, _ scores: [DecimalNumber?]
        ) {
            self.id = id
            self.name = PersonName(fullName: fullName)
            self.iin = iin
            self.email = email
            self.externalIds = externalIds
            self.className = className
            self.scores = scores
        }
    }

    /// One assessment column.
    struct Column {
        var title: String
        var kind: AssessmentKind
        var number: Int?
        var max: DecimalNumber?
        init(_ title: String, _ kind: AssessmentKind = .sectionSummative, number: Int? = nil, max: DecimalNumber? = 20)
        {
            self.title = title
            self.kind = kind
            self.number = number
            self.max = max
        }
    }

    private(set) var builder = GradebookBuilder()

    /// Adds an input: its class (ids `PLATFORM:class:NAME`), subject, term, assessments and rows
    /// (people on lines 2, 3, …; each score in column 2, 3, …).
    mutating func input(
        _ platform: String, file: String, className: String = "7А", school: School? = nil,
        subject: String = "Математика",
        term: Term = Term(id: "2025-2026/Q2", schoolYear: "2025-2026", kind: .quarter, number: 2),
        columns: [Column] = [Column("СОР 1", number: 1)], rows: [Row]
    ) {
        builder.beginSource(file: file, platform: PlatformID(rawValue: platform), export: "test")
        if let school { builder.add(school) }
        let subjectID: Subject.ID = "\(platform):subject:\(subject)"
        builder.add(Subject(id: subjectID, name: subject))
        builder.add(term)
        func classID(_ name: String) -> SchoolClass.ID {
            let id: SchoolClass.ID = "\(platform):class:\(name)"
            builder.add(SchoolClass(id: id, name: name, grade: ClassName.grade(in: name), school: school?.id))
            return id
        }
        let defaultClass = classID(className)
        let ids = columns.map { Assessment.ID(rawValue: "\(platform):\(file):\($0.title)") }
        for (index, column) in columns.enumerated() {
            builder.add(
                Assessment(
                    id: ids[index], title: column.title, kind: column.kind, number: column.number, maxScore: column.max,
                    subject: subjectID, class: defaultClass, term: term.id,
                    source: builder.reference(line: 1, column: index + 2)))
        }
        for (line, row) in rows.enumerated() {
            builder.countRows()
            let rowClass = row.className.map(classID) ?? defaultClass
            builder.add(
                Person(
                    id: Person.ID(rawValue: row.id), familyName: row.name.familyName, givenName: row.name.givenName,
                    patronymic: row.name.patronymic, email: row.email, iin: row.iin, externalIds: row.externalIds,
                    source: builder.reference(line: line + 2)))
            builder.add(Enrollment(person: Person.ID(rawValue: row.id), class: rowClass, subject: subjectID))
            for (index, score) in row.scores.enumerated() {
                guard let score else { continue }
                builder.add(
                    AssessmentResult(
                        person: Person.ID(rawValue: row.id), assessment: ids[index], status: .graded, score: score,
                        raw: score.description,
                        source: builder.reference(line: line + 2, column: index + 2)))
            }
        }
    }

    /// The unmerged gradebook.
    var book: Gradebook { builder.build() }

    /// The gradebook merged with a preference.
    func merged(prefer preference: ConflictPreference = .last) -> Gradebook {
        GradebookMerger(preference: preference).merge(builder.build())
    }
}

extension Gradebook {
    /// The diagnostics with a code.
    func diagnostics(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

    /// The person with an id (or an id among its external ids).
    func person(_ id: String) -> Person? {
        people.first { $0.id.rawValue == id || $0.externalIds.contains { $0.id == id } }
    }

    /// The scores of a person's results, by assessment title.
    func scores(of personID: String) -> [String: DecimalNumber?] {
        guard let person = person(personID) else { return [:] }
        var scores: [String: DecimalNumber?] = [:]
        for result in results where result.person == person.id {
            let title = assessments.first { $0.id == result.assessment }?.title ?? result.assessment.rawValue
            scores[title] = result.score
        }
        return scores
    }
}
