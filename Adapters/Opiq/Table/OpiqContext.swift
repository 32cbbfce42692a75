import Foundation
import GradePortCore
import TableReader

/// The class and subject of an Opiq table, from the rows above the header (`Класс: 7А`,
/// `Учебник: Математика, 7 класс`, `Сынып: 7А`, `Оқулық: …`) or else from the file name
/// (`7А Математика Opiq.csv`).
struct OpiqContext {
    /// The class name (`7А`), unless a class column gives it per row.
    var className: String?
    /// The subject (`Математика`).
    var subject: String?
    /// Where each came from, for notes.
    var notes: [String] = []

    /// Labels of a class cell in the rows above the header, folded.
    static let classLabels: Set<String> = ["класс", "сынып", "class", "klass"]
    /// Labels of a subject cell: the textbook's name is the subject.
    static let subjectLabels: Set<String> = ["учебник", "предмет", "оқулық", "пән", "subject", "textbook", "õpik"]

    /// Reads the preamble, then the file name for what it did not give.
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
                    let name = value.split(separator: ",").first.map(String.init) ?? value
                    subject = name.trimmingCharacters(in: .whitespaces)
                    notes.append("subject '\(subject!)' taken from the rows above the header")
                }
            }
        }
        if className == nil || subject == nil {
            let words = fileBaseName.split(separator: " ").filter { $0.lowercased() != "opiq" }
            if let course = CourseName(words.joined(separator: " ")) {
                if className == nil {
                    className = course.className
                    notes.append("class '\(course.className)' taken from the file name")
                }
                if subject == nil, let name = course.subject {
                    subject = name
                    notes.append("subject '\(name)' taken from the file name")
                }
            }
        }
    }
}
