import GradePortCore

/// A class name and a subject read from a team's display name or an export's file name.
///
/// Teams names a class team the way the school does: `7А Физика`, `Физика 7А`, `7A-Physics`. The
/// class is the first word that is a class name (a grade 1–12 and a letter, Latin look-alikes of
/// Cyrillic letters allowed); the subject is the run of words next to it (after it, else before it)
/// up to a number or a word that only describes the export (`grades`, `оценки`, `бағалар`, …).
///
/// ```swift
/// ClassAndSubjectName("7А Физика grades")     // class 7А, subject Физика
/// ClassAndSubjectName("Физика 7А")            // class 7А, subject Физика
/// ClassAndSubjectName("7A-grades-bom")        // class 7А, no subject
/// ClassAndSubjectName("Physics club")         // nil
/// ```
struct ClassAndSubjectName: Hashable, Sendable {
    /// The class's name, normalised (`7А`).
    var className: String
    /// The grade (year of schooling).
    var grade: Int?
    /// The subject, when the name gives one.
    var subject: String?

    /// Words that describe the export rather than the subject; they end a subject.
    static let exportWords: Set<String> = [
        "grades", "grade", "marks", "export", "teams", "gradebook", "excel", "csv", "bom", "unicode", "utf8",
        "utf-8", "cp1251", "оценки", "отметки", "журнал", "экспорт", "бағалар", "баға", "журналы", "class",
        "класс", "сынып",
    ]

    /// Reads a display name or a file's base name; `nil` when no word is a class name.
    init?(_ text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "." || $0 == "," })
            .map(String.init)
        guard let classIndex = words.firstIndex(where: { SchoolClassWord($0) != nil }),
            let word = SchoolClassWord(words[classIndex])
        else { return nil }
        className = word.name
        grade = word.grade
        func isSubjectWord(_ word: String) -> Bool {
            word.allSatisfy(\.isLetter) && !Self.exportWords.contains(word.lowercased())
        }
        let after = words[(classIndex + 1)...].prefix(while: isSubjectWord)
        let before = words[..<classIndex].reversed().prefix(while: isSubjectWord).reversed()
        let subjectWords = after.isEmpty ? Array(before) : Array(after)
        subject = subjectWords.isEmpty ? nil : subjectWords.joined(separator: " ")
    }
}

/// One word that names a school class: `7А`, `11Б`, `7A` (Latin look-alike), `10Ә`.
struct SchoolClassWord: Hashable, Sendable {
    /// The normalised name: the grade's digits and the upper-case Cyrillic letter.
    var name: String
    /// The grade, 1–12.
    var grade: Int

    /// Latin letters that look like Cyrillic class letters, as people type them.
    private static let lookAlikes: [Character: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "T": "Т",
        "X": "Х",
    ]

    /// Reads a word; `nil` unless it is one or two digits (1–12) followed by one letter.
    init?(_ word: String) {
        let digits = word.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard (1...2).contains(digits.count), let grade = Int(digits), (1...12).contains(grade) else { return nil }
        let rest = word.dropFirst(digits.count)
        guard rest.count == 1, let letter = rest.first, letter.isLetter else { return nil }
        let upper = Character(letter.uppercased())
        let cyrillic = Self.lookAlikes[upper] ?? upper
        guard cyrillic.unicodeScalars.allSatisfy({ (0x0400...0x04FF).contains($0.value) }) else { return nil }
        self.name = "\(grade)\(cyrillic)"
        self.grade = grade
    }
}
