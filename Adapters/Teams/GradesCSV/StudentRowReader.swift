import GradePortCore
import TableReader

/// Turns the student rows of a grades CSV into people, enrollments and results.
///
/// It keeps the e-mails seen so far to reject a repeated student, and nothing else: every other
/// decision was made once, in ``GradesLayout`` and ``GradesContext``.
struct StudentRowReader {
    /// The columns.
    let layout: GradesLayout
    /// The class, subject and assessment ids.
    let context: GradesContext
    /// Reads cell values: every comma in a number is a decimal comma when the file is `;`- or
    /// tab-separated; in a comma-separated file `18,5` (quoted) is still read as 18.5.
    let cells: CellValueParser
    /// The line of the first row of each e-mail, by lower-cased e-mail.
    private var firstLineByLogin: [String: Int] = [:]

    /// Prepares to read rows with these columns.
    init(layout: GradesLayout, context: GradesContext, decimalComma: Bool) {
        self.layout = layout
        self.context = context
        self.cells = CellValueParser(decimalComma: decimalComma)
    }

    /// Reads one non-empty row under the header.
    mutating func read(_ row: CSVRow, into builder: inout GradebookBuilder) {
        guard !row.isBlank(layout.email) else {
            GradesCSVReader.skipNonStudentRow(row, layout: layout, into: &builder)
            return
        }
        builder.countRows()
        let login = row[layout.email].trimmingSpaces()
        let key = login.lowercased()
        if let first = firstLineByLogin[key] {
            builder.diagnose(
                .error, .duplicateStudent,
                "\(login) already has a row at line \(first); this row is rejected",
                line: row.line, column: layout.email + 1)
            return
        }
        firstLineByLogin[key] = row.line
        let person = TeamsIdentifier.person(login: login)
        builder.add(
            Person(
                id: person, role: .student, familyName: name(row, layout.lastName),
                givenName: name(row, layout.firstName), email: login, source: builder.reference(line: row.line)))
        builder.add(Enrollment(person: person, class: context.classID, subject: context.subjectID))

        for (position, column) in layout.assignments.enumerated() {
            let feedback = column.feedbackIndex.flatMap { row.isBlank($0) ? nil : row[$0] }
            let line = row.line(ofField: column.index)
            guard !row.isBlank(column.index) else {
                if let feedback, let index = column.feedbackIndex {
                    unkeptFeedback(feedback, position: position, row: row, index: index, into: &builder)
                }
                continue
            }
            let raw = row[column.index]
            var result = AssessmentResult(
                person: person, assessment: context.assessmentIDs[position], status: .graded, raw: raw,
                comment: feedback, source: builder.reference(line: line, column: column.index + 1))
            switch cells.parse(raw) {
            case .blank:
                continue
            case .score(let value, let outOf, let late):
                result.score = value
                result.maxScore = outOf
                if late { result.late = true }
            case .percent(let value, let late):
                result.score = value
                result.maxScore = .hundred
                if late { result.late = true }
            case .status(let status, let late):
                result.status = status
                if late { result.late = true }
            case .invalid(let reason):
                builder.diagnose(
                    .error, .invalidScore,
                    "\(login) in '\(context.titles[position])': \(reason); the cell is skipped",
                    line: line, column: column.index + 1)
                if let feedback, let index = column.feedbackIndex {
                    unkeptFeedback(feedback, position: position, row: row, index: index, into: &builder)
                }
                continue
            }
            builder.add(result)
        }
        for column in layout.ignored where column.heading.isEmpty && !row.isBlank(column.index) {
            builder.diagnose(
                .warning, .ignoredContent, "'\(row[column.index])' in a column without a heading is not read",
                line: row.line(ofField: column.index), column: column.index + 1)
        }
        if row.count > layout.width {
            let extra = (layout.width..<row.count).filter { !row.isBlank($0) }
            if let first = extra.first {
                builder.diagnose(
                    .warning, .raggedRow,
                    "\(row.count) fields, the header has \(layout.width); the \(extra.count) filled extra fields are "
                        + "not read",
                    line: row.line(ofField: first), column: first + 1)
            }
        }
    }

    /// A name cell, trimmed; `nil` when blank or absent.
    private func name(_ row: CSVRow, _ index: Int?) -> String? {
        guard let index, !row.isBlank(index) else { return nil }
        return row[index].trimmingSpaces()
    }

    /// Reports feedback that has no result to hang on, quoting it whole so that nothing is lost.
    private func unkeptFeedback(
        _ feedback: String, position: Int, row: CSVRow, index: Int, into builder: inout GradebookBuilder
    ) {
        builder.diagnose(
            .warning, .ignoredContent,
            "feedback for \(row[layout.email].trimmingSpaces()) in '\(context.titles[position])' has no score or "
                + "status beside it, so no result keeps it: \"\(feedback)\"",
            line: row.line(ofField: index), column: index + 1)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, no-break spaces and line breaks.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
