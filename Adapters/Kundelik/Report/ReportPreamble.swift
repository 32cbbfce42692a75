import Foundation
import GradePortCore
import TableReader

/// What the rows above a report's header say: the class, the period and, for a per-subject marks
/// table, the subject.
///
/// A preamble row holds `Label: value` in one cell (`Класс: 7А`, `Кезең: 2 тоқсан 2025-2026`) or
/// the label and the value in two cells (`Сынып:` | `7А`). Labels, in Russian and Kazakh:
///
/// | what | labels |
/// | --- | --- |
/// | class | `Класс`, `Сынып` |
/// | period | `Период`, `Кезең`, `Четверть`, `Тоқсан`, `Отчётный период`, `Есепті кезең` |
/// | school year | `Учебный год`, `Оқу жылы` |
/// | subject | `Предмет`, `Пән` |
///
/// Other rows (the report's title, `Үлгерімі: Сыныптар`) are not read.
struct ReportPreamble: Sendable {
    /// The class name, normalized (`7А`).
    var className: String?
    /// The period as written.
    var period: String?
    /// The school year as written.
    var schoolYear: String?
    /// The subject of a per-subject marks table.
    var subject: String?
    /// The rows not understood, for notes.
    var otherRows: [CSVRow] = []

    /// Reads the rows above the header.
    init(_ rows: [CSVRow]) {
        for row in rows where !row.isEmptyRow {
            let cells = row.indices.map { row[$0].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let first = cells.first else { continue }
            var label: Substring
            var value: String
            if let colon = first.firstIndex(of: ":") {
                label = first[..<colon]
                value = first[first.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.isEmpty, cells.count > 1 { value = cells[1] }
            } else {
                label = Substring(first)
                value = cells.count > 1 ? cells[1] : ""
            }
            let key = CellValueParser.wordKey(label)
            guard !value.isEmpty, let field = Self.fields[key] else {
                otherRows.append(row)
                continue
            }
            switch field {
            case .className: className = ClassName.normalized(value) ?? value
            case .period: period = value
            case .schoolYear: schoolYear = value
            case .subject: subject = value
            }
        }
    }

    private enum Field { case className, period, schoolYear, subject }

    private static let fields: [String: Field] = {
        var table: [String: Field] = [:]
        for word in ["Класс", "Сынып"] { table[CellValueParser.wordKey(word)] = .className }
        for word in ["Период", "Кезең", "Четверть", "Тоқсан", "Отчётный период", "Отчетный период", "Есепті кезең"] {
            table[CellValueParser.wordKey(word)] = .period
        }
        for word in ["Учебный год", "Оқу жылы"] { table[CellValueParser.wordKey(word)] = .schoolYear }
        for word in ["Предмет", "Пән"] { table[CellValueParser.wordKey(word)] = .subject }
        return table
    }()

    /// The term the period names: `2 четверть 2025-2026` → `2025-2026/Q2`; `nil` without a period.
    var term: Term? {
        guard let period else { return nil }
        let yearText = Self.firstYear(in: period) ?? schoolYear.flatMap(Self.firstYear(in:))
        return PeriodTerm(
            id: nil, type: nil, name: period, number: nil, zeroBased: false, start: nil, end: nil,
            year: yearText
        ).term
    }

    /// The first four-digit year 2000–2099 in a text (`2025-2026` → 2025).
    private static func firstYear(in text: String) -> Int? {
        var digits = ""
        for character in text + " " {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                if digits.count == 4, let value = Int(digits), (2000...2099).contains(value) { return value }
                digits = ""
            }
        }
        return nil
    }
}
