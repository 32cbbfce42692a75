import Foundation
import GradePortCore

/// The `--class`, `--subject` and `--term` filters: which rows a report keeps.
struct ReportFilter {
    let options: ReportOptions
    /// The platform's own names of terms, by term id (`2 четверть`).
    let termNames: [String: String]

    /// Checks that every value names something among `rows` (all rows, before filtering), so a typo
    /// is an error and not an empty report.
    func validate(against rows: [ReportRow], index: GradebookIndex) throws(ReportFilterError) {
        let classNames = unique(index.book.classes.map(\.name) + rows.compactMap(\.className))
        for value in options.classes where !classNames.contains(where: { Self.sameClass(value, $0) }) {
            throw ReportFilterError(dimension: .class, value: value, known: classNames)
        }
        let subjects = unique(index.book.subjects.map(\.name) + rows.compactMap(\.subject))
        for value in options.subjects where !subjects.contains(where: { Self.same(value, $0) }) {
            throw ReportFilterError(dimension: .subject, value: value, known: subjects)
        }
        let schools = unique(rows.compactMap(\.school))
        for value in options.schools where !schools.contains(where: { Self.sameSchool(value, $0) }) {
            throw ReportFilterError(dimension: .school, value: value, known: schools)
        }
        let periods = unique(rows.compactMap(\.period))
        for value in options.terms where !periods.contains(where: { matches(value, $0) }) {
            throw ReportFilterError(dimension: .term, value: value, known: periods.map(\.label))
        }
    }

    /// Whether the filters keep a row.
    func keeps(_ row: ReportRow) -> Bool {
        if !options.classes.isEmpty {
            guard let name = row.className, options.classes.contains(where: { Self.sameClass($0, name) }) else {
                return false
            }
        }
        if !options.schools.isEmpty {
            guard let school = row.school, options.schools.contains(where: { Self.sameSchool($0, school) }) else {
                return false
            }
        }
        if !options.subjects.isEmpty {
            guard let subject = row.subject, options.subjects.contains(where: { Self.same($0, subject) }) else {
                return false
            }
        }
        if !options.terms.isEmpty {
            guard let period = row.period, options.terms.contains(where: { matches($0, period) }) else { return false }
        }
        return true
    }

    /// A term value matches a period by its label (`2025-2026/Q2`), id, the part after the school
    /// year (`Q2`, `Y`), the platform's name or the Russian name, by a term written out (`2 четверть`,
    /// `II четверть`, `2-тоқсан`, ``TermPhrase``), or by its school year (`2025-2026`).
    func matches(_ value: String, _ period: ReportPeriod) -> Bool {
        let value = value.trimmingCharacters(in: .whitespaces)
        if Self.same(value, period.label) || Self.same(value, period.id) || Self.same(value, period.displayName) {
            return true
        }
        if let suffix = period.label.split(separator: "/").last, period.label.contains("/"),
            Self.same(value, String(suffix))
        {
            return true
        }
        if let name = termNames[period.id], Self.same(value, name) { return true }
        if let year = period.schoolYear, SchoolYear(parsing: value) == year { return true }
        if let phrase = TermPhrase(value), phrase.matches(period) { return true }
        return false
    }

    static func same(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Schools are named as the user gave them or as the export does: compared folded (`школа №12`
    /// is `Школа № 12`).
    static func sameSchool(_ a: String, _ b: String) -> Bool {
        NameFolding.spelling(a) == NameFolding.spelling(b)
    }

    static func sameClass(_ a: String, _ b: String) -> Bool {
        if same(a, b) { return true }
        guard let first = ClassName.normalized(a), let second = ClassName.normalized(b) else { return false }
        return first == second
    }

    private func unique<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen: Set<Value> = []
        return values.filter { seen.insert($0).inserted }
    }
}
