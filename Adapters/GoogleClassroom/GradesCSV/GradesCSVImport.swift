import GradePortCore
import TableReader

/// Reads one "Download all grades as CSV" file into a gradebook, streaming row by row.
///
/// The work per cell is kept small (the 2,000 × 300 case must run well above a million results per
/// second): headings are classified once, a blank cell is checked on the row's bytes without
/// making a `String`, and every lookup is by field index.
struct GradesCSVImport {
    /// The input.
    let file: ExportFile

    /// How many rows above the header are searched for it.
    static let headerSearchRows = 25

    /// Reads the file.
    ///
    /// - Throws: `TableReadError` when the file cannot be decoded or ends inside a quoted field
    ///   (rows before that are kept); ``ExportReadError`` when it has no header row.
    func read(into book: inout GradebookBuilder) throws {
        let reader = try TableFile.open(path: file.path)
        let course = CourseFromFileName(baseName: file.baseName)
        let located = try reader.locateHeader(maxRows: Self.headerSearchRows) { GradesHeader.isHeader($0.strings()) }
        guard let located, let header = GradesHeader(located.header.strings(), course: course) else {
            throw ExportReadError(
                .missingHeader,
                "no header row with Last Name / First Name and an e-mail column (Email Address) in the first "
                    + "\(Self.headerSearchRows) rows; is this a Google Classroom grades export?", line: 1)
        }
        var state = GradesCSVState(
            header: header, course: course, decimalComma: reader.usesDecimalComma)
        state.describeInput(dialect: (reader as? CSVReader)?.dialect, headerLine: located.header.line, into: &book)
        book.reserveCapacity(forTableBytes: file.size)
        for row in located.preamble where !row.isEmptyRow {
            book.diagnose(.info, .skippedRow, "row above the header skipped (a title or note)", line: row.line)
        }
        do {
            while let row = try reader.next() {
                if row.repeats(located.header) {
                    book.diagnose(.warning, .skippedRow, CSVRow.repeatedHeaderNote, line: row.line)
                    continue
                }
                state.take(row, into: &book)
            }
        } catch {
            state.finish(into: &book, readerWarnings: reader.warnings)
            throw error
        }
        state.finish(into: &book, readerWarnings: reader.warnings)
    }
}
