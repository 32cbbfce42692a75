import GradePortCore

/// A scatter plot of each student's СОР % (across) against СОЧ % (up), coloured by mark, with the
/// band limits (40 % and 85 %) drawn on both axes and the diagonal where СОР = СОЧ.
struct SummativeScatter {
    struct Point {
        var name: String
        var className: String?
        var section: DecimalNumber
        var term: DecimalNumber
        var mark: Int?
    }

    let id: String
    let title: String
    let points: [Point]
    let marks: [Int]
    let words: ReportWording

    func render(into out: inout MarkupBuffer) {
        let frame = ChartFrame()
        let size = frame.plotHeight
        frame.open(
            &out, id: id, title: title,
            description: words.format(.scatterDescription, points.count))
        let left = frame.left + (frame.plotWidth - size) / 2
        let bottom = frame.plotBottom
        func x(_ percent: Int64) -> Int { left + Int(min(max(percent, 0), 100_000_000) * Int64(size) / 100_000_000) }
        func y(_ percent: Int64) -> Int { bottom - Int(min(max(percent, 0), 100_000_000) * Int64(size) / 100_000_000) }
        out.empty(
            "rect",
            [
                ("x", "\(left)"), ("y", "\(bottom - size)"), ("width", "\(size)"), ("height", "\(size)"),
                ("class", "plot-area"),
            ])
        for limit: Int64 in [40, 85] {
            let scaled = limit * 1_000_000
            out.empty(
                "line",
                [
                    ("x1", "\(x(scaled))"), ("y1", "\(bottom)"), ("x2", "\(x(scaled))"), ("y2", "\(bottom - size)"),
                    ("class", "band-line"),
                ])
            out.empty(
                "line",
                [
                    ("x1", "\(left)"), ("y1", "\(y(scaled))"), ("x2", "\(left + size)"), ("y2", "\(y(scaled))"),
                    ("class", "band-line"),
                ])
        }
        out.empty(
            "line",
            [
                ("x1", "\(left)"), ("y1", "\(bottom)"), ("x2", "\(left + size)"), ("y2", "\(bottom - size)"),
                ("class", "diagonal"),
            ])
        for tick: Int64 in stride(from: 0, through: 100, by: 20) {
            let scaled = tick * 1_000_000
            out.element(
                "text", [("x", "\(x(scaled))"), ("y", "\(bottom + 16)"), ("class", "tick tick-x")], text: "\(tick)")
            out.element(
                "text", [("x", "\(left - 6)"), ("y", "\(y(scaled) + 4)"), ("class", "tick tick-y")], text: "\(tick)")
        }
        for point in points {
            let color = point.mark.map { ChartPalette.color(of: $0, among: marks) } ?? ChartPalette.none
            out.open(
                "circle",
                [
                    ("cx", "\(x(point.section.scaledValue))"), ("cy", "\(y(point.term.scaledValue))"), ("r", "5"),
                    ("fill", color), ("class", "point"),
                ])
            let place = point.className.map { " (\($0))" } ?? ""
            out.element(
                "title",
                text: words.format(
                    .scatterPoint, point.name, place, words.number(point.section), words.number(point.term),
                    words.number(point.mark)))
            out.close("circle")
        }
        out.element(
            "text", [("x", "\(left + size / 2)"), ("y", "\(bottom + 34)"), ("class", "axis-label")],
            text: words[.section] + ", %")
        out.element(
            "text",
            [
                ("x", "\(left - 34)"), ("y", "\(bottom - size / 2)"), ("class", "axis-label"),
                ("transform", "rotate(-90 \(left - 34) \(bottom - size / 2))"),
            ],
            text: words[.term] + ", %")
        frame.legend(
            &out,
            marks.reversed().map { (ChartPalette.color(of: $0, among: marks), "«\($0)»") }
                + [(ChartPalette.none, words[.withoutMark]), ("#888888", words[.scatterDashes])])
        out.close("svg")
    }
}
