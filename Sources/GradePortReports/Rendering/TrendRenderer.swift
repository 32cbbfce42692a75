import GradePortCore
import GradePortWriters

/// Writes `report --trend`'s series (``TrendSeries``) as a terminal table, CSV or JSON, one line
/// (CSV row, table row) per series and period.
///
/// - CSV columns: ``columns``; a class's lines have no student, its `mark` column empty and
///   `mean_mark` set; a pupil's `pupils` is 1.
/// - JSON: `{"format":"gradeport-trend/1","series":[{"kind":"pupil","student":{"id","name"},
///   "class","school","subject","points":[{"term","formativePercent","sectionPercent",
///   "termPercent","mark"|"meanMark","pupils"}]}]}`; an absent value is left out.
/// - Table: in Russian, pupils then classes.
/// - HTML: a self-contained page, per class and subject a line chart of the class's ФО, СОР and
///   СОЧ percentages over the terms, and a table of its pupils' marks period by period.
public struct TrendRenderer: Sendable {
    /// The CSV header.
    public static let columns = [
        "kind", "student_id", "student", "school", "class", "subject", "term", "formative_percent",
        "section_percent", "term_percent", "mark", "mean_mark", "pupils",
    ]

    /// The format: `.table`, `.csv` or `.json`.
    public var format: ReportFormat

    /// Creates a renderer.
    public init(format: ReportFormat) { self.format = format }

    /// Writes the series in chunks of about `chunkSize` bytes.
    public func write(
        _ series: [TrendSeries], chunkSize: Int = 1 << 20, to sink: (ArraySlice<UInt8>) throws -> Void
    ) rethrows {
        switch format {
        case .csv: try csv(series, chunkSize: chunkSize, to: sink)
        case .json: try json(series, chunkSize: chunkSize, to: sink)
        case .table: try sink(Array(table(series).utf8)[...])
        case .html: try sink(Array(html(series).utf8)[...])
        }
    }

    /// The whole output.
    public func render(_ series: [TrendSeries]) -> [UInt8] {
        var all: [UInt8] = []
        write(series) { all.append(contentsOf: $0) }
        return all
    }

    private func csv(_ series: [TrendSeries], chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var csv = CSVRecordBuffer(capacity: chunkSize + 4096)
        csv.header(Self.columns)
        for one in series {
            for point in one.points {
                csv.text(one.kind.rawValue)
                csv.text(one.student?.id)
                csv.text(one.student?.fullName)
                csv.text(one.school)
                csv.text(one.className)
                csv.text(one.subject)
                csv.text(point.period.label)
                csv.number(point.formativePercent)
                csv.number(point.sectionPercent)
                csv.number(point.termPercent)
                csv.integer(point.mark)
                csv.number(point.meanMark)
                csv.integer(point.pupils)
                csv.endRecord()
            }
            if csv.bytes.count >= chunkSize {
                try sink(csv.bytes[...])
                csv.removeAll()
            }
        }
        try sink(csv.bytes[...])
    }

    private func json(_ series: [TrendSeries], chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var out = JSONTextBuffer(capacity: chunkSize + 4096)
        out.raw("{\"format\":\"gradeport-trend/1\",\n\"series\":[")
        for (position, one) in series.enumerated() {
            out.raw(position == 0 ? "\n" : ",\n")
            out.beginObject()
            out.member("kind", one.kind.rawValue)
            if let student = one.student {
                out.key("student")
                out.beginObject()
                out.member("id", student.id)
                out.member("name", student.fullName)
                out.endObject()
            }
            out.member("class", one.className)
            out.member("school", one.school)
            out.member("subject", one.subject)
            out.key("points")
            out.beginArray()
            for point in one.points {
                out.nextElement()
                out.beginObject()
                out.member("term", point.period.label)
                out.member("formativePercent", point.formativePercent)
                out.member("sectionPercent", point.sectionPercent)
                out.member("termPercent", point.termPercent)
                out.member("mark", point.mark)
                out.member("meanMark", point.meanMark)
                out.member("pupils", point.pupils)
                out.endObject()
            }
            out.endArray()
            out.endObject()
            if out.bytes.count >= chunkSize {
                try sink(out.bytes[...])
                out.removeAll()
            }
        }
        out.raw(series.isEmpty ? "]\n}\n" : "\n]\n}\n")
        try sink(out.bytes[...])
    }

    private func table(_ series: [TrendSeries]) -> String {
        var table = TextTable([
            ("Ученик / класс", .left), ("Класс", .left), ("Предмет", .left), ("Период", .left), ("ФО %", .right),
            ("СОР %", .right), ("СОЧ %", .right), ("Оценка", .right), ("Учеников", .right),
        ])
        for one in series {
            for point in one.points {
                table.append([
                    one.student?.fullName ?? "класс \(one.className ?? "—")" + (one.school.map { ", \($0)" } ?? ""),
                    one.className ?? "—", one.subject ?? "—", point.period.displayName,
                    HumanNumber.text(point.formativePercent), HumanNumber.text(point.sectionPercent),
                    HumanNumber.text(point.termPercent),
                    point.mark.map(String.init) ?? HumanNumber.text(point.meanMark), String(point.pupils),
                ])
            }
        }
        let heading = "Динамика по периодам: ФО, СОР, СОЧ и оценки (ученики, затем классы)"
        if series.isEmpty { return heading + "\nНет строк: в данных нет результатов с периодом.\n" }
        return ([heading, ""] + table.lines()).joined(separator: "\n") + "\n"
    }

    private func html(_ series: [TrendSeries]) -> String {
        var out = MarkupBuffer()
        ReportHTMLRenderer.openPage(&out, title: "Динамика успеваемости")
        out.element("h1", text: "Динамика по периодам: ФО, СОР, СОЧ и оценки")
        let classes = series.filter { $0.kind == .class }
        if classes.isEmpty { out.element("p", text: "Нет строк: в данных нет результатов с периодом.") }
        for (number, klass) in classes.enumerated() {
            let name = [klass.className, klass.subject, klass.school].compactMap { $0 }.joined(separator: " · ")
            out.open("section")
            out.element("h2", text: name)
            TrendLineChart(id: "trend-\(number + 1)", title: "\(name): средние проценты класса", series: klass)
                .render(into: &out)
            let periods = klass.points.map(\.period)
            out.open("table")
            out.open("tr")
            out.element("th", text: "Ученик")
            for period in periods { out.element("th", text: period.displayName) }
            out.close("tr")
            for pupil in series
            where pupil.kind == .pupil && pupil.className == klass.className && pupil.subject == klass.subject
                && pupil.school == klass.school
            {
                out.open("tr")
                out.element("td", text: pupil.student?.fullName ?? "—")
                for period in periods {
                    let mark = pupil.points.first { $0.period.id == period.id }?.mark
                    out.element("td", text: mark.map(String.init) ?? "—")
                }
                out.close("tr")
            }
            out.open("tr")
            out.element("th", text: "Средняя оценка")
            for point in klass.points { out.element("th", text: HumanNumber.text(point.meanMark)) }
            out.close("tr")
            out.close("table")
            out.close("section")
        }
        out.raw("</body>\n</html>\n")
        return out.text
    }
}
