import GradePortCore
import GradePortLocalization
import GradePortWriters

/// Writes a report's rows as CSV, one line per row (annual rows too).
///
/// Columns: `student_id`, `student`, `class`, `subject`, `term`, `formative_percent`,
/// `section_percent`, `term_percent`, `total_percent`, `rounded_percent`, `mark`, `term_marks`,
/// `platform_mark`, `missing_summatives`, `warnings`. UTF-8 without BOM, comma-separated, `.`
/// decimals, RFC 4180 quoting; text a spreadsheet would run as a formula is neutralised (see
/// ``GradePortWriters/FormulaGuard``). Lists are joined with `; `, term marks with spaces. Class
/// summaries are in the JSON, table and HTML reports. When a row's class has a school, a last
/// column `school` is added (single-school inputs without one keep the columns above).
///
/// With `--by school|city` the CSV holds the summaries instead, one line per school (or the city),
/// grade, subject and term: ``groupColumns``.
///
/// The column names above are a contract and stay the default. Given `language` Russian or Kazakh, the
/// header is a teacher's words in it (`Ученик`, `ФО %`…; `Оқушы`, `ҚБ %`…) and the warnings are
/// written as the table shows them; English keeps the contract's names and messages.
public struct ReportCSVRenderer: ReportRenderer {
    /// The header row's column names.
    public static let columns = [
        "student_id", "student", "class", "subject", "term", "formative_percent", "section_percent", "term_percent",
        "total_percent", "rounded_percent", "mark", "term_marks", "platform_mark", "missing_summatives", "warnings",
    ]

    /// The header of the summaries written for `--by school|city`.
    public static let groupColumns = [
        "school", "grade", "subject", "term", "students", "marks", "without_mark", "quality", "progress",
        "section_high", "section_middle", "section_low", "section_none", "term_high", "term_middle", "term_low",
        "term_none", "formative_percent", "section_percent", "term_percent", "total_percent", "mean_mark",
        "missing_summatives", "platform_mark_differences",
    ]

    /// The layout: standard CSV, or the Excel layout for Russian/Kazakh locales (BOM, `;`, decimal comma).
    public var format: CSVFormat
    /// The header's and warnings' words, or `nil` for the contract's English.
    let words: ReportWording?

    /// Creates a renderer; `language` Russian or Kazakh names the columns in it.
    public init(format: CSVFormat = .standard, language: Language? = nil) {
        self.format = format
        words = language.flatMap { $0 == .en ? nil : ReportWording(language: $0) }
    }

    /// Writes the CSV text in chunks of about `chunkSize` bytes.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var csv = CSVRecordBuffer(format: format, capacity: chunkSize + 4096)
        if report.level != .class {
            try writeGroups(report, into: &csv, chunkSize: chunkSize, to: sink)
            return
        }
        let withSchool = report.rows.contains { $0.school != nil }
        csv.header(ReportColumns(words: words).rows(withSchool: withSchool))
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
            csv.text(row.warnings.isEmpty ? nil : row.warnings.map(message).joined(separator: "; "))
            if withSchool { csv.text(row.school) }
            csv.endRecord()
            if csv.bytes.count >= chunkSize {
                try sink(csv.bytes[...])
                csv.removeAll()
            }
        }
        try sink(csv.bytes[...])
    }

    /// The school or city summaries, one line each; marks as `5:3 4:7 3:2 2:0`.
    private func writeGroups(
        _ report: GradeReport, into csv: inout CSVRecordBuffer, chunkSize: Int,
        to sink: (ArraySlice<UInt8>) throws -> Void
    ) rethrows {
        csv.header(ReportColumns(words: words).groups)
        for summary in report.groups {
            csv.text(summary.school ?? (report.level == .city ? words.map { $0[.allSchools] } ?? "все школы" : nil))
            csv.integer(summary.grade)
            csv.text(summary.subject)
            csv.text(summary.period?.label)
            csv.integer(summary.students)
            csv.text(summary.marks.reversed().map { "\($0.mark):\($0.count)" }.joined(separator: " "))
            csv.integer(summary.withoutMark)
            csv.number(summary.quality)
            csv.number(summary.progress)
            for bands in [summary.sectionBands, summary.termBands] {
                csv.integer(bands.high)
                csv.integer(bands.middle)
                csv.integer(bands.low)
                csv.integer(bands.none)
            }
            csv.number(summary.averages.formativePercent)
            csv.number(summary.averages.sectionPercent)
            csv.number(summary.averages.termPercent)
            csv.number(summary.averages.totalPercent)
            csv.number(summary.averages.mark)
            csv.integer(summary.missingSummatives.count)
            csv.integer(summary.platformMarkDifferences)
            csv.endRecord()
            if csv.bytes.count >= chunkSize {
                try sink(csv.bytes[...])
                csv.removeAll()
            }
        }
        try sink(csv.bytes[...])
    }

    /// A warning in the CSV's words.
    private func message(_ warning: ReportWarning) -> String {
        words.map { $0.warning(warning) } ?? warning.message
    }
}
