import GradePortCore
import GradePortLocalization

/// Writes a report as one self-contained HTML page in Russian, Kazakh or English: no scripts, fonts, images or links
/// outside the file, readable offline and printable.
///
/// The page has a section per subject and term (and one per subject and year for annual marks).
/// Each section shows three SVG charts — marks per class (stacked bars), a histogram of total
/// percentages, and СОР % against СОЧ % per student (a scatter plot) — then the class summaries
/// (marks, quality and progress, СОР and СОЧ bands, averages, students missing summatives) and,
/// per class, the students' rows with their remarks. All text from the inputs is escaped; the
/// page is well-formed XML (XHTML syntax) as well as HTML. The same report gives the same bytes.
public struct ReportHTMLRenderer: ReportRenderer {
    let words: ReportWording

    /// Creates a renderer writing in `language` (Russian unless told).
    public init(language: Language = .ru) {
        words = ReportWording(language: language)
    }

    /// Writes the page as UTF-8, one section at a time.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var out = MarkupBuffer()
        Self.openPage(&out, title: words[.reportTitle], language: words.language)
        let sections = Self.sections(report, words: words)
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
            out.element("p", text: words[.noRows])
        }
        out.raw("</body>\n</html>\n")
        try sink(Array(out.text.utf8)[...])
    }

    /// The page's start, up to `<body>`: the doctype, `<head>` with the title and the style.
    static func openPage(_ out: inout MarkupBuffer, title: String, language: Language = .ru) {
        out.raw("<!DOCTYPE html>\n")
        out.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", language.rawValue)])
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
        var words: ReportWording

        var title: String {
            (subject ?? words[.noSubject]) + " · " + words.period(period)
        }
        var isAnnual: Bool { period?.isAnnual ?? false }
    }

    /// Sections in the order their first class appears in the report.
    static func sections(_ report: GradeReport, words: ReportWording) -> [Section] {
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
                sections.append(Section(subject: summary.subject, period: summary.period, words: words))
            }
            sections[positions[key]!].classes.append((summary, rows))
        }
        return sections
    }

    private func header(_ report: GradeReport, sections: [Section], into out: inout MarkupBuffer) {
        out.element("h1", text: words[.reportTitle])
        let students = Set(report.rows.map(\.student.id)).count
        out.element(
            "p", [("class", "meta")],
            text: words.format(.studentsAndRows, report.policy.name, report.policy.id, students, report.rows.count))
        for entry in report.policy.entries {
            let weights = entry.weights.counted.map { "\(words.abbreviation($0)) \(words.number(entry.weights[$0])) %" }
            let scale = entry.scale.bands.reversed().map { "«\($0.mark)» \($0.lowest)–\($0.highest) %" }
            let years =
                entry.years.last.map { "\(entry.years.first)…\($0)" } ?? words.format(.yearsFrom, entry.years.first)
            let grades = entry.grades.map { words.format(.gradesRange, $0.lowerBound, $0.upperBound) } ?? ""
            out.element(
                "p", [("class", "meta")],
                text: "\(years)\(grades): \(weights.joined(separator: " + ")); \(scale.joined(separator: ", ")).")
        }
        out.element(
            "p", [("class", "meta")],
            text: words[.roundingNote])
        guard sections.count > 1 else { return }
        out.open("nav")
        out.element("h2", text: words[.contents])
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
            title: section.isAnnual ? words[.chartAnnualByClass] : words[.chartMarksByClass], marks: marks
        ).render(into: &out)
        if !section.isAnnual {
            let rows = section.classes.flatMap(\.rows)
            PercentHistogram(
                id: "s\(number)-histogram", title: words[.chartHistogram],
                percents: rows.compactMap(\.roundedPercent), scale: scale(for: section, report: report), words: words
            ).render(into: &out)
            SummativeScatter(
                id: "s\(number)-scatter", title: words[.chartScatter],
                points: rows.compactMap { row in
                    guard let section = row.sectionPercent, let term = row.termPercent else { return nil }
                    return .init(
                        name: row.student.fullName, className: row.className, section: section, term: term,
                        mark: row.mark)
                }, marks: marks, words: words
            ).render(into: &out)
        }
        out.close("div")
        out.raw("\n")
        summaryTable(section, into: &out)
        for entry in section.classes {
            out.element("h3", text: (words.label(entry.summary) ?? words[.noClass]) + " · " + section.title)
            if section.isAnnual {
                annualRows(entry.rows, into: &out)
            } else {
                termRows(entry.rows, into: &out)
            }
            if !entry.summary.missingSummatives.isEmpty {
                out.element(
                    "p",
                    text: words[.missingSummatives] + ": "
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
                    className: section.words.label(entry.summary) ?? "—",
                    counts: entry.summary.marks.map { ($0.mark, $0.count) }, withoutMark: entry.summary.withoutMark)
            }, marks: marks, words: section.words)
    }

    /// `--by school|city`: per subject and term, a chart comparing the schools' (or the city's
    /// grades') marks and their summary table, before the classes' sections.
    private func renderGroups(_ report: GradeReport, into out: inout MarkupBuffer) {
        let bySchool = report.level == .school
        out.open("section", [("id", bySchool ? "schools" : "city")])
        out.raw("\n")
        out.element("h2", text: bySchool ? words[.schoolsCompared] : words[.cityAllSchools])
        var sections: [Section] = []
        var positions: [String: Int] = [:]
        for summary in report.groups {
            let key =
                (summary.subject ?? "") + "\u{1F}" + (summary.period?.id ?? "") + "\u{1F}"
                + (summary.period?.isAnnual == true ? "Y" : "")
            if positions[key] == nil {
                positions[key] = sections.count
                sections.append(Section(subject: summary.subject, period: summary.period, words: words))
            }
            sections[positions[key]!].classes.append((summary, report.rows[0..<0]))
        }
        let marks = Set(report.policy.entries.flatMap { $0.scale.bands.map(\.mark) }).sorted()
        for (number, section) in sections.enumerated() {
            out.element("h3", text: section.title)
            out.open("div", [("class", "charts")])
            Self.marksChart(
                section, id: "g\(number + 1)-marks",
                title: bySchool ? words[.chartMarksBySchool] : words[.chartMarksByGrade],
                marks: marks
            ).render(into: &out)
            out.close("div")
            out.raw("\n")
            summaryTable(section, firstHeader: bySchool ? words[.schoolAndGrade] : words[.grade], into: &out)
            let differences = section.classes.compactMap(\.summary.platformMarkDifferences).reduce(0, +)
            if differences > 0 {
                out.element("p", text: words.format(.platformDiffers, differences))
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

    private func summaryTable(_ section: Section, firstHeader: String? = nil, into out: inout MarkupBuffer) {
        let marks = section.classes.first?.summary.marks.map(\.mark).reversed() ?? []
        out.open("div", [("class", "table-wrap")])
        out.open("table", [("class", "summary")])
        out.open("thead")
        out.open("tr")
        var headers =
            [firstHeader ?? words[.className], words[.students]] + marks.map { "«\($0)»" }
            + [ReportColumns.capitalized(words[.withoutMark]), words[.qualityPercent], words[.progressPercent]]
        if section.isAnnual {
            headers += [words[.meanMark]]
        } else {
            headers += [
                words.format(.bandsOf, words[.section]), words.format(.bandsOf, words[.term]),
                words.format(.meanOf, words[.formative]), words.format(.meanOf, words[.section]),
                words.format(.meanOf, words[.term]), words[.meanTotal], words[.meanMarkShort],
            ]
        }
        for header in headers { out.element("th", text: header) }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for entry in section.classes {
            let summary = entry.summary
            out.open("tr")
            out.element("td", text: words.label(summary) ?? "—")
            out.element("td", [("class", "num")], text: "\(summary.students)")
            for mark in marks { out.element("td", [("class", "num")], text: "\(summary.count(of: mark))") }
            out.element("td", [("class", "num")], text: "\(summary.withoutMark)")
            out.element("td", [("class", "num")], text: words.number(summary.quality))
            out.element("td", [("class", "num")], text: words.number(summary.progress))
            if section.isAnnual {
                out.element("td", [("class", "num")], text: words.number(summary.averages.mark))
            } else {
                out.element("td", [("class", "num")], text: Self.bands(summary.sectionBands))
                out.element("td", [("class", "num")], text: Self.bands(summary.termBands))
                out.element("td", [("class", "num")], text: words.number(summary.averages.formativePercent))
                out.element("td", [("class", "num")], text: words.number(summary.averages.sectionPercent))
                out.element("td", [("class", "num")], text: words.number(summary.averages.termPercent))
                out.element("td", [("class", "num")], text: words.number(summary.averages.totalPercent))
                out.element("td", [("class", "num")], text: words.number(summary.averages.mark))
            }
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.element(
            "p", [("class", "legend-note")],
            text: words[.legendNote])
        out.raw("\n")
    }

    private static func bands(_ counts: BandCounts) -> String {
        "\(counts.high) / \(counts.middle) / \(counts.low) / \(counts.none)"
    }

    private func termRows(_ rows: ArraySlice<ReportRow>, into out: inout MarkupBuffer) {
        out.open("div", [("class", "table-wrap")])
        out.open("table", [("class", "rows")])
        out.open("thead")
        out.open("tr")
        let percents = [words[.formative], words[.section], words[.term], words[.total]].map { $0 + ", %" }
        for header in [words[.number], words[.student]] + percents + [words[.mark], words[.platform], words[.remarks]] {
            out.element("th", text: header)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for (number, row) in rows.enumerated() {
            rowStart(row, into: &out)
            out.element("td", [("class", "num")], text: "\(number + 1)")
            out.element("td", text: row.student.fullName)
            out.element("td", [("class", "num")], text: words.number(row.formativePercent))
            out.element("td", [("class", "num")], text: words.number(row.sectionPercent))
            out.element("td", [("class", "num")], text: words.number(row.termPercent))
            out.element("td", [("class", "num")], text: words.number(row.totalPercent))
            out.element("td", [("class", "mark")], text: words.number(row.mark))
            rowEnd(row, into: &out)
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.raw("\n")
    }

    private func annualRows(_ rows: ArraySlice<ReportRow>, into out: inout MarkupBuffer) {
        out.open("div", [("class", "table-wrap")])
        out.open("table", [("class", "rows")])
        out.open("thead")
        out.open("tr")
        for header in [
            words[.number], words[.student], words[.periodMarks], words[.mean], words[.annual], words[.platform],
            words[.remarks],
        ] {
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
            out.element("td", [("class", "num")], text: words.number(row.meanMark))
            out.element("td", [("class", "mark")], text: words.number(row.mark))
            rowEnd(row, into: &out)
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.raw("\n")
    }

    private func rowStart(_ row: ReportRow, into out: inout MarkupBuffer) {
        let mismatch = row.warnings.contains { if case .platformMarkDiffers = $0 { true } else { false } }
        out.open("tr", mismatch ? [("class", "mismatch")] : [])
    }

    private func rowEnd(_ row: ReportRow, into out: inout MarkupBuffer) {
        let platform = row.platformMark.map { $0.mark.map(String.init) ?? $0.raw } ?? ""
        out.element("td", [("class", "mark platform")], text: platform)
        out.element("td", [("class", "warn")], text: row.warnings.map(words.warning).joined(separator: "; "))
        out.close("tr")
        out.raw("\n")
    }
}
