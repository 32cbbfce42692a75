import Foundation
import GradePortCore

/// A small class export built in code: one class, one subject, one term, students with marks.
///
/// Tests describe an export as a table of marks; the gradebook is what an adapter would produce
/// for it, with line and column provenance.
public struct ClassExport: Sendable {
    /// The default export: 7А physics on Teams, three students, three assessments.
    public init() {}

    /// The file name the export is imported under.
    public var file = "7A-physics.csv"
    /// The platform that wrote it.
    public var platform = "teams"
    /// The class.
    public var className = "7А"
    /// The subject.
    public var subject = "Физика"
    /// The term.
    public var term: Term.ID = "2025-2026/Q2"
    /// Assessment titles, in column order, with their maxima.
    public var assessments: [(title: String, max: Int)] = [("СОР 1", 20), ("СОР 2", 20), ("СОЧ", 25)]
    /// Per student: e-mail (the platform id), name, and one cell per assessment (nil = blank).
    public var students: [(email: String, name: String, marks: [String?])] = [
        ("aruzhan@school.kz", "Серікқызы Аружан", ["18", "17", "22"]),
        ("yerassyl@school.kz", "Нұрланұлы Ерасыл", ["15", nil, "20"]),
        ("maria@school.kz", "Иванова Мария", ["н", "19", "24"]),
    ]
    /// IINs by e-mail.
    public var iins: [String: String] = [:]
    /// The fingerprint; by default derived from the content, as a file's SHA-256 would be.
    public var sha256: String?

    /// The gradebook an adapter would read from this export.
    public var gradebook: Gradebook {
        var builder = GradebookBuilder()
        let fingerprint = sha256 ?? SHA256.hexDigest(of: Array(contentDescription.utf8))
        builder.beginSource(
            file: file, platform: PlatformID(rawValue: platform), export: "grades-csv", sha256: fingerprint)
        let classID: SchoolClass.ID = "\(platform):class:\(className)"
        let subjectID: Subject.ID = "\(platform):subject:\(subject)"
        builder.add(SchoolClass(id: classID, name: className, grade: Int(className.prefix(1))))
        builder.add(Subject(id: subjectID, name: subject))
        builder.add(Term(id: term, schoolYear: "2025-2026", kind: .quarter, number: 2))
        for (column, assessment) in assessments.enumerated() {
            builder.add(
                Assessment(
                    id: assessmentID(assessment.title), title: assessment.title,
                    kind: assessment.title.hasPrefix("СОЧ") ? .termSummative : .sectionSummative,
                    maxScore: DecimalNumber(assessment.max), subject: subjectID, class: classID, term: term,
                    source: builder.reference(line: 1, column: column + 2)))
        }
        for (index, student) in students.enumerated() {
            let line = index + 2
            builder.countRows()
            let parts = student.name.split(separator: " ").map(String.init)
            let personID = personID(student.email)
            builder.add(
                Person(
                    id: personID, familyName: parts.first, givenName: parts.dropFirst().first, email: student.email,
                    iin: iins[student.email], source: builder.reference(line: line)))
            builder.add(Enrollment(person: personID, class: classID, subject: subjectID))
            for (column, cell) in student.marks.enumerated() {
                guard let cell else { continue }
                let assessment = assessments[column]
                let score = DecimalNumber(parsing: cell, allowingDecimalComma: true)
                builder.add(
                    AssessmentResult(
                        person: personID, assessment: assessmentID(assessment.title),
                        status: score == nil ? (cell == "н" ? .absent : .missing) : .graded, score: score,
                        raw: cell, source: builder.reference(line: line, column: column + 2)))
            }
        }
        return builder.build()
    }

    /// The id the export gives a student.
    public func personID(_ email: String) -> Person.ID { "\(platform):\(email)" }

    /// The id the export gives an assessment.
    public func assessmentID(_ title: String) -> Assessment.ID { "\(platform):\(className):\(title)" }

    private var contentDescription: String {
        let marks = students.map { "\($0.email)=\($0.name)=\($0.marks.map { $0 ?? "" })" }
        return "\(file)|\(platform)|\(className)|\(subject)|\(term)|\(assessments.map { "\($0.title)/\($0.max)" })|"
            + "\(marks)|\(iins.sorted { $0.key < $1.key })"
    }

    /// The export with one student's cell changed.
    public func changing(_ email: String, _ column: Int, to cell: String?) -> ClassExport {
        var copy = self
        if let index = copy.students.firstIndex(where: { $0.email == email }) {
            copy.students[index].marks[column] = cell
        }
        return copy
    }
}
