import GradePortCore
import GradePortWriters

/// Writes a report's rows as CSV, one line per row (annual rows too).
///
/// Columns: `student_id`, `student`, `class`, `subject`, `term`, `formative_percent`,
/// `section_percent`, `term_percent`, `total_percent`, `rounded_percent`, `mark`, `term_marks`,
/// `platform_mark`, `missing_summatives`, `warnings`. UTF-8 without BOM, comma-separated, `.`
/// decimals, RFC 4180 quoting; text a spreadsheet would run as a formula is neutralised (see
/// ``GradePortWriters/FormulaGuard``). Lists are joined with `; `, term marks with spaces. Class
/// summaries are in the JSON, table and HTML reports.
public struct ReportCSVRenderer: ReportRenderer {
    /// The header row's column names.
    public static let columns = [
        "student_id", "student", "class", "subject", "term", "formative_percent", "section_percent", "term_percent",
        "total_percent", "rounded_percent", "mark", "term_marks", "platform_mark", "missing_summatives", "warnings",
    ]

    /// The layout: standard CSV, or the Excel layout for Russian/Kazakh locales (BOM, `;`, decimal comma).
    public var format: CSVFormat

    /// Creates a renderer.
    public init(format: CSVFormat = .standard) {
        self.format = format
    }

    /// Writes the CSV text in chunks of about `chunkSize` bytes.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var csv = CSVRecordBuffer(format: format, capacity: chunkSize + 4096)
        csv.header(Self.columns)
        for row in report.rows {
            csv.text(row.student.id)
            csv.text(row.student.fullName)
            csv.text(row.className)
            csv.text(row.subject)
            csv.text(row.period?.label)
            csv.number(row.formativePercent)
            csv.number(row.sectionPercent)
            csv.number(row.termPercent)
            csv.number(row.totalPercent)
            csv.integer(row.roundedPercent)
            csv.integer(row.mark)
            csv.text(row.termMarks.map { $0.map(String.init).joined(separator: " ") })
            csv.text(row.platformMark.map { $0.mark.map(String.init) ?? $0.raw })
            csv.text(row.missingSummatives.isEmpty ? nil : row.missingSummatives.joined(separator: "; "))
            csv.text(row.warnings.isEmpty ? nil : row.warnings.map(\.message).joined(separator: "; "))
            csv.endRecord()
            if csv.bytes.count >= chunkSize {
                try sink(csv.bytes[...])
                csv.removeAll()
            }
        }
        try sink(csv.bytes[...])
    }
}
