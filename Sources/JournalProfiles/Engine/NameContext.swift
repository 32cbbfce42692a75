import Foundation
import GradePortCore
import TableReader

/// The class, subject, quarter and school year a piece of text names: a file name
/// (`7А Математика 2 четверть 2025-2026`), a sheet name, or the preamble rows above a header
/// (`Класс: 7А`, `Пән: Математика`).
struct NameContext: Equatable {
    /// The class (`7А`).
    var className: String?
    /// The grade of the class.
    var grade: Int?
    /// The subject.
    var subject: String?
    /// The quarter, 1–4.
    var quarter: Int?
    /// The school year, `2025-2026`.
    var schoolYear: String?
    /// The school a preamble names (`Школа: …`, `Мектеп: …`, `Организация: …`, `БИН: …`).
    var school: SchoolScope?

    /// Words that describe the export rather than the subject; they end a subject.
    static let exportWords: Set<String> = [
        "grades", "grade", "marks", "export", "journal", "gradebook", "excel", "csv", "bom", "utf8", "cp1251",
        "оценки", "отметки", "журнал", "экспорт", "ведомость", "бағалар", "баға", "журналы", "класс", "сынып",
        "четверть", "четв", "тоқсан", "токсан", "quarter", "term", "sample", "группы", "группа", "сводная",
        "сводный", "итоги",
    ]

    private static let yearPattern = try! NSRegularExpression(
        pattern: "(20[0-9]{2})\\s*[-–/_]\\s*(20[0-9]{2}|[0-9]{2})")
    private static let quarterPatterns = [
        try! NSRegularExpression(
            pattern: "(?<![0-9])([1-4]|IV|I{1,3})\\s*[-–]?\\s*(?:я|й|ші|шы|ая|th|st|nd|rd)?\\s*"
                + "(?:четверть|четв|тоқсан|токсан|quarter|term|ч\\b)",
            options: [.caseInsensitive]),
        try! NSRegularExpression(
            pattern: "(?:четверть|тоқсан|токсан|quarter|term|\\bQ)\\s*[-–:№]?\\s*([1-4]|IV|I{1,3})(?![0-9])",
            options: [.caseInsensitive]),
    ]

    /// Reads a file or sheet name.
    init(name: String) {
        let range = NSRange(name.startIndex..., in: name)
        if let match = Self.yearPattern.firstMatch(in: name, range: range),
            let first = Range(match.range(at: 1), in: name), let second = Range(match.range(at: 2), in: name),
            let start = Int(name[first])
        {
            let end = name[second].count == 2 ? (start / 100) * 100 + Int(name[second])! : Int(name[second])!
            if end == start + 1 { schoolYear = "\(start)-\(end)" }
        }
        for pattern in Self.quarterPatterns {
            if let match = pattern.firstMatch(in: name, range: range), let number = Range(match.range(at: 1), in: name)
            {
                quarter = Self.quarterNumber(String(name[number]))
                if quarter != nil { break }
            }
        }
        let words = name.split(whereSeparator: { " _-.,()".contains($0) }).map(String.init)
        guard let classIndex = words.firstIndex(where: { Self.classWord($0) != nil }),
            let parsed = Self.classWord(words[classIndex])
        else { return }
        className = parsed.description
        grade = parsed.grade
        func isSubjectWord(_ word: String) -> Bool {
            word.allSatisfy(\.isLetter) && !Self.exportWords.contains(word.lowercased())
                && Self.quarterNumber(word) == nil
        }
        let after = words[(classIndex + 1)...].prefix(while: isSubjectWord)
        let before = words[..<classIndex].reversed().prefix(while: isSubjectWord).reversed()
        let subjectWords = after.isEmpty ? Array(before) : Array(after)
        subject = subjectWords.isEmpty ? nil : subjectWords.joined(separator: " ")
    }

    /// Reads `label: value` pairs from preamble rows (in one cell, or a label cell then a value cell).
    init(preamble: [CSVRow]) {
        for row in preamble {
            let cells = row.indices.filter { !row.isBlank($0) }.map { row[$0].trimmedCell }
            var pairs: [(String, String)] = []
            for (position, cell) in cells.enumerated() {
                if let colon = cell.firstIndex(of: ":") {
                    let label = String(cell[..<colon])
                    let value = cell[cell.index(after: colon)...].trimmedCell
                    if !value.isEmpty {
                        pairs.append((label, value))
                    } else if position + 1 < cells.count {
                        pairs.append((label, cells[position + 1]))
                    }
                } else if position + 1 < cells.count, Self.labels.contains(where: { $0.value.matchesWhole(cell) }) {
                    pairs.append((cell, cells[position + 1]))
                }
            }
            for (label, value) in pairs {
                guard let field = Self.labels.first(where: { $0.value.matchesWhole(label) })?.key else { continue }
                switch field {
                case "class":
                    if let parsed = ClassName(parsing: value) {
                        className = parsed.description
                        grade = parsed.grade
                    } else {
                        className = value
                    }
                case "subject": subject = value
                case "textbook":
                    // `Учебник: Математика, 7 класс`: the textbook's name before the first comma.
                    subject = (value.split(separator: ",").first.map(String.init) ?? value).trimmedCell
                case "term": quarter = Self.quarterNumber(value) ?? NameContext(name: value + " четверть").quarter
                case "year": schoolYear = NameContext(name: value).schoolYear
                case "school":
                    if let named = SchoolScope(parsing: value) {
                        school = SchoolScope(name: named.name, bin: school?.bin)
                    }
                case "bin":
                    if let named = SchoolScope(parsing: value), let bin = named.bin {
                        school = SchoolScope(name: school?.name, bin: bin)
                    }
                default: break
                }
            }
        }
    }

    /// Preamble labels by the field they name.
    private static let labels: [String: WordList] = [
        "class": ["Класс", "Сынып", "Class", "Группа", "Klass"],
        "subject": ["Предмет", "Пән", "Subject", "Дисциплина"],
        "textbook": ["Учебник", "Оқулық", "Textbook", "Õpik"],
        "term": ["Четверть", "Тоқсан", "Quarter", "Term", "Период", "Кезең"],
        "year": ["Учебный год", "Оқу жылы", "School year", "Год"],
        "school": ["Школа", "Мектеп", "Организация", "Организация образования", "Білім беру ұйымы", "School"],
        "bin": ["БИН", "БСН", "BIN"],
    ]

    private static func classWord(_ word: String) -> ClassName? {
        guard let digit = word.first, digit.isASCII, digit.isNumber, let parsed = ClassName(parsing: word),
            parsed.letter != nil
        else { return nil }
        return parsed
    }

    private static func quarterNumber(_ text: String) -> Int? {
        switch text.trimmedCell.uppercased() {
        case "1", "I": return 1
        case "2", "II": return 2
        case "3", "III": return 3
        case "4", "IV": return 4
        default: return nil
        }
    }
}
