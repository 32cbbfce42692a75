/// Stacked bars: for each class, how many students got each mark (and how many none).
struct MarksByClassChart {
    struct Bar {
        var className: String
        var counts: [(mark: Int, count: Int)]
        var withoutMark: Int
    }

    let id: String
    let title: String
    let bars: [Bar]
    let marks: [Int]
    let words: ReportWording

    func render(into out: inout MarkupBuffer) {
        let frame = ChartFrame()
        let totals = bars.map { $0.counts.reduce($0.withoutMark) { $0 + $1.count } }
        frame.open(
            &out, id: id, title: title,
            description: words.format(.chartMarksDescription, bars.map(\.className).joined(separator: ", ")) + ".")
        let top = frame.countTicks(&out, maximum: totals.max() ?? 0)
        let slot = frame.plotWidth / max(bars.count, 1)
        let barWidth = min(80, slot * 3 / 5)
        for (index, bar) in bars.enumerated() {
            let x = frame.left + index * slot + (slot - barWidth) / 2
            var base = 0
            let segments =
                bar.counts.map {
                    (label: "«\($0.mark)»", color: ChartPalette.color(of: $0.mark, among: marks), count: $0.count)
                }
                + [(label: words[.withoutMark], color: ChartPalette.none, count: bar.withoutMark)]
            for segment in segments where segment.count > 0 {
                let y0 = frame.plotBottom - base * frame.plotHeight / top
                let y1 = frame.plotBottom - (base + segment.count) * frame.plotHeight / top
                out.open(
                    "rect",
                    [
                        ("x", "\(x)"), ("y", "\(y1)"), ("width", "\(barWidth)"), ("height", "\(y0 - y1)"),
                        ("fill", segment.color), ("class", "bar"),
                    ])
                out.element("title", text: "\(bar.className): \(segment.label) — \(segment.count)")
                out.close("rect")
                if y0 - y1 >= 14 {
                    out.element(
                        "text", [("x", "\(x + barWidth / 2)"), ("y", "\((y0 + y1) / 2 + 4)"), ("class", "bar-label")],
                        text: "\(segment.count)")
                }
                base += segment.count
            }
            // Many classes leave little room under each bar: their names are turned to fit.
            let labelX = x + barWidth / 2
            let labelY = frame.plotBottom + 16
            var label: [(String, String)] = [("x", "\(labelX)"), ("y", "\(labelY)")]
            if slot < 48 {
                label += [("class", "tick tick-turned"), ("transform", "rotate(-45 \(labelX) \(labelY))")]
            } else {
                label.append(("class", "tick tick-x"))
            }
            out.element("text", label, text: bar.className)
        }
        frame.axes(&out, xLabel: words[.className], yLabel: words[.axisStudents])
        frame.legend(
            &out,
            marks.reversed().map { (ChartPalette.color(of: $0, among: marks), "«\($0)»") }
                + [(ChartPalette.none, words[.withoutMark])])
        out.close("svg")
    }
}
