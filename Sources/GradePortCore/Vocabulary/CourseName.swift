/// A class and a subject read from a course's, team's or export file's name.
///
/// Platforms and teachers name a class's course the way the school does: `7А Физика`, `Физика 7А`,
/// `7A-Physics`, `7А Алгебра - grades`. The class is the first word that is a class name with a
/// letter (read by ``ClassName``); the subject is the run of words next to it (after it, else before
/// it) up to a number or a word that only describes the export (`grades`, `оценки`, `бағалар`, …).
///
/// ```swift
/// CourseName("7А Физика grades")     // class 7А, subject Физика
/// CourseName("Физика 7А")            // class 7А, subject Физика
/// CourseName("7A-grades-bom")        // class 7А, no subject
/// CourseName("Physics club")         // nil
/// ```
public struct CourseName: Hashable, Sendable {
    /// The class's name, normalised (`7А`).
    public var className: String
    /// The grade (year of schooling).
    public var grade: Int?
    /// The subject, when the name gives one.
    public var subject: String?

    /// Words that describe the export rather than the subject; they end a subject.
    public static let exportWords: Set<String> = [
        "grades", "grade", "marks", "export", "teams", "gradebook", "journal", "excel", "csv", "bom", "unicode",
        "utf8", "utf-8", "cp1251", "оценки", "отметки", "журнал", "экспорт", "бағалар", "баға", "журналы", "class",
        "класс", "сынып",
    ]

    /// Reads a display name or a file's base name; `nil` when no word is a class name.
    public init?(_ text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "." || $0 == "," })
            .map(String.init)
        guard let classIndex = words.firstIndex(where: { ClassWord($0) != nil }),
            let word = ClassWord(words[classIndex])
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

/// One word that names a school class with its letter.
///
/// `7А`, `11Б`, `7A` (an unambiguous Latin look-alike, made Cyrillic by ``ClassName``), `10Ә`. A
/// bare number is no class here: in a file or team name it is more often a quarter or a page.
struct ClassWord: Hashable, Sendable {
    /// The normalised name, as ``ClassName`` writes it.
    var name: String
    /// The grade, 0–12.
    var grade: Int

    /// Reads a word; `nil` unless it is a class name with a letter.
    init?(_ word: String) {
        guard let digit = word.first, digit.isASCII, digit.isNumber, let parsed = ClassName(parsing: word),
            parsed.letter != nil
        else { return nil }
        name = parsed.description
        grade = parsed.grade
    }
}
