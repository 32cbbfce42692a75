import GradePortCore

/// A histogram of the students' total percentages in 5 % bins, each bar coloured by the mark its
/// percentages get, with the scale's marks as the legend.
struct PercentHistogram {
    let id: String
    let title: String
    let percents: [Int]
    let scale: MarkScale
    let words: ReportWording

    func render(into out: inout MarkupBuffer) {
        let frame = ChartFrame()
        var bins = Array(repeating: 0, count: 20)
        for percent in percents { bins[Self.bin(of: percent)] += 1 }
        let marks = scale.bands.map(\.mark)
        frame.open(
            &out, id: id, title: title,
            description: words.format(.histogramDescription, percents.count))
        let top = frame.countTicks(&out, maximum: bins.max() ?? 0)
        let slot = frame.plotWidth / bins.count
        for (index, count) in bins.enumerated() where count > 0 {
            let height = count * frame.plotHeight / top
            let x = frame.left + index * slot
            let mark = scale.mark(forPercent: index * 5)
            out.open(
                "rect",
                [
                    ("x", "\(x + 1)"), ("y", "\(frame.plotBottom - height)"), ("width", "\(slot - 2)"),
                    ("height", "\(height)"),
                    ("fill", ChartPalette.color(of: mark, among: marks)), ("class", "bar"),
                ])
            out.element("title", text: "\(index * 5)–\(index == 19 ? 100 : index * 5 + 4) %: \(count)")
            out.close("rect")
        }
        for tick in stride(from: 0, through: 100, by: 10) {
            let x = frame.left + tick * frame.plotWidth / 100
            out.element(
                "text", [("x", "\(x)"), ("y", "\(frame.plotBottom + 16)"), ("class", "tick tick-x")], text: "\(tick)")
        }
        frame.axes(&out, xLabel: words[.axisTotalPercent], yLabel: words[.axisStudents])
        frame.legend(
            &out,
            scale.bands.map { band in
                (ChartPalette.color(of: band.mark, among: marks), "«\(band.mark)» \(band.lowest)–\(band.highest) %")
            })
        out.close("svg")
    }

    /// The 5 % bin of a whole percentage: 0–4 is bin 0, …, 95–100 (and above) is bin 19.
    static func bin(of percent: Int) -> Int {
        min(max(percent, 0), 99) / 5
    }
}
