import GradePortCore

/// The class and subject a grades CSV is about, read from its file name.
///
/// The CSV carries neither. A teacher's file is usually named after the course, as Classroom or the
/// teacher named it: `7А Алгебра - grades.csv`, `7A_Physics.csv`, `7A-physics-grades.csv`. The
/// first word that names a class (`7А`, `11Б`, `7A`) gives the class; the other words, up to a word
/// like `grades`, give the subject. A file name without a class word gives one class named after
/// the file and no subject.
struct CourseFromFileName: Sendable, Hashable {
    /// The class name (`7А`) or, when the file names no class, the file's base name.
    var className: String
    /// The grade read from the class name (7 for `7А`).
    var grade: Int?
    /// The subject, as written in the file name.
    var subject: String?
    /// Whether the class name came from a class word (rather than the whole file name).
    var namesClass: Bool

    /// Words that end the subject part of a file name.
    private static let stopWords: Set<String> = [
        "grades", "grade", "оценки", "бағалар", "gradebook", "journal", "журнал", "export", "marks",
    ]

    /// Reads a file's base name (without extension).
    init(baseName: String) {
        let words = baseName.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "–" })
            .map(String.init)
        guard let classIndex = words.firstIndex(where: { ClassWord($0) != nil }),
            let word = ClassWord(words[classIndex])
        else {
            className = baseName
            grade = nil
            subject = nil
            namesClass = false
            return
        }
        className = word.name
        grade = word.grade
        namesClass = true
        var subjectWords: [String] = []
        for (index, word) in words.enumerated() where index != classIndex {
            if Self.stopWords.contains(word.lowercased()) {
                if index > classIndex { break }
                subjectWords.removeAll()
                continue
            }
            subjectWords.append(word)
        }
        subject = subjectWords.isEmpty ? nil : subjectWords.joined(separator: " ")
    }

    /// The key assessments of this file are named under: class and subject.
    var courseKey: String {
        subject.map { className + ":" + $0.lowercased() } ?? className
    }
}
