import Foundation
import GradePortCore
import TableReader

/// The class and subject written above a results table's header (`Класс: 7А`, `Предмет: …`,
/// `Сынып: 7А`, `Пән: …`), or else in the file name (`7А результаты тестов.csv`).
struct LongPreamble {
    /// The class name (`7А`).
    var className: String?
    /// The subject.
    var subject: String?
    /// Where each came from, for notes.
    var notes: [String] = []

    static let classLabels: Set<String> = ["класс", "сынып", "class"]
    static let subjectLabels: Set<String> = ["предмет", "пән", "subject"]

    /// Reads the rows above the header, then the file name.
    init(preamble: [CSVRow], fileBaseName: String) {
        for row in preamble {
            for cell in row.strings() {
                guard let colon = cell.firstIndex(of: ":") else { continue }
                let label = cell[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = cell[cell.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                if className == nil, Self.classLabels.contains(label) {
                    className = ClassName(parsing: value)?.description ?? value
                    notes.append("class '\(className!)' taken from the rows above the header")
                } else if subject == nil, Self.subjectLabels.contains(label) {
                    subject = value
                    notes.append("subject '\(value)' taken from the rows above the header")
                }
            }
        }
        if className == nil, let course = CourseName(fileBaseName) {
            className = course.className
            notes.append("class '\(course.className)' taken from the file name")
        }
    }
}
