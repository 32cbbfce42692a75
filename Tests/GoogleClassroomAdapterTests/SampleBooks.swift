import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting

/// The package's fixtures, and the Classroom samples read the way `gradeport convert` reads them.
enum SampleBooks {
    /// Paths under `Samples/`.
    static let fixtures = Fixtures()

    /// The path of a Classroom sample such as `bad/empty.csv`.
    static func path(_ name: String) -> String { fixtures.sample("GoogleClassroom/" + name) }

    /// A Classroom sample read with the adapter.
    static func read(_ name: String) throws -> Gradebook {
        try fixtures.read(path(name), with: GoogleClassroomPlatform())
    }
}

extension Gradebook {
    /// The result of a student (by e-mail) for the assessment whose title starts with `title`.
    func result(email: String, title: String) -> AssessmentResult? {
        guard let person = people.first(where: { $0.email?.lowercased() == email.lowercased() }),
            let assessment = assessments.first(where: { $0.title.hasPrefix(title) })
        else { return nil }
        return results.first { $0.person == person.id && $0.assessment == assessment.id }
    }

    /// The diagnostics with a code, as `severity code line:column` strings, for exact comparison.
    func located(_ code: DiagnosticCode) -> [String] {
        diagnostics.filter { $0.code == code }.map {
            "\($0.severity.rawValue) \($0.code) \($0.line.map(String.init) ?? "-"):\($0.column.map(String.init) ?? "-")"
        }
    }
}
