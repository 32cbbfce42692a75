import GradePortCore

/// A line chart of one series' ФО, СОР and СОЧ percentages (up, 0–100) over its terms (across),
/// for `report --trend --format html`; the annual point is left out (it has a mark, no percent).
struct TrendLineChart {
    let id: String
    let title: String
    let series: TrendSeries

    /// The three lines: name, colour and the value of a point.
    static let lines: [(name: String, color: String, value: @Sendable (TrendPoint) -> DecimalNumber?)] = [
        ("ФО %", "#4a90d9", { $0.formativePercent }), ("СОР %", "#f0a030", { $0.sectionPercent }),
        ("СОЧ %", "#2e8b57", { $0.termPercent }),
    ]

    func render(into out: inout MarkupBuffer) {
        let frame = ChartFrame()
        let points = series.points.filter { !$0.period.isAnnual }
        frame.open(
            &out, id: id, title: title,
            description:
                "Проценты ФО, СОР и СОЧ по периодам: \(points.map(\.period.displayName).joined(separator: ", ")).")
        frame.axes(&out, xLabel: "Период", yLabel: "%")
        func y(_ percent: DecimalNumber) -> Int {
            let clamped = min(max(percent.scaledValue, 0), 100 * DecimalNumber.scale)
            return frame.plotBottom - Int(clamped * Int64(frame.plotHeight) / (100 * DecimalNumber.scale))
        }
        for tick in stride(from: 0, through: 100, by: 20) {
            let level = y(DecimalNumber(tick))
            out.empty(
                "line",
                [
                    ("x1", "\(frame.left)"), ("y1", "\(level)"), ("x2", "\(frame.plotRight)"), ("y2", "\(level)"),
                    ("class", "grid"),
                ])
            out.element(
                "text", [("x", "\(frame.left - 6)"), ("y", "\(level + 4)"), ("class", "tick tick-y")], text: "\(tick)")
        }
        let step = points.count > 1 ? frame.plotWidth / (points.count - 1) : 0
        func x(_ index: Int) -> Int { points.count > 1 ? frame.left + index * step : frame.left + frame.plotWidth / 2 }
        for (index, point) in points.enumerated() {
            out.element(
                "text", [("x", "\(x(index))"), ("y", "\(frame.plotBottom + 16)"), ("class", "tick tick-x")],
                text: point.period.displayName)
        }
        for line in Self.lines {
            let coordinates = points.enumerated().compactMap { index, point in
                line.value(point).map { "\(x(index)),\(y($0))" }
            }
            if coordinates.count > 1 {
                out.empty(
                    "polyline",
                    [
                        ("points", coordinates.joined(separator: " ")), ("fill", "none"), ("stroke", line.color),
                        ("stroke-width", "2"),
                    ])
            }
            for coordinate in coordinates {
                let parts = coordinate.split(separator: ",")
                out.empty(
                    "circle", [("cx", String(parts[0])), ("cy", String(parts[1])), ("r", "3"), ("fill", line.color)])
            }
        }
        frame.legend(&out, Self.lines.map { ($0.color, $0.name) })
        out.close("svg")
    }
}
