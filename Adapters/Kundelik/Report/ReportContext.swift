import Foundation
import GradePortCore
import TableReader

/// The class, term and assessments of a report table, decided once, and the reading of its student
/// rows.
struct ReportContext {
    /// The columns.
    let layout: ReportLayout
    /// The class name (`7А`), from the preamble or the file name; empty when neither names one.
    let className: String
    /// The class id, when a class is known.
    let classID: SchoolClass.ID?
    /// The assessment id of each mark column, in layout order.
    let assessments: [Assessment.ID]
    /// The subject of each mark column, for messages.
    let columnTitles: [String]
    /// The line of each student's first row, by full name.
    private var firstLineByName: [String: Int] = [:]

    /// Decides the class, term and assessments, and adds them to the builder.
    init(
        file: ExportFile, preamble: ReportPreamble, layout: ReportLayout, headerLine: Int,
        into builder: inout GradebookBuilder
    ) {
        self.layout = layout
        var name = preamble.className
        if name == nil, let fromFile = ClassName(parsing: file.baseName)?.description {
            name = fromFile
            builder.diagnose(.info, .inferredValue, "class \(fromFile) read from the file name")
        }
        className = name ?? ""
        if let name {
            let id = KundelikIdentifier.schoolClass(name)
            classID = id
            builder.add(SchoolClass(id: id, name: name, grade: ClassName.grade(in: name)))
        } else {
            classID = nil
            builder.diagnose(.info, .ignoredContent, "no class named above the header or in the file name")
        }
        let term = preamble.term
        if let term, term.schoolYear != nil { builder.add(term) }
        let termID = term?.schoolYear != nil ? term?.id : nil
        if preamble.period == nil {
            builder.diagnose(.info, .ignoredContent, "no period named above the header: assessments have no term")
        } else if termID == nil {
            builder.diagnose(
                .warning, .incompleteRecord,
                "period '\(preamble.period ?? "")' names no school year or no period number: assessments have no term")
        }
        var ids: [Assessment.ID] = []
        var titles: [String] = []
        if let subject = preamble.subject {
            let subjectID = KundelikIdentifier.subject(subject)
            builder.add(Subject(id: subjectID, name: subject))
            for column in layout.marks {
                let heading = ColumnHeading(column.heading)
                var classification = AssessmentKindClassifier().classify(title: heading.title)
                if classification.kind == .other { classification = AssessmentClassification(kind: .formative) }
                let id = KundelikIdentifier.reportColumn(className: className, subject: subject, heading: heading.title)
                builder.add(
                    Assessment(
                        id: id, title: heading.title, kind: classification.kind, number: classification.number,
                        maxScore: heading.maxScore
                            ?? (classification.kind == .final ? MarkScale.fivePoint.maxScore : nil),
                        subject: subjectID, class: classID, term: termID, category: "report",
                        source: builder.reference(line: headerLine, column: column.index + 1)))
                ids.append(id)
                titles.append(heading.title)
            }
        } else {
            let period = termID.map(PeriodTerm.title(ofTermID:)) ?? preamble.period ?? "итоговая"
            for column in layout.marks {
                let subject = column.heading
                let subjectID = KundelikIdentifier.subject(subject)
                builder.add(Subject(id: subjectID, name: subject))
                let id = KundelikIdentifier.final(
                    subject: subject, term: termID?.rawValue ?? (preamble.period ?? "report"))
                builder.add(
                    Assessment(
                        id: id, title: "\(subject): \(period)", kind: .final, maxScore: MarkScale.fivePoint.maxScore,
                        subject: subjectID, class: classID, term: termID, category: "report",
                        source: builder.reference(line: headerLine, column: column.index + 1)))
                ids.append(id)
                titles.append(subject)
            }
        }
        assessments = ids
        columnTitles = titles
    }

    /// Reads one non-empty row under the header.
    mutating func read(_ row: CSVRow, decimalComma: Bool, into builder: inout GradebookBuilder) {
        let nameCell = layout.name < row.count ? row[layout.name].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        if nameCell.isEmpty || ReportLabel.meaning(of: nameCell) == .summary {
            let what = nameCell.isEmpty ? "row without a student name" : "summary row '\(nameCell)'"
            builder.diagnose(
                .info, .skippedRow, "\(what) skipped: \(ReportReader.describe(row))", line: row.line,
                column: layout.name + 1)
            return
        }
        builder.countRows()
        let fullName = nameCell.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let first = firstLineByName[fullName] {
            builder.diagnose(
                .error, .duplicateStudent, "\(fullName) already has a row at line \(first); this row is rejected",
                line: row.line, column: layout.name + 1)
            return
        }
        firstLineByName[fullName] = row.line
        // Keyed by class and name: unique only within a school, so scoped by the input's school.
        let person = builder.localPersonID(KundelikIdentifier.student(className: className, fullName: fullName))
        let name = PersonName(fullName: fullName)
        builder.add(
            Person(
                id: person, role: .student, familyName: name.familyName, givenName: name.givenName,
                patronymic: name.patronymic, source: builder.reference(line: row.line), nameIsParsed: true))
        if let classID { builder.add(Enrollment(person: person, class: classID)) }

        for (position, column) in layout.marks.enumerated() where column.index < row.count {
            let raw = row[column.index]
            let line = row.line(ofField: column.index)
            var result = AssessmentResult(
                person: person, assessment: assessments[position], status: .graded, raw: raw,
                source: builder.reference(line: line, column: column.index + 1))
            let label = "\(fullName) in '\(columnTitles[position])'"
            switch KundelikMark(raw, decimalComma: decimalComma) {
            case .blank:
                continue
            case .notTaken:
                builder.diagnose(
                    .info, .skippedRow, "\(label): '-', does not take the subject; no result", line: line,
                    column: column.index + 1)
                continue
            case .lateArrival:
                builder.diagnose(
                    .info, .skippedRow, "\(label): 'о' (late for the lesson) is attendance, not a mark; no result",
                    line: line, column: column.index + 1)
                continue
            case .invalid(let reason):
                builder.diagnose(
                    .error, .invalidScore, "\(label): \(reason); the cell is skipped", line: line,
                    column: column.index + 1)
                continue
            case .points(let value, let outOf):
                result.score = value
                result.maxScore = outOf
            case .status(let status):
                result.status = status
            }
            builder.add(result)
        }
        if row.count > layout.width {
            let extra = (layout.width..<row.count).filter { !row.isBlank($0) }
            if let first = extra.first {
                builder.diagnose(
                    .warning, .raggedRow,
                    "\(row.count) fields, the header has \(layout.width); the \(extra.count) filled extra fields are "
                        + "not read", line: row.line(ofField: first), column: first + 1)
            }
        }
    }
}
