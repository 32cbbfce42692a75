/// Colours of marks in the charts: the lowest mark red, rising through orange and light green to
/// green; no mark grey.
enum ChartPalette {
    /// The colour for "no mark".
    static let none = "#b0b0b0"

    /// The colour of `mark` among the scale's marks (sorted ascending).
    static func color(of mark: Int, among marks: [Int]) -> String {
        let colors = ["#d64541", "#f0a030", "#8cc152", "#2e8b57"]
        guard let position = marks.firstIndex(of: mark) else { return none }
        guard marks.count > 1 else { return colors[3] }
        // Spread the scale's marks over the four colours: the lowest red, the highest green.
        let slot = position * (colors.count - 1) / (marks.count - 1)
        return colors[slot]
    }
}
