/// The plotting area of a chart and its axes, in whole SVG units, so that coordinates come out
/// the same on every machine.
struct ChartFrame {
    let width = 640
    let height = 340
    let left = 56
    let right = 16
    let top = 44
    let bottom = 64

    var plotWidth: Int { width - left - right }
    var plotHeight: Int { height - top - bottom }
    var plotBottom: Int { height - bottom }
    var plotRight: Int { width - right }

    /// Opens the `<svg>` with its title and description for screen readers, and the visible title.
    func open(_ out: inout MarkupBuffer, id: String, title: String, description: String) {
        out.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(width) \(height)"), ("role", "img"),
                ("aria-labelledby", "\(id)-title \(id)-desc"), ("class", "chart"), ("id", id),
            ])
        out.element("title", [("id", "\(id)-title")], text: title)
        out.element("desc", [("id", "\(id)-desc")], text: description)
        out.element("text", [("x", "\(width / 2)"), ("y", "20"), ("class", "chart-title")], text: title)
    }

    /// The x and y axis lines with their labels.
    func axes(_ out: inout MarkupBuffer, xLabel: String, yLabel: String) {
        out.empty(
            "line",
            [
                ("x1", "\(left)"), ("y1", "\(plotBottom)"), ("x2", "\(plotRight)"), ("y2", "\(plotBottom)"),
                ("class", "axis"),
            ])
        out.empty(
            "line",
            [("x1", "\(left)"), ("y1", "\(top)"), ("x2", "\(left)"), ("y2", "\(plotBottom)"), ("class", "axis")])
        out.element(
            "text", [("x", "\(left + plotWidth / 2)"), ("y", "\(plotBottom + 34)"), ("class", "axis-label")],
            text: xLabel)
        out.element(
            "text",
            [
                ("x", "14"), ("y", "\(top + plotHeight / 2)"), ("class", "axis-label"),
                ("transform", "rotate(-90 14 \(top + plotHeight / 2))"),
            ], text: yLabel)
    }

    /// Horizontal grid lines and labels for counts from 0 to `maximum`.
    func countTicks(_ out: inout MarkupBuffer, maximum: Int) -> Int {
        let top = Self.niceCeiling(maximum)
        let step = max(1, top / 5)
        var value = 0
        while value <= top {
            let y = plotBottom - value * plotHeight / top
            out.empty(
                "line", [("x1", "\(left)"), ("y1", "\(y)"), ("x2", "\(plotRight)"), ("y2", "\(y)"), ("class", "grid")])
            out.element("text", [("x", "\(left - 6)"), ("y", "\(y + 4)"), ("class", "tick tick-y")], text: "\(value)")
            value += step
        }
        return top
    }

    /// A legend row under the plot: a swatch and a label for each item.
    func legend(_ out: inout MarkupBuffer, _ items: [(color: String, label: String)]) {
        var x = left
        let y = height - 14
        for item in items {
            out.empty(
                "rect", [("x", "\(x)"), ("y", "\(y - 10)"), ("width", "12"), ("height", "12"), ("fill", item.color)])
            out.element("text", [("x", "\(x + 16)"), ("y", "\(y)"), ("class", "legend")], text: item.label)
            x += 16 + 8 * item.label.count + 18
        }
    }

    /// The smallest of 5, 10, 20, 25, 50, 100, 200, 250, 500, … that is at least `value`: a top
    /// for the count axis that divides into five steps.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [5, 10, 20, 25] where factor * magnitude >= value { return factor * magnitude }
            magnitude *= 10
        }
    }
}
