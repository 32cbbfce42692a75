import Foundation
import GradePortCore

/// Writes a `Gradebook` as an XLSX workbook (through libxlsxwriter, in constant-memory mode):
///
/// - one sheet per class and subject, laid out as a gradebook: a row per pupil (name, then the
///   gradebook id), a column per assessment, under three header rows — the assessment's title, its
///   term, its maximum. Scores are number cells; a status (`н`, `освобождён`, missing, …) is text, as
///   written in the export when it was (`raw`), else the status's name. A draft score is italic on
///   grey, a score above its maximum on red. The sheet is named `<class> <subject>` (at most 31
///   characters; a number is added to a repeat).
/// - `Results`: one row per result with every column of the results CSV (``ResultsCSVWriter/columns``),
///   score, max, percent and source line as numbers.
/// - `Problems`: every error and warning with its severity, code, file, line, column and message.
///
/// Header rows are frozen and carry filters. Cells are never formulas, so no text is guarded.
public struct XLSXGradebookWriter: Sendable {
    /// The name of the sheet of results.
    public static let resultsSheet = "Results"
    /// The name of the sheet of problems.
    public static let problemsSheet = "Problems"
    /// The columns of the problems sheet.
    public static let problemColumns = ["severity", "code", "file", "line", "column", "message"]
    /// The labels of the gradebook sheets' header rows and first columns.
    public static let gradebookLabels = (pupil: "Ученик", id: "id", term: "Четверть", maximum: "Макс.")

    /// Creates a writer.
    public init() {}

    /// Writes the workbook to the file at `path`, with temporary files in `temporaryFolder`.
    ///
    /// - Throws: ``InterchangeError`` when the file cannot be written.
    public func write(_ book: Gradebook, toFile path: String, temporaryFolder: String) throws(InterchangeError) {
        let workbook = try XLSXWorkbook(path: path, temporaryFolder: temporaryFolder)
        write(book, into: workbook)
        try workbook.close()
    }

    /// Writes every sheet into an open workbook.
    func write(_ book: Gradebook, into workbook: XLSXWorkbook) {
        let names = Names(book)
        for group in GradebookSheetGroup.groups(of: book) {
            writeGradebookSheet(group, of: book, names: names, into: workbook)
        }
        writeResults(of: book, names: names, into: workbook)
        writeProblems(of: book, into: workbook)
    }

    // MARK: - Sheets

    private func writeGradebookSheet(
        _ group: GradebookSheetGroup, of book: Gradebook, names: Names, into workbook: XLSXWorkbook
    ) {
        let sheet = workbook.addSheet("\(group.className ?? "—") \(group.subjectName ?? "—")")
        let labels = Self.gradebookLabels
        // Constant memory: each row is written whole before the next.
        workbook.header(sheet, 0, [labels.pupil, labels.id] + group.assessments.map { book.assessments[$0].title })
        workbook.text(sheet, 1, 0, labels.term, .header)
        for (offset, index) in group.assessments.enumerated() {
            workbook.text(sheet, 1, offset + 2, book.assessments[index].term?.rawValue)
        }
        workbook.text(sheet, 2, 0, labels.maximum, .header)
        for (offset, index) in group.assessments.enumerated() {
            workbook.number(sheet, 2, offset + 2, book.assessments[index].maxScore?.doubleValue, .number)
        }
        var cells = group.cells[...]
        for (offset, person) in group.pupils.enumerated() {
            let row = offset + 3
            workbook.text(sheet, row, 0, names.person[person].name)
            workbook.text(sheet, row, 1, book.people[person].id.rawValue)
            while let cell = cells.first, cell.row == offset {
                cells = cells.dropFirst()
                let result = book.results[cell.result]
                let column = cell.column + 2
                if result.status == .graded, let score = result.score {
                    let maximum = result.maxScore ?? book.assessments[group.assessments[cell.column]].maxScore
                    let style: XLSXWorkbook.Style =
                        result.draft == true ? .draft : (maximum.map { score > $0 } ?? false) ? .overMaximum : .number
                    workbook.number(sheet, row, column, score.doubleValue, style)
                } else {
                    let text = result.raw.flatMap { $0.isEmpty ? nil : $0 } ?? result.status.rawValue
                    workbook.text(sheet, row, column, text, result.draft == true ? .draft : nil)
                }
            }
        }
        workbook.width(sheet, 0, 0, 34)
        workbook.width(sheet, 1, 1, 12)
        workbook.freezeAndFilter(
            sheet, rows: 3, columns: 2, headerRow: 0, lastRow: group.pupils.count + 2,
            columnCount: group.assessments.count + 2)
    }

    private func writeResults(of book: Gradebook, names: Names, into workbook: XLSXWorkbook) {
        let sheet = workbook.addSheet(Self.resultsSheet)
        workbook.header(sheet, 0, ResultsCSVWriter.columns)
        var files: [Source.ID: String] = [:]
        for source in book.sources { files[source.id] = source.file }
        for (offset, result) in book.results.enumerated() {
            let row = offset + 1
            let person = names.personIndex[IdentifierKey(result.person)].map { names.person[$0] }
            workbook.text(sheet, row, 0, person?.name)
            workbook.text(sheet, row, 1, result.person.rawValue)
            workbook.text(sheet, row, 2, person?.email)
            if let index = names.assessmentIndex[IdentifierKey(result.assessment)] {
                let assessment = book.assessments[index]
                workbook.text(sheet, row, 3, assessment.class.map { names.className[$0] ?? $0.rawValue })
                workbook.text(sheet, row, 4, assessment.subject.map { names.subjectName[$0] ?? $0.rawValue })
                workbook.text(sheet, row, 5, assessment.term?.rawValue)
                workbook.text(sheet, row, 6, assessment.title)
                workbook.text(sheet, row, 8, assessment.kind.rawValue)
            }
            workbook.text(sheet, row, 7, result.assessment.rawValue)
            workbook.number(sheet, row, 9, result.score?.doubleValue, .number)
            workbook.number(sheet, row, 10, result.maxScore?.doubleValue, .number)
            workbook.number(sheet, row, 11, result.percent?.doubleValue, .percent)
            workbook.text(sheet, row, 12, result.status.rawValue)
            workbook.text(sheet, row, 13, result.raw)
            workbook.text(sheet, row, 14, result.comment)
            let file = files[result.source.source]
            workbook.text(sheet, row, 15, result.source.file.map { (file.map { $0 + "/" } ?? "") + $0 } ?? file)
            workbook.number(sheet, row, 16, result.source.line.map(Double.init))
        }
        workbook.width(sheet, 0, 0, 30)
        workbook.freezeAndFilter(
            sheet, rows: 1, columns: 0, headerRow: 0, lastRow: book.results.count,
            columnCount: ResultsCSVWriter.columns.count)
    }

    private func writeProblems(of book: Gradebook, into workbook: XLSXWorkbook) {
        let sheet = workbook.addSheet(Self.problemsSheet)
        workbook.header(sheet, 0, Self.problemColumns)
        var row = 0
        for diagnostic in book.diagnostics where diagnostic.severity != .info {
            row += 1
            workbook.text(sheet, row, 0, diagnostic.severity.rawValue)
            workbook.text(sheet, row, 1, diagnostic.code.rawValue)
            workbook.text(sheet, row, 2, diagnostic.file)
            workbook.number(sheet, row, 3, diagnostic.line.map(Double.init))
            workbook.number(sheet, row, 4, diagnostic.column.map(Double.init))
            workbook.text(sheet, row, 5, diagnostic.message)
        }
        workbook.width(sheet, 2, 2, 40)
        workbook.width(sheet, 5, 5, 100)
        workbook.freezeAndFilter(
            sheet, rows: 1, columns: 0, headerRow: 0, lastRow: row, columnCount: Self.problemColumns.count)
    }

    /// What the sheets look up by id, built once.
    struct Names {
        var person: [(name: String, email: String?)] = []
        var personIndex: [IdentifierKey: Int] = [:]
        var assessmentIndex: [IdentifierKey: Int] = [:]
        var className: [SchoolClass.ID: String] = [:]
        var subjectName: [Subject.ID: String] = [:]

        init(_ book: Gradebook) {
            for (index, person) in book.people.enumerated() {
                self.person.append((person.fullName, person.email))
                personIndex[IdentifierKey(person.id)] = index
            }
            for (index, assessment) in book.assessments.enumerated() {
                assessmentIndex[IdentifierKey(assessment.id)] = index
            }
            for schoolClass in book.classes { className[schoolClass.id] = schoolClass.name }
            for subject in book.subjects { subjectName[subject.id] = subject.name }
        }
    }
}
