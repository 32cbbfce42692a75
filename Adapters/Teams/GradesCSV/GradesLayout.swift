import Foundation
import GradePortCore
import TableReader

/// The columns of a grades CSV, worked out once from its header row.
///
/// Each assignment column is classified here, once, so that reading a student row is a loop over
/// precomputed columns with no lookups by name.
struct GradesLayout: Sendable {
    /// One assignment's points column and the feedback column that goes with it.
    struct AssignmentColumn: Sendable {
        /// The 0-based field index of the points.
        var index: Int
        /// The heading as written.
        var heading: String
        /// The heading without its maximum.
        var title: String
        /// The maximum from the heading or from a points row.
        var maxScore: DecimalNumber?
        /// The 0-based field index of the feedback column, if it has one.
        var feedbackIndex: Int?
    }

    /// A column the adapter does not read, and why.
    struct IgnoredColumn: Sendable {
        /// The 0-based field index.
        var index: Int
        /// The heading as written.
        var heading: String
        /// Why it is not read.
        var reason: String
    }

    /// The first-name column.
    var firstName: Int?
    /// The last-name column.
    var lastName: Int?
    /// The e-mail or UPN column.
    var email: Int
    /// The assignments, in column order.
    var assignments: [AssignmentColumn]
    /// Columns not read.
    var ignored: [IgnoredColumn]
    /// The number of fields of the header.
    var width: Int

    /// Whether a row is the header: it has an e-mail heading and a name heading.
    static func isHeader(_ row: CSVRow) -> Bool {
        var hasEmail = false
        var hasName = false
        for index in row.indices.prefix(64) where !row.isBlank(index) {
            switch GradesHeaderLabel(row[index]) {
            case .email: hasEmail = true
            case .firstName, .lastName: hasName = true
            default: break
            }
        }
        return hasEmail && hasName
    }

    /// Works out the columns of a header row; `nil` when it has no e-mail column.
    init?(header: CSVRow) {
        var firstName: Int?
        var lastName: Int?
        var email: Int?
        var assignments: [AssignmentColumn] = []
        var ignored: [IgnoredColumn] = []
        var assignmentByHeading: [String: Int] = [:]
        for index in header.indices {
            let heading = header[index]
            if header.isBlank(index) {
                ignored.append(IgnoredColumn(index: index, heading: heading, reason: "it has no heading"))
                continue
            }
            switch GradesHeaderLabel(heading) {
            case .firstName where firstName == nil: firstName = index
            case .lastName where lastName == nil: lastName = index
            case .email where email == nil: email = index
            case .firstName, .lastName, .email:
                ignored.append(IgnoredColumn(index: index, heading: heading, reason: "the heading repeats"))
            case .overall:
                ignored.append(
                    IgnoredColumn(index: index, heading: heading, reason: "an overall grade is not an assessment"))
            case .feedback:
                if let last = assignments.indices.last, assignments[last].index == index - 1 {
                    assignments[last].feedbackIndex = index
                } else {
                    ignored.append(
                        IgnoredColumn(
                            index: index, heading: heading, reason: "no assignment column stands before it"))
                }
            case .assignment:
                if let title = GradesHeaderLabel.feedbackTitle(heading) {
                    let owner = assignmentByHeading[GradesHeaderLabel.key(title)]
                    if let owner, assignments[owner].feedbackIndex == nil {
                        assignments[owner].feedbackIndex = index
                        continue
                    }
                }
                let split = ColumnHeading(heading)
                assignmentByHeading[GradesHeaderLabel.key(split.title)] = assignments.count
                assignmentByHeading[GradesHeaderLabel.key(heading)] = assignments.count
                assignments.append(
                    AssignmentColumn(index: index, heading: heading, title: split.title, maxScore: split.maxScore))
            }
        }
        guard let email, firstName != nil || lastName != nil else { return nil }
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.assignments = assignments
        self.ignored = ignored
        self.width = header.count
    }

    /// Whether a row under the header gives maximum points: its first name cell says `Points`
    /// (or `Баллы`, …), or its name and e-mail cells are blank and every filled assignment cell is a
    /// positive number.
    func isPointsRow(_ row: CSVRow) -> Bool {
        guard row.isBlank(email) else { return false }
        let label = firstName.map { row.isBlank($0) ? "" : GradesHeaderLabel.key(row[$0]) } ?? ""
        if GradesHeaderLabel.pointsRowLabels.contains(label) { return true }
        let namesBlank = [firstName, lastName].allSatisfy { $0.map(row.isBlank) ?? true }
        guard namesBlank else { return false }
        var numbers = 0
        for column in assignments where !row.isBlank(column.index) {
            guard let value = DecimalNumber(parsing: row[column.index], allowingDecimalComma: true),
                value > .zero
            else { return false }
            numbers += 1
        }
        return numbers > 0
    }

    /// Takes each assignment's maximum from a points row where its heading gave none.
    ///
    /// - Returns: The columns whose points-row value differs from the heading's maximum, or is not
    ///   a positive number: (column index, cell text).
    mutating func applyPointsRow(_ row: CSVRow) -> [(index: Int, text: String)] {
        var conflicts: [(index: Int, text: String)] = []
        for position in assignments.indices {
            let index = assignments[position].index
            guard !row.isBlank(index) else { continue }
            let text = row[index]
            guard let value = DecimalNumber(parsing: text, allowingDecimalComma: true), value > .zero else {
                conflicts.append((index, text))
                continue
            }
            if let existing = assignments[position].maxScore {
                if existing != value { conflicts.append((index, text)) }
            } else {
                assignments[position].maxScore = value
            }
        }
        return conflicts
    }
}
