import Foundation
import GradePortCore
import TableReader

/// Reads one journal table (a CSV file or one sheet) with a profile into a gradebook.
///
/// The header is located once, the columns are classified once (``JournalLayout``), and then
/// every row costs a few dictionary look-ups and one ``CellValueParser`` call per filled cell.
struct JournalReader {
    /// The profile's matching rules.
    let rules: HeadingRules
    /// The input.
    let file: ExportFile

    var profile: JournalProfile { rules.profile }

    /// Reads the table.
    ///
    /// - Throws: ``ExportReadError`` (`missing-header`) when no header row is found; the reader's
    ///   own errors when the table cannot be decoded.
    func read(_ table: any TableCursor, into builder: inout GradebookBuilder) throws {
        let search = profile.header.row.map { max($0, 1) } ?? profile.header.search
        guard
            let (header, preamble) = try table.locateHeader(
                maxRows: search,
                where: { row in
                    JournalLayout.isHeader(row, profile: profile)
                })
        else {
            throw ExportReadError(.missingHeader, Self.missingHeaderMessage(profile, sheet: table.sheetName))
        }
        let above = preamble.last.flatMap { $0.line == header.line - 1 && !$0.isEmptyRow ? $0 : nil }
        let layout = try JournalLayout(header: header, rowAbove: above, rules: rules)
        for row in preamble where !row.isEmptyRow && !(layout.usedGroupRow && row == above) {
            builder.diagnose(
                .info, .skippedRow, "row above the header is not a student: \(Self.describe(row))", line: row.line)
        }
        if layout.usedGroupRow, let above {
            builder.diagnose(
                .info, .inferredValue, "group headings taken from the row above the header", line: above.line)
        }
        builder.reserveCapacity(forTableBytes: file.size)

        // Rows between the header and the first student: maxima, dates, or notes.
        var maxima: [Int: DecimalNumber] = [:]
        var dates: [Int: String] = [:]
        var firstStudent: CSVRow?
        var offset = 0
        let metaRows =
            [profile.header.maxRow, profile.header.dateRow].compactMap { locator -> Int? in
                if case .offset(let offset) = locator { return offset }
                return nil
            }.max() ?? 0
        while let row = try table.next() {
            if row.isEmptyRow { continue }
            if row.repeats(header) {
                builder.diagnose(.warning, .skippedRow, CSVRow.repeatedHeaderNote, line: row.line)
                continue
            }
            offset += 1
            if let locator = profile.header.maxRow, Self.matches(locator, row: row, offset: offset, layout: layout) {
                maxima = readMaxima(row, layout: layout, into: &builder)
                continue
            }
            if let locator = profile.header.dateRow, Self.matches(locator, row: row, offset: offset, layout: layout) {
                for column in layout.assessments where !row.isBlank(column.index) {
                    dates[column.index] = row[column.index].trimmedCell
                }
                builder.diagnose(.info, .inferredValue, "assessment dates taken from this row", line: row.line)
                continue
            }
            if offset < metaRows {
                builder.diagnose(
                    .info, .skippedRow, "row under the header is not a student: \(Self.describe(row))",
                    line: row.line)
                continue
            }
            if maxima.isEmpty, !hasStudent(row, layout), Self.isUnlabelledMaxima(row, layout: layout) {
                maxima = readMaxima(row, layout: layout, into: &builder)
                continue
            }
            firstStudent = row
            break
        }

        let context = TableContext(
            file: file, sheet: table.sheetName, preamble: preamble, layout: layout, maxima: maxima, dates: dates,
            headerLine: header.line, rules: rules, into: &builder)
        var students = StudentRows(
            layout: layout, context: context, profile: profile,
            decimalComma: profile.decimalComma ?? table.usesDecimalComma)
        if let firstStudent { students.read(firstStudent, into: &builder) }
        while let row = try table.next() {
            if row.isEmptyRow { continue }
            if row.repeats(header) {
                builder.diagnose(.warning, .skippedRow, CSVRow.repeatedHeaderNote, line: row.line)
                continue
            }
            students.read(row, into: &builder)
        }
        students.summarise(into: &builder)
        // A CSV's stray quotes or bad bytes, a workbook's external DTD (not loaded): what the reader worked around.
        builder.diagnose(warnings: table.warnings)
    }

    /// Whether a row has a student's name.
    func hasStudent(_ row: CSVRow, _ layout: JournalLayout) -> Bool {
        [layout.name, layout.surname].contains { $0.map { !row.isBlank($0) } ?? false }
    }

    /// Reads a maxima row: a positive number under an assessment column is its maximum.
    private func readMaxima(
        _ row: CSVRow, layout: JournalLayout, into builder: inout GradebookBuilder
    ) -> [Int: DecimalNumber] {
        var maxima: [Int: DecimalNumber] = [:]
        for column in layout.assessments where !row.isBlank(column.index) {
            let text = row[column.index].trimmedCell
            if let value = DecimalNumber(parsing: text, allowingDecimalComma: true), !value.isNegative, !value.isZero {
                maxima[column.index] = value
            } else {
                builder.diagnose(
                    .warning, .ignoredContent, "maximum '\(text)' is not a positive number and is not used",
                    line: row.line(ofField: column.index), column: column.index + 1)
            }
        }
        builder.diagnose(.info, .inferredValue, "maximum scores taken from this row", line: row.line)
        return maxima
    }

    /// Whether a row under the header is the one a locator names.
    static func matches(_ locator: RowLocator, row: CSVRow, offset: Int, layout: JournalLayout) -> Bool {
        switch locator {
        case .offset(let wanted): return offset == wanted
        case .label(let labels):
            let assessmentColumns = Set(layout.assessments.map(\.index))
            for index in row.indices where !assessmentColumns.contains(index) && !row.isBlank(index) {
                if labels.matchesWhole(row[index]) { return true }
            }
            return false
        }
    }

    /// A row with no name whose filled assessment cells are all positive numbers.
    static func isUnlabelledMaxima(_ row: CSVRow, layout: JournalLayout) -> Bool {
        var filled = 0
        for column in layout.assessments where !row.isBlank(column.index) {
            guard let value = DecimalNumber(parsing: row[column.index].trimmedCell, allowingDecimalComma: true),
                !value.isNegative, !value.isZero
            else { return false }
            filled += 1
        }
        return filled > 0 && filled * 2 >= layout.assessments.count
    }

    /// The message when no header row is found.
    static func missingHeaderMessage(_ profile: JournalProfile, sheet: String?) -> String {
        let place = sheet.map { " of sheet '\($0)'" } ?? ""
        if let row = profile.header.row {
            return "row \(row)\(place) is not a header with a name column (profile '\(profile.id)')"
        }
        let names = (profile.columns.name.words + profile.columns.surname.words).prefix(6)
            .map { "'\($0)'" }.joined(separator: ", ")
        var message = "no header row with a name column (\(names)"
        if !profile.columns.name.isEmpty || !profile.columns.surname.isEmpty { message += ", …" }
        message += ") in the first \(profile.header.search) rows\(place) (profile '\(profile.id)')"
        if !profile.header.require.isEmpty {
            message += "; the header must also have \(profile.header.require.words.joined(separator: ", "))"
        }
        return message
    }

    /// The row's non-blank cells, for a message.
    static func describe(_ row: CSVRow) -> String {
        let cells = row.indices.filter { !row.isBlank($0) }.prefix(8).map { "'\(row[$0].trimmedCell)'" }
        return cells.isEmpty ? "(blank)" : cells.joined(separator: ", ")
    }
}
