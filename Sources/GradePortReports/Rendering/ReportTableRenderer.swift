import GradePortCore

/// Writes a report as aligned text for a terminal, in Russian: one block per class, subject and
/// term with its students, the class summary under it, and the rows' remarks numbered by row.
public struct ReportTableRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// Writes the text as UTF-8, one class block at a time.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var lines: [String] = []
        lines.append("Отчёт об успеваемости · правила: \(report.policy.name) (\(report.policy.id))")
        if report.rows.isEmpty {
            lines.append("Нет строк: в данных нет результатов по выбранным классам, предметам и периодам.")
        }
        var start = 0
        for summary in report.classes {
            let rows = report.rows[start..<(start + summary.students)]
            start += summary.students
            lines.append("")
            lines.append(Self.heading(summary))
            lines += summary.period?.isAnnual == true ? Self.annualTable(rows) : Self.termTable(rows)
            lines += Self.summaryLines(summary)
            lines += Self.remarks(rows)
            if lines.count > 1000 {
                try sink(Array((lines.joined(separator: "\n") + "\n").utf8)[...])
                lines.removeAll()
            }
        }
        if report.level != .class {
            lines.append("")
            lines.append(report.level == .school ? "Сводка по школам" : "Сводка по городу (все школы)")
            for summary in report.groups {
                lines.append("")
                lines.append(Self.heading(summary))
                lines += Self.summaryLines(summary)
                if let differences = summary.platformMarkDifferences, differences > 0 {
                    lines.append("  Оценка платформы расходится с вычисленной: \(differences)")
                }
            }
        }
        if !lines.isEmpty { try sink(Array((lines.joined(separator: "\n") + "\n").utf8)[...]) }
    }

    static func heading(_ summary: ClassSummary) -> String {
        [
            summary.label ?? "класс не указан", summary.subject ?? "предмет не указан",
            summary.period?.displayName ?? "период не указан",
        ].map(DisplayWidth.printable).joined(separator: " · ")
    }

    static func termTable(_ rows: ArraySlice<ReportRow>) -> [String] {
        var table = TextTable([
            ("№", .right), ("Ученик", .left), ("ФО %", .right), ("СОР %", .right), ("СОЧ %", .right),
            ("Итог %", .right), ("Оценка", .right), ("Платформа", .right), ("!", .right),
        ])
        for (number, row) in rows.enumerated() {
            table.append([
                String(number + 1), row.student.fullName, HumanNumber.text(row.formativePercent),
                HumanNumber.text(row.sectionPercent), HumanNumber.text(row.termPercent),
                HumanNumber.text(row.totalPercent), HumanNumber.text(row.mark), platform(row),
                row.warnings.isEmpty ? "" : String(row.warnings.count),
            ])
        }
        return table.lines(indent: 2)
    }

    static func annualTable(_ rows: ArraySlice<ReportRow>) -> [String] {
        var table = TextTable([
            ("№", .right), ("Ученик", .left), ("За периоды", .left), ("Среднее", .right), ("Годовая", .right),
            ("Платформа", .right), ("!", .right),
        ])
        for (number, row) in rows.enumerated() {
            table.append([
                String(number + 1), row.student.fullName,
                row.termMarks.map { $0.map(String.init).joined(separator: " ") } ?? "—", HumanNumber.text(row.meanMark),
                HumanNumber.text(row.mark), platform(row), row.warnings.isEmpty ? "" : String(row.warnings.count),
            ])
        }
        return table.lines(indent: 2)
    }

    private static func platform(_ row: ReportRow) -> String {
        guard let platform = row.platformMark else { return "" }
        return platform.mark.map(String.init) ?? platform.raw
    }

    static func summaryLines(_ summary: ClassSummary) -> [String] {
        var lines: [String] = []
        let marks = summary.marks.reversed().map { "«\($0.mark)» \($0.count)" }.joined(separator: ", ")
        var line = "  Оценки: \(marks), без оценки \(summary.withoutMark)"
        if let quality = summary.quality { line += " · качество \(HumanNumber.text(quality)) %" }
        if let progress = summary.progress { line += " · успеваемость \(HumanNumber.text(progress)) %" }
        lines.append(line)
        if summary.period?.isAnnual != true {
            lines.append("  СОР: \(bands(summary.sectionBands)) · СОЧ: \(bands(summary.termBands))")
            let averages = summary.averages
            lines.append(
                "  Средние: ФО \(HumanNumber.text(averages.formativePercent)) % · СОР "
                    + "\(HumanNumber.text(averages.sectionPercent)) % · СОЧ \(HumanNumber.text(averages.termPercent)) %"
                    + " · итог \(HumanNumber.text(averages.totalPercent)) % · оценка \(HumanNumber.text(averages.mark))"
            )
        } else {
            lines.append("  Средняя годовая оценка: \(HumanNumber.text(summary.averages.mark))")
        }
        if !summary.missingSummatives.isEmpty {
            let names = summary.missingSummatives.map { entry in
                "\(entry.student.fullName) (\(entry.titles.joined(separator: ", ")))"
            }
            lines.append(DisplayWidth.printable("  Без СОР/СОЧ: " + names.joined(separator: "; ")))
        }
        return lines
    }

    private static func bands(_ counts: BandCounts) -> String {
        "высокий \(counts.high), средний \(counts.middle), низкий \(counts.low), нет \(counts.none)"
    }

    static func remarks(_ rows: ArraySlice<ReportRow>) -> [String] {
        var lines: [String] = []
        for (number, row) in rows.enumerated() where !row.warnings.isEmpty {
            if lines.isEmpty { lines.append("  Замечания:") }
            let text = row.warnings.map(\.russianMessage).joined(separator: "; ")
            lines.append(DisplayWidth.printable("  \(number + 1). \(row.student.fullName): \(text)"))
        }
        return lines
    }
}
