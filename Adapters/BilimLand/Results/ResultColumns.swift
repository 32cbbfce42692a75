import Foundation
import GradePortCore
import JournalProfiles
import TableReader

/// The columns of a Bilim Land results table, found once in its header row.
///
/// The student, class and subject columns come from the profile's `columns` lists. The columns of
/// the long layout, which the profile format cannot name yet, are matched here by their headings
/// (whole, case-insensitively, Kazakh letters folded; see ``headings``).
struct ResultColumns {
    /// A column role of the long layout.
    enum Role: String, CaseIterable {
        case test, category, term, date, attempt, score, maximum, percent
    }

    /// The headings of each role, Russian, Kazakh and English.
    static let headings: [Role: WordList] = [
        .test: ["Тест", "Название теста", "Название", "Задание", "Тест атауы", "Тапсырма", "Test", "Title"],
        .category: ["Тип", "Тип теста", "Вид", "Түрі", "Type", "Category"],
        .term: ["Четверть", "Тоқсан", "Quarter", "Term"],
        .date: ["Дата", "Дата прохождения", "Дата сдачи", "Күні", "Өткен күні", "Date"],
        .attempt: ["Попытка", "№ попытки", "Номер попытки", "Талпыныс", "Әрекет", "Attempt"],
        .score: ["Балл", "Баллы", "Набрано баллов", "Набранный балл", "Ұпай", "Жинаған ұпай", "Score", "Points"],
        .maximum: [
            "Макс. балл", "Максимальный балл", "Максимум", "Макс", "Из", "Макс. ұпай", "Ең жоғары ұпай",
            "Ең жоғары балл", "Max", "Max score", "Max points",
        ],
        .percent: ["Процент", "%", "Результат", "Результат, %", "Процент выполнения", "Пайыз", "Нәтиже", "Percent"],
    ]

    /// The full-name column.
    var name: Int
    /// The class and subject columns.
    var className: Int?
    var subject: Int?
    /// The long layout's columns by role.
    var roles: [Role: Int] = [:]
    /// Columns not read.
    var ignored: [(index: Int, heading: String)] = []

    /// Whether a row is the header: a name column, a test column, and a score or percent column.
    static func isHeader(_ row: CSVRow, profile: JournalProfile) -> Bool {
        guard let columns = ResultColumns(header: row, profile: profile) else { return false }
        return columns.roles[.test] != nil && (columns.roles[.score] != nil || columns.roles[.percent] != nil)
    }

    /// Reads the header; `nil` without a name column.
    init?(header: CSVRow, profile: JournalProfile) {
        guard let name = header.indices.first(where: { profile.columns.name.matchesWhole(header[$0]) }) else {
            return nil
        }
        self.name = name
        for index in header.indices where index != name && !header.isBlank(index) {
            let heading = header[index]
            if className == nil, profile.columns.className.matchesWhole(heading) {
                className = index
            } else if subject == nil, profile.columns.subject.matchesWhole(heading) {
                subject = index
            } else if let role = Role.allCases.first(where: {
                roles[$0] == nil && Self.headings[$0]!.matchesWhole(heading)
            }) {
                roles[role] = index
            } else {
                ignored.append((index, heading.trimmingCharacters(in: .whitespaces)))
            }
        }
    }

    /// The trimmed cell of a role's column in a row; `nil` when the column is absent or blank.
    func value(_ role: Role, in row: CSVRow) -> String? { value(roles[role], in: row) }

    /// The trimmed cell of a column in a row; `nil` when absent or blank.
    func value(_ index: Int?, in row: CSVRow) -> String? {
        guard let index, index < row.count, !row.isBlank(index) else { return nil }
        return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
