import GradePortCore
import GradePortLocalization
import GradePortWriters

/// Writes a report as an XLSX workbook (libxlsxwriter, constant memory):
///
/// - one sheet per class and term (`7А 2025-2026-Q1`), with the columns of the report's CSV
///   (``ReportCSVRenderer/columns``): percents as numbers, marks coloured by band (2 red, 3 yellow,
///   4 light green, 5 green), the header frozen and filtered;
/// - `Classes`: the class summaries (students, counts of each mark, quality and progress, averages,
///   СОР and СОЧ bands);
/// - `Schools` (or `City`) with `--by school|city`: the summaries per school (or the city), grade,
///   subject and term, with the columns of the CSV's summaries (``ReportCSVRenderer/groupColumns``);
/// - `Warnings`: one row per warning of a row, with its student, class, subject and term.
///
/// Without a language the headers and sheet names are the CSV's English names; with one (the CLI
/// passes `--lang`, else the locale's) they are a teacher's words in it (`Оқушы`, `ҚБ %`, `Сыныптар`),
/// and so are the warnings.
public struct ReportXLSXWriter: Sendable {
    /// The columns of the `Classes` sheet.
    public static let classColumns = [
        "class", "subject", "term", "students", "mark_5", "mark_4", "mark_3", "mark_2", "without_mark", "quality",
        "progress", "formative_percent", "section_percent", "term_percent", "total_percent", "mean_mark",
        "section_high", "section_middle", "section_low", "section_none", "term_high", "term_middle", "term_low",
        "term_none",
    ]
    /// The columns of the `Warnings` sheet.
    public static let warningColumns = ["student_id", "student", "class", "subject", "term", "warning"]

    /// The headers' words, or `nil` for the CSV's English names.
    let words: ReportWording?

    /// Creates a writer naming columns and sheets in `language`, or with the CSV's English names.
    public init(language: Language? = nil) {
        words = language.map(ReportWording.init(language:))
    }

    /// Writes the workbook's bytes to `sink`.
    ///
    /// - Throws: `InterchangeError` when the workbook cannot be written, or what the sink throws.
    public func write(_ report: GradeReport, to sink: (ArraySlice<UInt8>) throws -> Void) throws {
        try XLSXWorkbook.streamed(to: sink) { workbook in
            writeRows(of: report, into: workbook)
            writeClasses(of: report, into: workbook)
            if report.level != .class { writeGroups(of: report, into: workbook) }
            writeWarnings(of: report, into: workbook)
        }
    }

    private func writeRows(of report: GradeReport, into workbook: XLSXWorkbook) {
        // A sheet per class and term, in the order the report lists them.
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for (index, row) in report.rows.enumerated() {
            let key = "\(row.className ?? "—") \(row.period?.label.replacingOccurrences(of: "/", with: "-") ?? "—")"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for key in order {
            let sheet = workbook.addSheet(key)
            workbook.header(sheet, 0, columns.rows(withSchool: false))
            let indices = groups[key] ?? []
            for (offset, index) in indices.enumerated() {
                let row = report.rows[index]
                let line = offset + 1
                workbook.text(sheet, line, 0, row.student.id)
                workbook.text(sheet, line, 1, row.student.fullName)
                workbook.text(sheet, line, 2, row.className)
                workbook.text(sheet, line, 3, row.subject)
                workbook.text(sheet, line, 4, row.period?.label)
                workbook.number(sheet, line, 5, row.formativePercent?.doubleValue, .percent)
                workbook.number(sheet, line, 6, row.sectionPercent?.doubleValue, .percent)
                workbook.number(sheet, line, 7, row.termPercent?.doubleValue, .percent)
                workbook.number(sheet, line, 8, row.totalPercent?.doubleValue, .percent)
                workbook.number(sheet, line, 9, row.roundedPercent.map(Double.init), .percent)
                workbook.number(sheet, line, 10, row.mark.map(Double.init), row.mark.map(Self.style))
                workbook.text(sheet, line, 11, row.termMarks.map { $0.map(String.init).joined(separator: " ") })
                workbook.text(sheet, line, 12, row.platformMark.map { $0.mark.map(String.init) ?? $0.raw })
                workbook.text(sheet, line, 13, row.missingSummatives.joined(separator: "; "))
                workbook.text(sheet, line, 14, row.warnings.map(message).joined(separator: "; "))
            }
            workbook.width(sheet, 1, 1, 34)
            workbook.freezeAndFilter(
                sheet, rows: 1, columns: 2, headerRow: 0, lastRow: indices.count,
                columnCount: ReportCSVRenderer.columns.count)
        }
    }

    private func writeClasses(of report: GradeReport, into workbook: XLSXWorkbook) {
        let sheet = workbook.addSheet(words?[.classesSheet] ?? "Classes")
        workbook.header(sheet, 0, columns.classes)
        for (offset, summary) in report.classes.enumerated() {
            let line = offset + 1
            let count = { (mark: Int) in Double(summary.marks.first { $0.mark == mark }?.count ?? 0) }
            let numbers: [Double?] = [
                Double(summary.students), count(5), count(4), count(3), count(2), Double(summary.withoutMark),
                summary.quality?.doubleValue, summary.progress?.doubleValue,
                summary.averages.formativePercent?.doubleValue, summary.averages.sectionPercent?.doubleValue,
                summary.averages.termPercent?.doubleValue, summary.averages.totalPercent?.doubleValue,
                summary.averages.mark?.doubleValue, Double(summary.sectionBands.high),
                Double(summary.sectionBands.middle), Double(summary.sectionBands.low),
                Double(summary.sectionBands.none),
                Double(summary.termBands.high), Double(summary.termBands.middle), Double(summary.termBands.low),
                Double(summary.termBands.none),
            ]
            workbook.text(sheet, line, 0, summary.className)
            workbook.text(sheet, line, 1, summary.subject)
            workbook.text(sheet, line, 2, summary.period?.label)
            for (column, value) in numbers.enumerated() { workbook.number(sheet, line, column + 3, value, .number) }
        }
        workbook.freezeAndFilter(
            sheet, rows: 1, columns: 0, headerRow: 0, lastRow: report.classes.count,
            columnCount: Self.classColumns.count)
    }

    private func writeWarnings(of report: GradeReport, into workbook: XLSXWorkbook) {
        let sheet = workbook.addSheet(words?[.warningsSheet] ?? "Warnings")
        workbook.header(sheet, 0, columns.warnings)
        var line = 0
        for row in report.rows {
            for warning in row.warnings {
                line += 1
                workbook.text(sheet, line, 0, row.student.id)
                workbook.text(sheet, line, 1, row.student.fullName)
                workbook.text(sheet, line, 2, row.className)
                workbook.text(sheet, line, 3, row.subject)
                workbook.text(sheet, line, 4, row.period?.label)
                workbook.text(sheet, line, 5, message(warning))
            }
        }
        workbook.width(sheet, 5, 5, 100)
        workbook.freezeAndFilter(
            sheet, rows: 1, columns: 0, headerRow: 0, lastRow: line, columnCount: Self.warningColumns.count)
    }

    /// `--by school|city`: one row per summary, with the CSV's summary columns and values.
    private func writeGroups(of report: GradeReport, into workbook: XLSXWorkbook) {
        let city = report.level == .city
        let name = city ? words.map { $0[.citySummary] } ?? "City" : words.map { $0[.schoolsSummary] } ?? "Schools"
        let sheet = workbook.addSheet(name)
        let header = columns.groups
        workbook.header(sheet, 0, header)
        for (offset, summary) in report.groups.enumerated() {
            let line = offset + 1
            let allSchools = words.map { $0[.allSchools] } ?? "все школы"
            workbook.text(sheet, line, 0, summary.school ?? (city ? allSchools : nil))
            workbook.number(sheet, line, 1, summary.grade.map(Double.init), .number)
            workbook.text(sheet, line, 2, summary.subject)
            workbook.text(sheet, line, 3, summary.period?.label)
            workbook.number(sheet, line, 4, Double(summary.students), .number)
            workbook.text(
                sheet, line, 5, summary.marks.reversed().map { "\($0.mark):\($0.count)" }.joined(separator: " "))
            let bands = [summary.sectionBands, summary.termBands].flatMap { [$0.high, $0.middle, $0.low, $0.none] }
            let numbers: [Double?] =
                [Double(summary.withoutMark), summary.quality?.doubleValue, summary.progress?.doubleValue]
                + bands.map(Double.init)
                + [
                    summary.averages.formativePercent?.doubleValue, summary.averages.sectionPercent?.doubleValue,
                    summary.averages.termPercent?.doubleValue, summary.averages.totalPercent?.doubleValue,
                    summary.averages.mark?.doubleValue, Double(summary.missingSummatives.count),
                    summary.platformMarkDifferences.map(Double.init),
                ]
            for (column, value) in numbers.enumerated() { workbook.number(sheet, line, column + 6, value, .number) }
        }
        workbook.width(sheet, 0, 0, 30)
        workbook.freezeAndFilter(
            sheet, rows: 1, columns: 1, headerRow: 0, lastRow: report.groups.count, columnCount: header.count)
    }

    private var columns: ReportColumns { ReportColumns(words: words) }

    /// A warning in the workbook's words (the CSV's English without a language).
    private func message(_ warning: ReportWarning) -> String {
        words.map { $0.warning(warning) } ?? warning.message
    }

    private static func style(_ mark: Int) -> XLSXWorkbook.Style {
        switch mark {
        case ...2: .mark2
        case 3: .mark3
        case 4: .mark4
        default: .mark5
        }
    }
}
