import Foundation
import GradePortCore
import TableReader

/// Reads a Kundelik report download: «Үлгерімі: Сыныптар» / «Успеваемость: Классы» (final marks
/// per subject), «Үлгерімі: Сынып жетекшісіне», or a per-subject marks table.
///
/// The file format of report downloads is not documented ([U]); the reader is tolerant ([I]):
/// - the header is the first of the first 25 rows with a student-name heading (`ФИО`,
///   `Аты-жөні`, `Оқушы`, `Ученик`, …; see ``ReportLabel``); rows above it may name the class,
///   period and subject (``ReportPreamble``);
/// - without a subject above the header, every other column is a subject and its cells are the
///   period's final marks (kind `final`, maximum 5, one assessment per subject and period, the
///   same ids as the totals responses give);
/// - with a subject above the header (`Предмет: Математика`), every other column is a work of
///   that subject, its heading classified (`СОР 1 (20)` → section summative, maximum 20);
///   unclassified columns are journal marks, formative;
/// - `№`, average, quality and ranking columns are not read (one note each); summary rows (`Средний
///   балл`, `Орташа балл`, `Качество знаний, %`, `Сапа %`) and rows without a name are skipped
///   with a note;
/// - a cell `-` means the student does not take the subject: no result, with a note; an empty
///   cell is a mark not set: no result; other cells are read as ``KundelikMark`` values.
struct ReportReader {
    /// The input.
    let file: ExportFile

    /// Reads the file into the builder.
    ///
    /// - Throws: ``ExportReadError`` when no header row is found; the table reader's error when the
    ///   file cannot be decoded (rows before that point are kept).
    func read(into builder: inout GradebookBuilder) throws {
        let table = try TableFile.open(path: file.path)
        try read(table, into: &builder)
        builder.diagnose(warnings: table.warnings)
    }

    /// Reads the rows of a table.
    func read(_ table: any TableCursor, into builder: inout GradebookBuilder) throws {
        guard let (header, preambleRows) = try table.locateHeader(maxRows: 25, where: ReportLayout.isHeader),
            let layout = ReportLayout(header: header)
        else {
            throw ExportReadError(
                .missingHeader,
                "no header row with a student-name column (ФИО, Аты-жөні, Оқушы, Ученик) and mark columns "
                    + "in the first 25 rows")
        }
        let preamble = ReportPreamble(preambleRows)
        for row in preamble.otherRows {
            builder.diagnose(.info, .skippedRow, "row above the header not read: \(Self.describe(row))", line: row.line)
        }
        for column in layout.summaries {
            builder.diagnose(
                .info, .ignoredContent, "column '\(column.heading)' is a summary; not read", line: header.line,
                column: column.index + 1)
        }
        var context = ReportContext(
            file: file, preamble: preamble, layout: layout, headerLine: header.line, into: &builder)
        let decimalComma = table.usesDecimalComma
        while let row = try table.next() {
            if row.isEmptyRow { continue }
            if row.repeats(header) {
                builder.diagnose(.warning, .skippedRow, CSVRow.repeatedHeaderNote, line: row.line)
                continue
            }
            context.read(row, decimalComma: decimalComma, into: &builder)
        }
    }

    /// The row's non-blank cells, for a message.
    static func describe(_ row: CSVRow) -> String {
        let cells = row.indices.filter { !row.isBlank($0) }.prefix(8).map { "'\(row[$0])'" }
        return cells.isEmpty ? "(blank)" : cells.joined(separator: ", ")
    }
}
