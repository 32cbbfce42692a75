import Foundation
import GradePortCore
import TableReader

/// Reads the Teams Grades tab's CSV export into a gradebook.
///
/// The layout is reconstructed, not documented ([I]); the reader is tolerant:
/// - the header is the first of the first 25 rows with an e-mail heading and a name heading
///   (English, Russian or Kazakh labels, see ``GradesHeaderLabel``); rows above it are noted;
/// - each other column is an assignment's points, optionally followed by its feedback column;
/// - the maximum comes from the heading (`СОР 1 (макс. 20)`) or from a points row under the header;
/// - a blank points cell is no result, never a zero; words go through ``CellValueParser``;
/// - feedback becomes the result's comment; feedback beside a blank cell is reported, not kept
///   (the CSV does not say whether the work was handed in, so no status can be given to it);
/// - a second row for the same e-mail (case-insensitive) is rejected, naming the first row's line.
struct GradesCSVReader {
    /// The input.
    let file: ExportFile

    /// Reads the file into the builder.
    ///
    /// - Throws: ``ExportReadError`` when the file has no header row; the CSV reader's
    ///   `TableReadError` when it cannot be decoded or ends inside a quoted field (rows before
    ///   that point are kept).
    func read(into builder: inout GradebookBuilder) throws {
        let reader = try TableFile.open(path: file.path)
        guard let (header, preamble) = try reader.locateHeader(where: GradesLayout.isHeader),
            var layout = GradesLayout(header: header)
        else {
            throw ExportReadError(
                .missingHeader,
                "no header row with a name and an e-mail column (First Name, Last Name, Email Address) "
                    + "in the first 25 rows")
        }
        builder.reserveCapacity(forTableBytes: file.size)
        for row in preamble where !row.isEmptyRow {
            builder.diagnose(.info, .skippedRow, "row above the header skipped: \(Self.describe(row))", line: row.line)
        }

        // Rows between the header and the first student: a points row, or other metadata.
        var firstStudent: CSVRow?
        while let row = try reader.next() {
            if row.isEmptyRow { continue }
            if row.repeats(header) {
                builder.diagnose(.warning, .skippedRow, CSVRow.repeatedHeaderNote, line: row.line)
                continue
            }
            if !row.isBlank(layout.email) {
                firstStudent = row
                break
            }
            if layout.isPointsRow(row) {
                for conflict in layout.applyPointsRow(row) {
                    builder.diagnose(
                        .warning, .ignoredContent,
                        "maximum '\(conflict.text)' in the points row is not used: the heading's maximum is kept "
                            + "or the value is not a positive number",
                        line: row.line, column: conflict.index + 1)
                }
                builder.diagnose(.info, .inferredValue, "maximum points taken from this row", line: row.line)
            } else {
                Self.skipNonStudentRow(row, layout: layout, into: &builder)
            }
        }

        let context = GradesContext(file: file, layout: layout, headerLine: header.line, into: &builder)
        var students = StudentRowReader(
            layout: layout, context: context, decimalComma: reader.usesDecimalComma)
        if let firstStudent { students.read(firstStudent, into: &builder) }
        while let row = try reader.next() {
            if row.isEmptyRow { continue }
            if row.repeats(header) {
                builder.diagnose(.warning, .skippedRow, CSVRow.repeatedHeaderNote, line: row.line)
                continue
            }
            students.read(row, into: &builder)
        }
        builder.diagnose(warnings: reader.warnings)
    }

    /// Notes a row that is neither a student nor a points row.
    static func skipNonStudentRow(_ row: CSVRow, layout: GradesLayout, into builder: inout GradebookBuilder) {
        let namesBlank = [layout.firstName, layout.lastName].allSatisfy { $0.map(row.isBlank) ?? true }
        if namesBlank {
            builder.diagnose(
                .info, .skippedRow, "row without a student skipped: \(describe(row))", line: row.line)
        } else {
            builder.diagnose(
                .error, .incompleteRecord, "student row without an e-mail or UPN skipped: \(describe(row))",
                line: row.line, column: layout.email + 1)
        }
    }

    /// The row's non-blank cells, for a message.
    static func describe(_ row: CSVRow) -> String {
        let cells = row.indices.filter { !row.isBlank($0) }.prefix(8).map { "'\(row[$0])'" }
        return cells.isEmpty ? "(blank)" : cells.joined(separator: ", ")
    }
}
