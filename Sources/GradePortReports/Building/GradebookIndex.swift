import GradePortCore

/// The gradebook's records by id, and the orders rows are sorted in, built once per report.
struct GradebookIndex {
    let book: Gradebook
    private(set) var assessments: [Assessment.ID: Assessment] = [:]
    private(set) var people: [Person.ID: (rank: Int, person: Person)] = [:]
    private(set) var classes: [SchoolClass.ID: (rank: Int, schoolClass: SchoolClass)] = [:]
    private(set) var subjects: [Subject.ID: (rank: Int, subject: Subject)] = [:]
    private(set) var terms: [Term.ID: Term] = [:]
    /// The first class each student is enrolled in, for results whose assessment names no class.
    private(set) var homeClass: [Person.ID: SchoolClass.ID] = [:]
    /// The students of each class, in enrollment order, with the subject of the enrollment.
    private(set) var classStudents: [SchoolClass.ID: [(person: Person.ID, subject: Subject.ID?)]] = [:]

    init(_ book: Gradebook) {
        self.book = book
        for assessment in book.assessments where assessments[assessment.id] == nil {
            assessments[assessment.id] = assessment
        }
        for (rank, person) in book.people.enumerated() where people[person.id] == nil {
            people[person.id] = (rank, person)
        }
        for (rank, schoolClass) in book.classes.enumerated() where classes[schoolClass.id] == nil {
            classes[schoolClass.id] = (rank, schoolClass)
        }
        for (rank, subject) in book.subjects.enumerated() where subjects[subject.id] == nil {
            subjects[subject.id] = (rank, subject)
        }
        for term in book.terms where terms[term.id] == nil { terms[term.id] = term }
        for enrollment in book.enrollments where enrollment.role == .student {
            if homeClass[enrollment.person] == nil { homeClass[enrollment.person] = enrollment.class }
            classStudents[enrollment.class, default: []].append((enrollment.person, enrollment.subject))
        }
    }

    /// Whether the person is a student (or unknown, which a result implies).
    func isStudent(_ id: Person.ID) -> Bool {
        people[id].map { $0.person.role == .student } ?? true
    }

    /// The student as a report names them.
    func student(_ id: Person.ID) -> ReportStudent {
        let name = people[id]?.person.fullName ?? ""
        return ReportStudent(id: id.rawValue, fullName: name.isEmpty ? id.rawValue : name)
    }

    /// A term by id; a term the gradebook does not list is known by its id alone.
    /// How reports name a class's school: its name, else its BIN, else its id; `nil` for a class
    /// without a school.
    func schoolName(of schoolClass: SchoolClass?) -> String? {
        guard let id = schoolClass?.school else { return nil }
        let school = book.schools.first { $0.id == id }
        return school?.name ?? school?.bin ?? id.rawValue
    }

    func term(_ id: Term.ID) -> Term {
        terms[id] ?? Term(id: id, schoolYear: SchoolYear(termID: id.rawValue)?.description)
    }
}
