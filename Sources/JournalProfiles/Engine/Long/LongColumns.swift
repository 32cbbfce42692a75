import Foundation
import GradePortCore
import TableReader

/// The columns of a long table (`layout: long`), found once in its header row.
///
/// The student, class and subject columns come from the profile's `columns` lists, the long
/// layout's own columns from ``LongColumnRules`` (whole headings, case-insensitively, Kazakh
/// letters folded).
struct LongColumns {
    /// A column role of the long layout.
    enum Role: String, CaseIterable {
        case test, category, term, date, attempt, score, maximum, percent, mark, comment
    }

    /// The full-name column.
    var name: Int
    /// The class and subject columns.
    var className: Int?
    var subject: Int?
    /// The long layout's columns by role.
    var roles: [Role: Int] = [:]
    /// Columns not read.
    var ignored: [(index: Int, heading: String)] = []

    /// The headings of each role, from the profile.
    static func headings(_ role: Role, in columns: ColumnRules) -> WordList {
        switch role {
        case .test: return columns.long.title
        case .category: return columns.long.category
        case .term: return columns.long.term
        case .date: return columns.long.date
        case .attempt: return columns.long.attempt
        case .score: return columns.long.score
        case .maximum: return columns.long.max
        case .percent: return columns.long.percent
        case .mark: return columns.long.mark
        case .comment: return columns.comment
        }
    }

    /// Whether a row is the header: a name column, a title column, and a score, percent or mark column.
    static func isHeader(_ row: CSVRow, profile: JournalProfile) -> Bool {
        guard let columns = LongColumns(header: row, profile: profile) else { return false }
        return columns.roles[.test] != nil
            && (columns.roles[.score] != nil || columns.roles[.percent] != nil || columns.roles[.mark] != nil)
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
                roles[$0] == nil && Self.headings($0, in: profile.columns).matchesWhole(heading)
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
