import GradePortCore

/// Writes a report's rows as CSV, one line per row (annual rows too).
///
/// Columns: `student_id`, `student`, `class`, `subject`, `term`, `formative_percent`,
/// `section_percent`, `term_percent`, `total_percent`, `rounded_percent`, `mark`, `term_marks`,
/// `platform_mark`, `missing_summatives`, `warnings`. UTF-8 without BOM, comma-separated, `.`
/// decimals, RFC 4180 quoting; text a spreadsheet would run as a formula is neutralised (see
/// ``GradePortCore/CSVField``). Lists are joined with `; `, term marks with spaces. Class
/// summaries are in the JSON, table and HTML reports.
public struct ReportCSVRenderer: ReportRenderer {
    /// The header row's column names.
    public static let columns = [
        "student_id", "student", "class", "subject", "term", "formative_percent", "section_percent", "term_percent",
        "total_percent", "rounded_percent", "mark", "term_marks", "platform_mark", "missing_summatives", "warnings",
    ]

    /// Creates a renderer.
    public init() {}

    /// Writes the CSV text in chunks of about `chunkSize` bytes.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        out.append(contentsOf: Self.columns.joined(separator: ",").utf8)
        out.append(0x0A)
        for row in report.rows {
            func text(_ value: String?) {
                CSVField.appendText(value, to: &out)
                out.append(UInt8(ascii: ","))
            }
            func number(_ value: DecimalNumber?) {
                CSVField.appendNumber(value, to: &out)
                out.append(UInt8(ascii: ","))
            }
            func integer(_ value: Int?) {
                CSVField.appendInteger(value, to: &out)
                out.append(UInt8(ascii: ","))
            }
            text(row.student.id)
            text(row.student.fullName)
            text(row.className)
            text(row.subject)
            text(row.period?.label)
            number(row.formativePercent)
            number(row.sectionPercent)
            number(row.termPercent)
            number(row.totalPercent)
            integer(row.roundedPercent)
            integer(row.mark)
            text(row.termMarks.map { $0.map(String.init).joined(separator: " ") })
            text(row.platformMark.map { $0.mark.map(String.init) ?? $0.raw })
            text(row.missingSummatives.isEmpty ? nil : row.missingSummatives.joined(separator: "; "))
            CSVField.appendText(
                row.warnings.isEmpty ? nil : row.warnings.map(\.message).joined(separator: "; "), to: &out)
            out.append(0x0A)
            if out.count >= chunkSize {
                try sink(out[...])
                out.removeAll(keepingCapacity: true)
            }
        }
        try sink(out[...])
    }
}
