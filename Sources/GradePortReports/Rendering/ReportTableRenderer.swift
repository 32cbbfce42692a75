import GradePortCore
import GradePortLocalization

/// Writes a report as aligned text for a terminal, in Russian, Kazakh or English: one block per
/// class, subject and term with its students, the class summary under it, and the rows' remarks
/// numbered by row.
public struct ReportTableRenderer: ReportRenderer {
    let words: ReportWording

    /// Creates a renderer writing in `language` (Russian unless told).
    public init(language: Language = .ru) {
        words = ReportWording(language: language)
    }

    /// Writes the text as UTF-8, one class block at a time.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var lines: [String] = []
        lines.append(words[.reportTitle] + " · " + words.format(.policyLine, report.policy.name, report.policy.id))
        if report.rows.isEmpty {
            lines.append(words[.noRows])
        }
        var start = 0
        for summary in report.classes {
            let rows = report.rows[start..<(start + summary.students)]
            start += summary.students
            lines.append("")
            lines.append(heading(summary))
            lines += summary.period?.isAnnual == true ? annualTable(rows) : termTable(rows)
            lines += summaryLines(summary)
            lines += remarks(rows)
            if lines.count > 1000 {
                try sink(Array((lines.joined(separator: "\n") + "\n").utf8)[...])
                lines.removeAll()
            }
        }
        if report.level != .class {
            lines.append("")
            lines.append(report.level == .school ? words[.schoolsSummary] : words[.citySummary])
            for summary in report.groups {
                lines.append("")
                lines.append(heading(summary))
                lines += summaryLines(summary)
                if let differences = summary.platformMarkDifferences, differences > 0 {
                    lines.append("  " + words.format(.platformDiffers, differences))
                }
            }
        }
        if !lines.isEmpty { try sink(Array((lines.joined(separator: "\n") + "\n").utf8)[...]) }
    }

    func heading(_ summary: ClassSummary) -> String {
        [words.label(summary) ?? words[.noClass], summary.subject ?? words[.noSubject], words.period(summary.period)]
            .map(DisplayWidth.printable).joined(separator: " · ")
    }

    func termTable(_ rows: ArraySlice<ReportRow>) -> [String] {
        var table = TextTable([
            (words[.number], .right), (words[.student], .left), (words[.formative] + " %", .right),
            (words[.section] + " %", .right), (words[.term] + " %", .right), (words[.total] + " %", .right),
            (words[.mark], .right), (words[.platform], .right), ("!", .right),
        ])
        for (number, row) in rows.enumerated() {
            table.append([
                String(number + 1), row.student.fullName, words.number(row.formativePercent),
                words.number(row.sectionPercent), words.number(row.termPercent),
                words.number(row.totalPercent), words.number(row.mark), platform(row),
                row.warnings.isEmpty ? "" : String(row.warnings.count),
            ])
        }
        return table.lines(indent: 2)
    }

    func annualTable(_ rows: ArraySlice<ReportRow>) -> [String] {
        var table = TextTable([
            (words[.number], .right), (words[.student], .left), (words[.byPeriods], .left),
            (words[.mean], .right), (words[.annual], .right), (words[.platform], .right), ("!", .right),
        ])
        for (number, row) in rows.enumerated() {
            table.append([
                String(number + 1), row.student.fullName,
                row.termMarks.map { $0.map(String.init).joined(separator: " ") } ?? "—", words.number(row.meanMark),
                words.number(row.mark), platform(row), row.warnings.isEmpty ? "" : String(row.warnings.count),
            ])
        }
        return table.lines(indent: 2)
    }

    private func platform(_ row: ReportRow) -> String {
        guard let platform = row.platformMark else { return "" }
        return platform.mark.map(String.init) ?? platform.raw
    }

    func summaryLines(_ summary: ClassSummary) -> [String] {
        var lines: [String] = []
        let marks = summary.marks.reversed().map { "«\($0.mark)» \($0.count)" }.joined(separator: ", ")
        var line = "  \(words[.marksLine]): \(marks), \(words[.withoutMark]) \(summary.withoutMark)"
        if let quality = summary.quality { line += " · \(words[.quality]) \(words.number(quality)) %" }
        if let progress = summary.progress { line += " · \(words[.progress]) \(words.number(progress)) %" }
        lines.append(line)
        if summary.period?.isAnnual != true {
            lines.append(
                "  \(words[.section]): \(words.bands(summary.sectionBands)) · \(words[.term]): "
                    + words.bands(summary.termBands))
            let averages = summary.averages
            lines.append(
                "  \(words[.averagesLine]): \(words[.formative]) \(words.number(averages.formativePercent)) % · "
                    + "\(words[.section]) \(words.number(averages.sectionPercent)) % · \(words[.term]) "
                    + "\(words.number(averages.termPercent)) % · \(words[.total].lowercased()) "
                    + "\(words.number(averages.totalPercent)) % · \(words[.mark].lowercased()) "
                    + words.number(averages.mark)
            )
        } else {
            lines.append("  \(words[.meanAnnualMark]): \(words.number(summary.averages.mark))")
        }
        if !summary.missingSummatives.isEmpty {
            let names = summary.missingSummatives.map { entry in
                "\(entry.student.fullName) (\(entry.titles.joined(separator: ", ")))"
            }
            lines.append(DisplayWidth.printable("  \(words[.missingSummatives]): " + names.joined(separator: "; ")))
        }
        return lines
    }

    func remarks(_ rows: ArraySlice<ReportRow>) -> [String] {
        var lines: [String] = []
        for (number, row) in rows.enumerated() where !row.warnings.isEmpty {
            if lines.isEmpty { lines.append("  \(words[.remarks]):") }
            let text = row.warnings.map(words.warning).joined(separator: "; ")
            lines.append(DisplayWidth.printable("  \(number + 1). \(row.student.fullName): \(text)"))
        }
        return lines
    }
}
