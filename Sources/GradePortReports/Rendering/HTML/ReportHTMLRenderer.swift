import GradePortCore

/// Writes a report as one self-contained HTML page in Russian: no scripts, fonts, images or links
/// outside the file, readable offline and printable.
///
/// The page has a section per subject and term (and one per subject and year for annual marks).
/// Each section shows three SVG charts — marks per class (stacked bars), a histogram of total
/// percentages, and СОР % against СОЧ % per student (a scatter plot) — then the class summaries
/// (marks, quality and progress, СОР and СОЧ bands, averages, students missing summatives) and,
/// per class, the students' rows with their remarks. All text from the inputs is escaped; the
/// page is well-formed XML (XHTML syntax) as well as HTML. The same report gives the same bytes.
public struct ReportHTMLRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// Writes the page as UTF-8, one section at a time.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var out = MarkupBuffer()
        Self.openPage(&out, title: "Отчёт об успеваемости")
        let sections = Self.sections(report)
        header(report, sections: sections, into: &out)
        if report.level != .class { renderGroups(report, into: &out) }
        for (number, section) in sections.enumerated() {
            render(section, number: number + 1, report: report, into: &out)
            if out.text.utf8.count >= chunkSize {
                try sink(Array(out.text.utf8)[...])
                out = MarkupBuffer()
            }
        }
        if report.rows.isEmpty {
            out.element("p", text: "Нет строк: в данных нет результатов по выбранным классам, предметам и периодам.")
        }
        out.raw("</body>\n</html>\n")
        try sink(Array(out.text.utf8)[...])
    }

    /// The page's start, up to `<body>`: the doctype, `<head>` with the title and the style.
    static func openPage(_ out: inout MarkupBuffer, title: String) {
        out.raw("<!DOCTYPE html>\n")
        out.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "ru")])
        out.raw("\n<head>\n")
        out.empty("meta", [("charset", "utf-8")])
        out.raw("\n")
        out.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        out.raw("\n")
        out.element("title", text: title)
        out.raw("\n<style>\n" + ReportStyle.css + "\n</style>\n</head>\n<body>\n")
    }

    /// The classes of one subject in one term or year, with their rows.
    struct Section {
        var subject: String?
        var period: ReportPeriod?
        var classes: [(summary: ClassSummary, rows: ArraySlice<ReportRow>)] = []

        var title: String {
            (subject ?? "предмет не указан") + " · " + (period?.displayName ?? "период не указан")
        }
        var isAnnual: Bool { period?.isAnnual ?? false }
    }

    /// Sections in the order their first class appears in the report.
    static func sections(_ report: GradeReport) -> [Section] {
        struct Key: Hashable {
            var subject: String?
            var period: String?
            var annual: Bool
        }
        var sections: [Section] = []
        var positions: [Key: Int] = [:]
        var offset = 0
        for summary in report.classes {
            let rows = report.rows[offset..<(offset + summary.students)]
            offset += summary.students
            let key = Key(
                subject: summary.subject, period: summary.period?.id, annual: summary.period?.isAnnual ?? false)
            if positions[key] == nil {
                positions[key] = sections.count
                sections.append(Section(subject: summary.subject, period: summary.period))
            }
            sections[positions[key]!].classes.append((summary, rows))
        }
        return sections
    }

    private func header(_ report: GradeReport, sections: [Section], into out: inout MarkupBuffer) {
        out.element("h1", text: "Отчёт об успеваемости")
        let students = Set(report.rows.map(\.student.id)).count
        out.element(
            "p", [("class", "meta")],
            text:
                "Правила: \(report.policy.name) (\(report.policy.id)). Учеников: \(students); строк: \(report.rows.count)."
        )
        for entry in report.policy.entries {
            let weights = entry.weights.counted.map { "\($0.abbreviation) \(HumanNumber.text(entry.weights[$0])) %" }
            let scale = entry.scale.bands.reversed().map { "«\($0.mark)» \($0.lowest)–\($0.highest) %" }
            let years = entry.years.last.map { "\(entry.years.first)…\($0)" } ?? "с \(entry.years.first)"
            let grades = entry.grades.map { ", классы \($0.lowerBound)–\($0.upperBound)" } ?? ""
            out.element(
                "p", [("class", "meta")],
                text: "\(years)\(grades): \(weights.joined(separator: " + ")); \(scale.joined(separator: ", ")).")
        }
        out.element(
            "p", [("class", "meta")],
            text: "Итог округляется до целого по правилам математики из точного значения; отсутствие, освобождение и "
                + "несданные работы не считаются нулём. Годовая оценка — среднее оценок за периоды, округлённое до целого."
        )
        guard sections.count > 1 else { return }
        out.open("nav")
        out.element("h2", text: "Содержание")
        out.open("ul")
        for (number, section) in sections.enumerated() {
            out.open("li")
            out.element("a", [("href", "#s\(number + 1)")], text: section.title)
            out.close("li")
        }
        out.close("ul")
        out.close("nav")
        out.raw("\n")
    }

    private func render(_ section: Section, number: Int, report: GradeReport, into out: inout MarkupBuffer) {
        out.open("section", [("id", "s\(number)")])
        out.raw("\n")
        out.element("h2", text: section.title)
        let marks = Set(report.policy.entries.flatMap { $0.scale.bands.map(\.mark) }).sorted()
        out.open("div", [("class", "charts")])
        Self.marksChart(
            section, id: "s\(number)-marks",
            title: section.isAnnual ? "Годовые оценки по классам" : "Оценки по классам", marks: marks
        ).render(into: &out)
        if !section.isAnnual {
            let rows = section.classes.flatMap(\.rows)
            PercentHistogram(
                id: "s\(number)-histogram", title: "Распределение итоговых процентов",
                percents: rows.compactMap(\.roundedPercent), scale: scale(for: section, report: report)
            ).render(into: &out)
            SummativeScatter(
                id: "s\(number)-scatter", title: "СОР и СОЧ: каждый ученик — точка",
                points: rows.compactMap { row in
                    guard let section = row.sectionPercent, let term = row.termPercent else { return nil }
                    return .init(
                        name: row.student.fullName, className: row.className, section: section, term: term,
                        mark: row.mark)
                }, marks: marks
            ).render(into: &out)
        }
        out.close("div")
        out.raw("\n")
        summaryTable(section, into: &out)
        for entry in section.classes {
            out.element("h3", text: (entry.summary.label ?? "класс не указан") + " · " + section.title)
            if section.isAnnual {
                annualRows(entry.rows, into: &out)
            } else {
                termRows(entry.rows, into: &out)
            }
            if !entry.summary.missingSummatives.isEmpty {
                out.element(
                    "p",
                    text: "Без СОР/СОЧ: "
                        + entry.summary.missingSummatives.map {
                            "\($0.student.fullName) (\($0.titles.joined(separator: ", ")))"
                        }.joined(separator: "; "))
            }
        }
        out.close("section")
        out.raw("\n")
    }

    /// The stacked bars of a section's summaries (classes, or schools and grades), one bar each.
    private static func marksChart(_ section: Section, id: String, title: String, marks: [Int]) -> MarksByClassChart {
        MarksByClassChart(
            id: id, title: title,
            bars: section.classes.map { entry in
                .init(
                    className: entry.summary.label ?? "—",
                    counts: entry.summary.marks.map { ($0.mark, $0.count) }, withoutMark: entry.summary.withoutMark)
            }, marks: marks)
    }

    /// `--by school|city`: per subject and term, a chart comparing the schools' (or the city's
    /// grades') marks and their summary table, before the classes' sections.
    private func renderGroups(_ report: GradeReport, into out: inout MarkupBuffer) {
        let bySchool = report.level == .school
        out.open("section", [("id", bySchool ? "schools" : "city")])
        out.raw("\n")
        out.element("h2", text: bySchool ? "Сравнение школ" : "Город: все школы")
        var sections: [Section] = []
        var positions: [String: Int] = [:]
        for summary in report.groups {
            let key =
                (summary.subject ?? "") + "\u{1F}" + (summary.period?.id ?? "") + "\u{1F}"
                + (summary.period?.isAnnual == true ? "Y" : "")
            if positions[key] == nil {
                positions[key] = sections.count
                sections.append(Section(subject: summary.subject, period: summary.period))
            }
            sections[positions[key]!].classes.append((summary, report.rows[0..<0]))
        }
        let marks = Set(report.policy.entries.flatMap { $0.scale.bands.map(\.mark) }).sorted()
        for (number, section) in sections.enumerated() {
            out.element("h3", text: section.title)
            out.open("div", [("class", "charts")])
            Self.marksChart(
                section, id: "g\(number + 1)-marks", title: bySchool ? "Оценки по школам" : "Оценки по параллелям",
                marks: marks
            ).render(into: &out)
            out.close("div")
            out.raw("\n")
            summaryTable(section, firstHeader: bySchool ? "Школа, параллель" : "Параллель", into: &out)
            let differences = section.classes.compactMap(\.summary.platformMarkDifferences).reduce(0, +)
            if differences > 0 {
                out.element("p", text: "Оценка платформы расходится с вычисленной: \(differences)")
            }
        }
        out.close("section")
        out.raw("\n")
    }

    /// The scale the histogram colours by: the rule of the section's school year, else the latest.
    private func scale(for section: Section, report: GradeReport) -> MarkScale {
        let grade = section.classes.first?.rows.first?.grade
        if let year = section.period?.schoolYear, let entry = report.policy.entry(for: year, grade: grade) {
            return entry.scale
        }
        return report.policy.latestEntry(grade: grade)?.scale ?? .kazakhstan
    }

    private func summaryTable(_ section: Section, firstHeader: String = "Класс", into out: inout MarkupBuffer) {
        let marks = section.classes.first?.summary.marks.map(\.mark).reversed() ?? []
        out.open("table", [("class", "summary")])
        out.open("thead")
        out.open("tr")
        var headers =
            [firstHeader, "Учеников"] + marks.map { "«\($0)»" } + ["Без оценки", "Качество, %", "Успеваемость, %"]
        if section.isAnnual {
            headers += ["Средняя оценка"]
        } else {
            headers += [
                "СОР: выс. / ср. / низ. / нет", "СОЧ: выс. / ср. / низ. / нет", "Ср. ФО, %", "Ср. СОР, %", "Ср. СОЧ, %",
                "Ср. итог, %", "Ср. оценка",
            ]
        }
        for header in headers { out.element("th", text: header) }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for entry in section.classes {
            let summary = entry.summary
            out.open("tr")
            out.element("td", text: summary.label ?? "—")
            out.element("td", [("class", "num")], text: "\(summary.students)")
            for mark in marks { out.element("td", [("class", "num")], text: "\(summary.count(of: mark))") }
            out.element("td", [("class", "num")], text: "\(summary.withoutMark)")
            out.element("td", [("class", "num")], text: HumanNumber.text(summary.quality))
            out.element("td", [("class", "num")], text: HumanNumber.text(summary.progress))
            if section.isAnnual {
                out.element("td", [("class", "num")], text: HumanNumber.text(summary.averages.mark))
            } else {
                out.element("td", [("class", "num")], text: Self.bands(summary.sectionBands))
                out.element("td", [("class", "num")], text: Self.bands(summary.termBands))
                out.element("td", [("class", "num")], text: HumanNumber.text(summary.averages.formativePercent))
                out.element("td", [("class", "num")], text: HumanNumber.text(summary.averages.sectionPercent))
                out.element("td", [("class", "num")], text: HumanNumber.text(summary.averages.termPercent))
                out.element("td", [("class", "num")], text: HumanNumber.text(summary.averages.totalPercent))
                out.element("td", [("class", "num")], text: HumanNumber.text(summary.averages.mark))
            }
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.element(
            "p", [("class", "legend-note")],
            text: "Качество — доля «4» и «5» среди учеников с оценкой; успеваемость — доля «3», «4» и «5». "
                + "Уровни СОР и СОЧ: высокий 85–100 %, средний 40–84 %, низкий 0–39 %.")
        out.raw("\n")
    }

    private static func bands(_ counts: BandCounts) -> String {
        "\(counts.high) / \(counts.middle) / \(counts.low) / \(counts.none)"
    }

    private func termRows(_ rows: ArraySlice<ReportRow>, into out: inout MarkupBuffer) {
        out.open("table", [("class", "rows")])
        out.open("thead")
        out.open("tr")
        for header in ["№", "Ученик", "ФО, %", "СОР, %", "СОЧ, %", "Итог, %", "Оценка", "Платформа", "Замечания"] {
            out.element("th", text: header)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for (number, row) in rows.enumerated() {
            rowStart(row, into: &out)
            out.element("td", [("class", "num")], text: "\(number + 1)")
            out.element("td", text: row.student.fullName)
            out.element("td", [("class", "num")], text: HumanNumber.text(row.formativePercent))
            out.element("td", [("class", "num")], text: HumanNumber.text(row.sectionPercent))
            out.element("td", [("class", "num")], text: HumanNumber.text(row.termPercent))
            out.element("td", [("class", "num")], text: HumanNumber.text(row.totalPercent))
            out.element("td", [("class", "mark")], text: HumanNumber.text(row.mark))
            rowEnd(row, into: &out)
        }
        out.close("tbody")
        out.close("table")
        out.raw("\n")
    }

    private func annualRows(_ rows: ArraySlice<ReportRow>, into out: inout MarkupBuffer) {
        out.open("table", [("class", "rows")])
        out.open("thead")
        out.open("tr")
        for header in ["№", "Ученик", "Оценки за периоды", "Среднее", "Годовая", "Платформа", "Замечания"] {
            out.element("th", text: header)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for (number, row) in rows.enumerated() {
            rowStart(row, into: &out)
            out.element("td", [("class", "num")], text: "\(number + 1)")
            out.element("td", text: row.student.fullName)
            out.element("td", text: row.termMarks.map { $0.map(String.init).joined(separator: " ") } ?? "—")
            out.element("td", [("class", "num")], text: HumanNumber.text(row.meanMark))
            out.element("td", [("class", "mark")], text: HumanNumber.text(row.mark))
            rowEnd(row, into: &out)
        }
        out.close("tbody")
        out.close("table")
        out.raw("\n")
    }

    private func rowStart(_ row: ReportRow, into out: inout MarkupBuffer) {
        let mismatch = row.warnings.contains { if case .platformMarkDiffers = $0 { true } else { false } }
        out.open("tr", mismatch ? [("class", "mismatch")] : [])
    }

    private func rowEnd(_ row: ReportRow, into out: inout MarkupBuffer) {
        let platform = row.platformMark.map { $0.mark.map(String.init) ?? $0.raw } ?? ""
        out.element("td", [("class", "mark platform")], text: platform)
        out.element("td", [("class", "warn")], text: row.warnings.map(\.russianMessage).joined(separator: "; "))
        out.close("tr")
        out.raw("\n")
    }
}
