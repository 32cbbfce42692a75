import GradePortCore

/// Builds small gradebooks for report tests, record by record.
struct GradebookMaker {
    var book = Gradebook()
    private var line = 1

    mutating func schoolClass(_ id: String, _ name: String, grade: Int? = nil, school: String? = nil) {
        book.classes.append(
            SchoolClass(
                id: .init(rawValue: id), name: name, grade: grade, school: school.map(School.ID.init(rawValue:))))
    }

    mutating func school(_ id: String, _ name: String) {
        book.schools.append(School(id: .init(rawValue: id), name: name))
    }

    mutating func subject(_ id: String, _ name: String) {
        book.subjects.append(Subject(id: .init(rawValue: id), name: name))
    }

    mutating func term(
        _ id: String, year: String? = nil, kind: Term.Kind? = .quarter, number: Int? = nil, name: String? = nil,
        start: String? = nil
    ) {
        book.terms.append(
            Term(id: .init(rawValue: id), schoolYear: year, kind: kind, number: number, start: start, name: name))
    }

    mutating func student(_ id: String, _ family: String, _ given: String, in classID: String? = nil) {
        book.people.append(Person(id: .init(rawValue: id), familyName: family, givenName: given))
        if let classID {
            book.enrollments.append(Enrollment(person: .init(rawValue: id), class: .init(rawValue: classID)))
        }
    }

    mutating func assessment(
        _ id: String, _ title: String, _ kind: AssessmentKind, max: String? = nil, subject: String? = "math",
        class classID: String? = "7a", term: String? = "q1"
    ) {
        book.assessments.append(
            Assessment(
                id: .init(rawValue: id), title: title, kind: kind, maxScore: max.flatMap { DecimalNumber(parsing: $0) },
                subject: subject.map(Subject.ID.init(rawValue:)), class: classID.map(SchoolClass.ID.init(rawValue:)),
                term: term.map(Term.ID.init(rawValue:))))
    }

    mutating func result(
        _ person: String, _ assessment: String, _ score: String?, max: String? = nil, status: ResultStatus = .graded,
        raw: String? = nil
    ) {
        line += 1
        book.results.append(
            AssessmentResult(
                person: .init(rawValue: person), assessment: .init(rawValue: assessment), status: status,
                score: score.flatMap { DecimalNumber(parsing: $0) },
                maxScore: max.flatMap { DecimalNumber(parsing: $0) },
                raw: raw ?? score, source: SourceReference(source: "s1", line: line)))
    }

    /// 7А (grade 7), Математика, 2025-2026 Q1 with ФО /10, СОР 1 /15, СОР 2 /10, СОЧ /20 and three students.
    static func quarter() -> GradebookMaker {
        var maker = GradebookMaker()
        maker.schoolClass("7a", "7А", grade: 7)
        maker.subject("math", "Математика")
        maker.term("q1", year: "2025-2026", number: 1, name: "1 четверть")
        maker.student("p1", "Ахметов", "Нұрлан", in: "7a")
        maker.student("p2", "Иванова", "Мария", in: "7a")
        maker.student("p3", "Ким", "Алексей", in: "7a")
        maker.assessment("fo1", "ФО 1", .formative, max: "10")
        maker.assessment("fo2", "ФО 2", .formative, max: "10")
        maker.assessment("sor1", "СОР 1", .sectionSummative, max: "15")
        maker.assessment("sor2", "СОР 2", .sectionSummative, max: "10")
        maker.assessment("soch", "СОЧ", .termSummative, max: "20")
        return maker
    }
}
