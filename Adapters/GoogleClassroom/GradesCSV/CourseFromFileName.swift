import GradePortCore

/// The class and subject a grades CSV is about, read from its file name.
///
/// The CSV carries neither. A teacher's file is usually named after the course, as Classroom or the
/// teacher named it: `7А Алгебра - grades.csv`, `7A_Physics.csv`, `7A-physics-grades.csv`; the
/// core's ``CourseName`` reads the class and subject from it. A file name without a class word
/// gives one class named after the file and no subject.
struct CourseFromFileName: Sendable, Hashable {
    /// The class name (`7А`) or, when the file names no class, the file's base name.
    var className: String
    /// The grade read from the class name (7 for `7А`).
    var grade: Int?
    /// The subject, as written in the file name.
    var subject: String?
    /// Whether the class name came from a class word (rather than the whole file name).
    var namesClass: Bool

    /// Reads a file's base name (without extension).
    init(baseName: String) {
        if let course = CourseName(baseName) {
            className = course.className
            grade = course.grade
            subject = course.subject
            namesClass = true
        } else {
            className = baseName
            grade = nil
            subject = nil
            namesClass = false
        }
    }

    /// The key assessments of this file are named under: class and subject.
    var courseKey: String {
        subject.map { className + ":" + $0.lowercased() } ?? className
    }
}
