import Foundation
import GradePortCore
import TableReader

/// Reads a long table (`layout: long`: one row per student, assessment and attempt) into a gradebook.
///
/// - The header is the first of the profile's `header.search` rows with a student column, a title
///   column and a score or percent column (``LongColumns``); rows above it are noted and give the
///   class and subject when no column does (`Класс: 7А`).
/// - A row's value: the score cell (`8`, `12,5`, `8/10`, or a status word such as `Не сдано`) out
///   of the maximum cell; with no score, the percent cell (`85%`) as a score out of 100; with
///   neither, the comment cell as a `submitted` result, else no result (noted). When score, maximum
///   and percent are all there and the percent differs from score / maximum by more than 0.5, the
///   score is kept and a `percent-mismatch` warning is given.
/// - The assessment's kind comes from its title, else from the category column (`СОР`, `СОЧ`,
///   `Тест`); its term from the quarter column and the school year of the date.
/// - Rows for the same student and title are attempts: one is kept by the ``AttemptPolicy``, every
///   other is named by a `superseded-attempt` note; two rows with the same attempt number are a
///   `duplicate-result` error (the first is kept).
struct LongReader {
    /// The profile.
    let profile: JournalProfile
    /// The input.
    let file: ExportFile
    /// Which attempt counts.
    let policy: AttemptPolicy

    /// Reads the table.
    ///
    /// - Throws: ``ExportReadError`` (`missing-header`) without a header; the table reader's errors
    ///   when the file cannot be decoded or ends inside a quoted cell (rows before are kept).
    func read(_ table: any TableCursor, into builder: inout GradebookBuilder) throws {
        guard
            let (header, preamble) = try table.locateHeader(
                maxRows: profile.header.search, where: { LongColumns.isHeader($0, profile: profile) }),
            let columns = LongColumns(header: header, profile: profile)
        else {
            let columns = profile.columns
            let examples = [
                columns.name.words.first, columns.long.title.words.first,
                (columns.long.score.words.first ?? columns.long.percent.words.first),
            ].compactMap { $0 }.joined(separator: ", ")
            throw ExportReadError(
                .missingHeader,
                "no header row with a student, a test and a score or percent column (\(examples)) in the "
                    + "first \(profile.header.search) rows")
        }
        for row in preamble where !row.isEmptyRow {
            builder.diagnose(
                .info, .skippedRow, "row above the header is not a result: \(Self.describe(row))", line: row.line)
        }
        for column in columns.ignored {
            builder.diagnose(
                .info, .ignoredContent, "column '\(column.heading)' is not read", line: header.line,
                column: column.index + 1)
        }
        var rows = LongRows(
            columns: columns, platform: profile.platform,
            context: LongPreamble(preamble: preamble, fileBaseName: file.baseName),
            cells: CellReading(
                profile: profile, decimalComma: profile.decimalComma ?? table.usesDecimalComma),
            policy: policy)
        rows.noteContext(into: &builder)
        builder.reserveCapacity(forTableBytes: file.size)
        var failure: (any Error)?
        do {
            while let row = try table.next() {
                if row.isEmptyRow { continue }
                rows.read(row, into: &builder)
            }
        } catch {
            failure = error
        }
        rows.finish(into: &builder)
        // A CSV's stray quotes or bad bytes, a workbook's external DTD (not loaded): what the reader worked around.
        builder.diagnose(warnings: table.warnings)
        if let failure { throw failure }
    }

    /// The row's non-blank cells, for a message.
    static func describe(_ row: CSVRow) -> String {
        let cells = row.indices.filter { !row.isBlank($0) }.prefix(8).map {
            "'\(row[$0].trimmingCharacters(in: .whitespaces))'"
        }
        return cells.isEmpty ? "(blank)" : cells.joined(separator: ", ")
    }
}
