import Foundation
import GradePortCore
import TableReader

/// Turns the student rows of an Opiq table into people, enrollments and results.
struct OpiqRows {
    /// The columns.
    let layout: OpiqLayout
    /// The platform id, the prefix of every id.
    let platform: String
    /// The class of the table (when no class column gives it).
    let classID: String?
    /// The class's name, the scope of person ids.
    let className: String?
    /// The subject id.
    let subjectID: String?
    /// The assessment ids, one per task.
    let assessmentIDs: [String]
    /// Reads the value cells.
    let cells: OpiqCellReader

    /// The first line of each student, by person id.
    private var firstLine: [String: Int] = [:]
    /// Where the letter ratings and modified marks were, for the notes at the end.
    private(set) var letters: [(line: Int, column: Int, raw: String)] = []
    private(set) var modifiedMarks: [(line: Int, column: Int, raw: String)] = []

    init(
        layout: OpiqLayout, platform: String, classID: String?, className: String?, subjectID: String?,
        assessmentIDs: [String], cells: OpiqCellReader
    ) {
        self.layout = layout
        self.platform = platform
        self.classID = classID
        self.className = className
        self.subjectID = subjectID
        self.assessmentIDs = assessmentIDs
        self.cells = cells
    }

    /// Reads one non-empty row under the header.
    mutating func read(_ row: CSVRow, into builder: inout GradebookBuilder) {
        guard layout.name < row.count, !row.isBlank(layout.name) else {
            builder.diagnose(.info, .skippedRow, "row without a student name skipped", line: row.line)
            return
        }
        builder.countRows()
        let fullName = row[layout.name].trimmingCharacters(in: .whitespacesAndNewlines)
        let name = PersonName(fullName: fullName)

        var rowClassID = classID
        var scope = className ?? "opiq"
        if let index = layout.className, index < row.count, !row.isBlank(index) {
            let text = row[index].trimmingCharacters(in: .whitespaces)
            let normalized = ClassName(parsing: text)
            let classText = normalized?.description ?? text
            rowClassID = "\(platform):class:\(classText)"
            scope = classText
            builder.add(SchoolClass(id: rowClassID!, name: classText, grade: normalized?.grade))
        }
        let person = "\(platform):\(scope):\(CellValueParser.wordKey(name.description))"
        if let first = firstLine[person] {
            builder.diagnose(
                .error, .duplicateStudent, "\(fullName) already has a row at line \(first); this row is rejected",
                line: row.line, column: layout.name + 1)
            return
        }
        firstLine[person] = row.line
        builder.add(
            Person(
                id: person, role: .student, familyName: name.familyName, givenName: name.givenName,
                patronymic: name.patronymic, source: builder.reference(line: row.line)))
        if let rowClassID { builder.add(Enrollment(person: person, class: rowClassID, subject: subjectID)) }

        for (position, task) in layout.tasks.enumerated() {
            readTask(
                task, assessment: assessmentIDs[position], person: person, fullName: fullName, row: row,
                into: &builder)
        }
        if row.count > layout.width {
            let extra = (layout.width..<row.count).filter { !row.isBlank($0) }
            if let first = extra.first {
                builder.diagnose(
                    .warning, .raggedRow,
                    "\(row.count) fields, the header has \(layout.width); the filled extra fields are not read",
                    line: row.line(ofField: first), column: first + 1)
            }
        }
    }

    /// Reads one task's value and comment cells.
    private mutating func readTask(
        _ task: OpiqLayout.Task, assessment: String, person: String, fullName: String, row: CSVRow,
        into builder: inout GradebookBuilder
    ) {
        let raw = task.index < row.count ? row[task.index] : ""
        let comment = task.commentIndex.flatMap { index -> String? in
            guard index < row.count, !row.isBlank(index) else { return nil }
            return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let line = row.line(ofField: min(task.index, max(row.count - 1, 0)))
        var result = AssessmentResult(
            person: person, assessment: assessment, status: .graded, raw: raw, comment: comment,
            source: builder.reference(line: line, column: task.index + 1))
        switch cells.read(raw, columnMaximum: task.maxScore) {
        case .blank:
            // Formative feedback: a comment with no score. The comment cell is the result's cell.
            guard let comment, let index = task.commentIndex else { return }
            result.status = .submitted
            result.raw = comment
            result.source = builder.reference(line: row.line(ofField: index), column: index + 1)
        case .percent(let value):
            result.score = value
            result.maxScore = .hundred
        case .mark(let value):
            result.score = value
            result.maxScore = OpiqCellReader.highestMark
        case .modifiedMark(let mark):
            result.score = mark.score
            result.maxScore = OpiqCellReader.highestMark
            modifiedMarks.append((line, task.index + 1, raw))
        case .points(let value, let outOf):
            result.score = value
            result.maxScore = outOf
        case .letter:
            result.status = .submitted
            letters.append((line, task.index + 1, raw))
        case .status(let status):
            result.status = status
        case .invalid(let reason):
            builder.diagnose(
                .error, .invalidScore, "\(fullName) in '\(task.title)': \(reason); the cell is skipped",
                line: line, column: task.index + 1)
            return
        }
        builder.add(result)
    }
}
