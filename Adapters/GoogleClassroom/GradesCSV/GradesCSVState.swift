import GradePortCore
import TableReader

/// What reading a grades CSV has learned so far, and what each kind of row does to it.
///
/// Rows after the header are students (an e-mail, or at least a name), metadata rows (points, due
/// dates, class average; labelled or recognised by their cells), or blank. Metadata rows may come
/// in any order but must come before the first student: the assessments are written when the first
/// student row arrives.
struct GradesCSVState {
    private var header: GradesHeader
    private let course: CourseFromFileName
    private let decimalComma: Bool
    private let parser: CellValueParser
    private let classID: SchoolClass.ID
    private let subjectID: Subject.ID?
    private var assessmentsWritten = false
    private var seenPoints = false
    private var seenDates = false
    private var firstLineByStudent: [String: Int] = [:]
    private var unnamedContent: [Int: Int] = [:]
    private var headerLine: Int?
    private var sourceID: Source.ID = ""
    /// What the cell loop needs of each column, without the column's other strings.
    private var targets: [CellTarget] = []

    private struct CellTarget {
        var field: Int
        var id: Assessment.ID
        var maxScore: DecimalNumber?
        var columnIndex: Int
    }

    /// Prepares to read the rows under `header`.
    init(header: GradesHeader, course: CourseFromFileName, decimalComma: Bool) {
        self.header = header
        self.course = course
        self.decimalComma = decimalComma
        self.parser = CellValueParser(decimalComma: decimalComma)
        self.classID = ClassroomExport.classID(name: course.className)
        self.subjectID = course.subject.map { ClassroomExport.subjectID(name: $0) }
    }

    // MARK: - Before the rows

    /// Adds the class and subject and says how the file was understood.
    mutating func describeInput(dialect: CSVDialect?, headerLine: Int, into book: inout GradebookBuilder) {
        self.headerLine = headerLine
        self.sourceID = book.currentSource?.id ?? ""
        book.add(SchoolClass(id: classID, name: course.className, grade: course.grade))
        if let subject = course.subject, let subjectID {
            book.add(Subject(id: subjectID, name: subject))
            book.diagnose(
                .info, .inferredValue,
                "class \(course.className) and subject '\(subject)' taken from the file name (the CSV names neither)")
        } else if course.namesClass {
            book.diagnose(
                .info, .inferredValue, "class \(course.className) taken from the file name (the CSV names no class)")
        } else {
            book.diagnose(
                .info, .inferredValue,
                "the CSV and its file name name no class; one class named '\(course.className)' after the file")
        }
        if dialect == nil {
            book.diagnose(
                .info, .inferredValue,
                "read from a workbook (Classroom writes CSV: the file was probably re-saved by Excel or Google Sheets)")
        }
        if let dialect, dialect.encoding != .utf8 || dialect.delimiter != .comma {
            let decimals = decimalComma ? " and decimal commas" : ""
            let origin =
                dialect.encoding == .utf8BOM && dialect.delimiter == .comma
                ? "a byte-order mark, as Excel's \"CSV UTF-8\" save writes it"
                : "Classroom writes UTF-8 with commas: the file was probably re-saved by Excel"
            book.diagnose(
                .info, .inferredValue,
                "read as \(dialect.encoding.rawValue) text with '\(dialect.delimiter)' between fields\(decimals) "
                    + "(\(origin))")
        }
        if !header.isEnglish {
            book.diagnose(
                .info, .inferredValue,
                "header labels in Russian or Kazakh: read by inferred labels (no localized Classroom export has "
                    + "been seen)", line: headerLine)
        }
        for column in header.columns where column.duplicateOf != nil {
            book.diagnose(
                .warning, .inferredValue,
                "a second column titled '\(column.title)'; read as a separate assessment \(column.id)",
                line: headerLine, column: column.field + 1)
        }
    }

    // MARK: - Rows

    /// Reads one row below the header.
    mutating func take(_ row: CSVRow, into book: inout GradebookBuilder) {
        if row.isEmptyRow { return }
        let email = text(row, header.email)
        let family = header.familyName.map { text(row, $0) } ?? ""
        let given = header.givenName.map { text(row, $0) } ?? ""
        if email.contains("@") {
            student(row, email: email, family: family, given: given, into: &book)
            return
        }
        let label = family.isEmpty ? given : family
        if let kind = MetadataRowLabel(label: label) {
            metadata(kind, row, labelled: true, into: &book)
        } else if family.isEmpty && given.isEmpty {
            if !email.isEmpty {
                book.countRows()
                book.diagnose(
                    .error, .incompleteRecord, "row without a name and with '\(email)' for an e-mail; skipped",
                    line: row.line, column: header.email + 1)
            } else {
                unlabelledMetadata(row, into: &book)
            }
        } else {
            student(row, email: nil, family: family, given: given, into: &book)
        }
    }

    /// Writes what is still pending and reports what the reader accepted leniently.
    mutating func finish(into book: inout GradebookBuilder, readerWarnings: [TableReadWarning]) {
        writeAssessments(into: &book)
        book.diagnose(warnings: readerWarnings)
        for (field, count) in unnamedContent.sorted(by: { $0.key < $1.key }) {
            book.diagnose(
                .warning, .ignoredContent,
                "column \(field + 1) has no heading; its \(count) non-blank cell(s) are not read",
                column: field + 1)
        }
    }

    // MARK: - Students

    private mutating func student(
        _ row: CSVRow, email: String?, family: String, given: String, into book: inout GradebookBuilder
    ) {
        book.countRows()
        let personID: Person.ID
        let key: String
        if let email {
            personID = ClassroomExport.personID(email: email)
            key = email.lowercased()
        } else {
            personID = ClassroomExport.personID(familyName: family, givenName: given)
            key = "name:" + family + "|" + given
        }
        if let first = firstLineByStudent[key] {
            book.diagnose(
                .error, .duplicateStudent,
                "\(email ?? "\(family) \(given)") already appears on line \(first); this row is rejected and the "
                    + "row on line \(first) is kept", line: row.line, column: email == nil ? nil : header.email + 1)
            return
        }
        firstLineByStudent[key] = row.line
        writeAssessments(into: &book)
        if email == nil {
            let cell = text(row, header.email)
            book.diagnose(
                .warning, .incompleteRecord,
                "student \(family) \(given) has no e-mail\(cell.isEmpty ? "" : " ('\(cell)')"); identified by name "
                    + "only, which may not match other sources", line: row.line, column: header.email + 1)
        }
        book.add(
            Person(
                id: personID, role: .student, familyName: family.isEmpty ? nil : family,
                givenName: given.isEmpty ? nil : given, email: email,
                source: book.reference(line: row.line)))
        book.add(Enrollment(person: personID, class: classID, subject: subjectID, role: .student))
        checkWidth(row, into: &book)
        let count = row.count
        for target in targets {
            let field = target.field
            guard field < count, !row.isBlank(field) else { continue }
            cell(row[field], target, row: row, person: personID, into: &book)
        }
    }

    private func cell(
        _ raw: String, _ target: CellTarget, row: CSVRow, person: Person.ID, into book: inout GradebookBuilder
    ) {
        let place = SourceReference(source: sourceID, line: row.line(ofField: target.field), column: target.field + 1)
        var status = ResultStatus.graded
        var score: DecimalNumber?
        var maxScore = target.maxScore
        var late: Bool?
        if let number = DecimalNumber(parsing: raw, allowingDecimalComma: decimalComma) {
            score = number
        } else {
            switch parser.parse(raw) {
            case .blank:
                return
            case .score(let value, let outOf, let isLate):
                score = value
                if let outOf { maxScore = outOf }
                late = isLate ? true : nil
            case .percent(let value, let isLate):
                score = value
                maxScore = .hundred
                late = isLate ? true : nil
            case .status(let value, let isLate):
                status = value
                late = isLate ? true : nil
            case .invalid(let reason):
                let column = header.columns[target.columnIndex]
                if column.isOverall && Self.isLetterGrade(raw) {
                    book.diagnose(
                        .warning, .invalidScore,
                        "overall grade '\(raw)' is a letter grade; it is not turned into a number and no result is "
                            + "written for it", line: place.line, column: place.column)
                } else {
                    book.diagnose(
                        .error, .invalidScore,
                        "'\(column.heading)': \(reason); the cell is skipped", line: place.line, column: place.column)
                }
                return
            }
        }
        book.add(
            AssessmentResult(
                person: person, assessment: target.id, status: status, score: score, maxScore: maxScore, raw: raw,
                late: late, source: place))
    }

    private mutating func checkWidth(_ row: CSVRow, into book: inout GradebookBuilder) {
        if row.count < header.width {
            book.diagnose(
                .warning, .raggedRow,
                "the row has \(row.count) fields, the header \(header.width); the missing cells are read as blank",
                line: row.line)
        } else if row.count > header.width {
            let extra = (header.width..<row.count).filter { !row.isBlank($0) }
            if !extra.isEmpty {
                let cells = extra.map { "column \($0 + 1) '\(row[$0])'" }.joined(separator: ", ")
                book.diagnose(
                    .warning, .raggedRow, "cells beyond the header are not read: \(cells)", line: row.line,
                    column: extra[0] + 1)
            }
        }
        for field in header.unnamedFields where field < row.count && !row.isBlank(field) {
            unnamedContent[field, default: 0] += 1
        }
    }

    private static func isLetterGrade(_ raw: String) -> Bool {
        let text = raw.trimmed(of: " \t")
        guard let first = text.first, "ABCDEF".contains(first), text.count <= 2 else { return false }
        return text.count == 1 || text.last == "+" || text.last == "-"
    }

    // MARK: - Metadata rows

    private mutating func metadata(
        _ kind: MetadataRowLabel, _ row: CSVRow, labelled: Bool, into book: inout GradebookBuilder
    ) {
        let what =
            switch kind {
            case .points: "points"
            case .dueDates: "due-date"
            case .classAverage: "class average"
            }
        if kind == .classAverage {
            book.diagnose(.info, .skippedRow, "class average row skipped (not a student)", line: row.line)
            return
        }
        if assessmentsWritten {
            book.diagnose(
                .warning, .skippedRow,
                "\(what) row below the first student row; not applied (metadata rows must come before the students)",
                line: row.line)
            return
        }
        if (kind == .points && seenPoints) || (kind == .dueDates && seenDates) {
            book.diagnose(.warning, .skippedRow, "a second \(what) row; skipped, the first one is used", line: row.line)
            return
        }
        if kind == .points {
            applyPoints(row, into: &book)
        } else {
            applyDates(row, into: &book)
        }
    }

    private mutating func unlabelledMetadata(_ row: CSVRow, into book: inout GradebookBuilder) {
        var dates = 0
        var numbers = 0
        var other = 0
        for column in header.columns where !column.isOverall && column.field < row.count && !row.isBlank(column.field) {
            let value = row[column.field]
            if DueDateText.isoDate(value) != nil {
                dates += 1
            } else if DecimalNumber(parsing: value, allowingDecimalComma: decimalComma) != nil {
                numbers += 1
            } else {
                other += 1
            }
        }
        if other == 0 && dates > 0 && numbers == 0 {
            metadata(.dueDates, row, labelled: false, into: &book)
        } else if other == 0 && numbers > 0 && dates == 0 && !seenPoints {
            metadata(.points, row, labelled: false, into: &book)
        } else {
            book.diagnose(
                .warning, .skippedRow,
                "row without a name or e-mail skipped (not recognised as a points, due-date or class-average row)",
                line: row.line)
        }
    }

    private mutating func applyPoints(_ row: CSVRow, into book: inout GradebookBuilder) {
        seenPoints = true
        for index in header.columns.indices where !header.columns[index].isOverall {
            let field = header.columns[index].field
            guard field < row.count, !row.isBlank(field) else { continue }
            let raw = row[field]
            guard let value = DecimalNumber(parsing: raw, allowingDecimalComma: decimalComma), !value.isNegative else {
                book.diagnose(
                    .warning, .invalidScore, "points cell '\(raw)' is not a number; ignored", line: row.line,
                    column: field + 1)
                continue
            }
            if value.isZero {
                book.diagnose(
                    .info, .ungradedAssessment, "'\(header.columns[index].title)' has 0 points: read as ungraded",
                    line: row.line, column: field + 1)
                continue
            }
            if let headingMax = header.columns[index].headingMax, headingMax != value {
                book.diagnose(
                    .warning, .inferredValue,
                    "the heading '\(header.columns[index].heading)' says \(headingMax) points, the points row says "
                        + "\(value); the points row is used", line: row.line, column: field + 1)
            }
            header.columns[index].pointsMax = value
        }
    }

    private mutating func applyDates(_ row: CSVRow, into book: inout GradebookBuilder) {
        seenDates = true
        for index in header.columns.indices where !header.columns[index].isOverall {
            let field = header.columns[index].field
            guard field < row.count, !row.isBlank(field) else { continue }
            let raw = row[field]
            if let date = DueDateText.isoDate(raw) {
                header.columns[index].dueDate = date
            } else {
                book.diagnose(
                    .warning, .invalidScore, "due date '\(raw)' is not a date this adapter reads; ignored",
                    line: row.line, column: field + 1)
            }
        }
    }

    // MARK: - Helpers

    private mutating func writeAssessments(into book: inout GradebookBuilder) {
        guard !assessmentsWritten else { return }
        assessmentsWritten = true
        targets = header.columns.enumerated().map { index, column in
            CellTarget(field: column.field, id: column.id, maxScore: column.maxScore, columnIndex: index)
        }
        for column in header.columns {
            book.add(
                Assessment(
                    id: column.id, title: column.title, kind: column.kind, number: column.number,
                    maxScore: column.maxScore, subject: subjectID, class: classID, date: column.dueDate,
                    source: book.reference(line: headerLine, column: column.field + 1)))
        }
    }

    private func text(_ row: CSVRow, _ field: Int) -> String {
        field < row.count ? row[field].trimmed(of: " \t\u{00A0}") : ""
    }
}
