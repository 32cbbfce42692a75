import Foundation
import TableReader

/// The columns of a report table, worked out once from its header row.
struct ReportLayout: Sendable {
    /// A column holding marks: a subject (final marks report) or a work (per-subject table).
    struct MarkColumn: Sendable {
        /// The 0-based field index.
        var index: Int
        /// The heading as written, trimmed.
        var heading: String
    }

    /// The student-name column.
    var name: Int
    /// The mark columns, left to right.
    var marks: [MarkColumn]
    /// Summary columns (averages, quality, ranking), which are not read.
    var summaries: [MarkColumn]
    /// The number of fields of the header.
    var width: Int

    /// Whether a row is a report header: a student-name heading and at least one other heading that
    /// is not a row number.
    static func isHeader(_ row: CSVRow) -> Bool {
        guard let layout = ReportLayout(header: row) else { return false }
        return !layout.marks.isEmpty
    }

    /// Works out the columns; `nil` when the row has no student-name heading.
    init?(header: CSVRow) {
        var name: Int?
        var marks: [MarkColumn] = []
        var summaries: [MarkColumn] = []
        for index in header.indices {
            let heading = header[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if heading.isEmpty { continue }
            switch ReportLabel.meaning(of: heading) {
            case .studentName where name == nil: name = index
            case .studentName, .rowNumber: continue
            case .summary: summaries.append(MarkColumn(index: index, heading: heading))
            case .other: marks.append(MarkColumn(index: index, heading: heading))
            }
        }
        guard let name else { return nil }
        self.name = name
        self.marks = marks
        self.summaries = summaries
        width = header.count
    }
}
