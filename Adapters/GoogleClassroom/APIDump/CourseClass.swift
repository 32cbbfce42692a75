import GradePortCore

/// The class and subject a Classroom course stands for.
///
/// The class comes from the course's `section` when it names one (`7А`, or a bare grade `7` as the
/// whole section), else from the course name (`7А Физика`, read by ``CourseName``), else it is the
/// course name itself. The subject comes from the course name without the class word
/// (`7А Физика` → `Физика`), or is the whole course name when the class came from the section.
struct CourseClass: Sendable, Hashable {
    /// The class name.
    var className: String
    /// The grade read from the class name.
    var grade: Int?
    /// The subject name, when the course name has more than a class word.
    var subject: String?
    /// Where the class name came from, for the diagnostic: `section`, `course name`.
    var classOrigin: String

    /// Reads a course's name and section.
    init(name: String, section: String?) {
        let fromName = CourseName(name)
        if let section, let fromSection = Self.sectionClass(section) {
            className = fromSection.description
            grade = fromSection.grade
            classOrigin = "section"
            let whole = name.trimmed(of: " ")
            subject = fromName?.subject ?? (whole.isEmpty ? nil : whole)
        } else if let fromName {
            className = fromName.className
            grade = fromName.grade
            classOrigin = "course name"
            subject = fromName.subject
        } else {
            className = name
            grade = nil
            classOrigin = "course name (no class word in section or name)"
            subject = nil
        }
    }

    /// A section names a class when it holds a class word with its letter (`7А`, `7А группа 1`), or
    /// is a bare grade on its own (`7`); `Period 2` names none.
    private static func sectionClass(_ section: String) -> ClassName? {
        if let course = CourseName(section) { return ClassName(parsing: course.className) }
        let trimmed = section.trimmed(of: " ")
        guard trimmed.allSatisfy(\.isNumber) else { return nil }
        return ClassName(parsing: trimmed)
    }
}
