import GradePortCore

/// The class and subject a Classroom course stands for.
///
/// The class comes from the course's `section` when it names one (`7А`), else from a class word in
/// the course name (`7А Физика`), else it is the course name itself. The subject is the course name
/// without the class word (`7А Физика` → `Физика`); a name that is only a class word gives none.
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
        let nameWords = Self.words(name)
        let sectionClass = section.flatMap { Self.classWord(in: Self.words($0)) }
        let nameClass = Self.classWord(in: nameWords)
        if let word = (sectionClass ?? nameClass).flatMap({ ClassWord($0) }) {
            className = word.name
            grade = word.grade
            classOrigin = sectionClass != nil ? "section" : "course name"
        } else {
            className = name
            grade = nil
            classOrigin = "course name (no class word in section or name)"
        }
        if let nameClass {
            let rest = nameWords.filter { $0 != nameClass }.joined(separator: " ").trimmed(of: " -–—,:/")
            subject = rest.isEmpty ? nil : rest
        } else if sectionClass != nil {
            let whole = name.trimmed(of: " ")
            subject = whole.isEmpty ? nil : whole
        } else {
            subject = nil
        }
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" }).map(String.init)
    }

    /// The first word that names a class with its letter (`7А`); a bare number (`Period 2`) is a
    /// class only when it is the whole text.
    private static func classWord(in words: [String]) -> String? {
        if let lettered = words.first(where: { ClassWord($0)?.hasLetter == true }) { return lettered }
        return words.count == 1 && ClassWord(words[0]) != nil ? words[0] : nil
    }
}
