import GradePortCore

/// The bands the summative-results analysis sorts percentages into: high 85–100, middle 40–84,
/// low 0–39 (of the whole percentage, rounded half up).
public enum PercentBand: String, Sendable, Hashable, CaseIterable {
    /// 85–100 % (above 100 counts here too).
    case high
    /// 40–84 %.
    case middle
    /// 0–39 %.
    case low

    /// The band of a percentage, rounded half up to a whole one first.
    public init(_ percent: DecimalNumber) {
        let whole = percent.rounded(toFractionDigits: 0)
        if whole >= DecimalNumber(85) {
            self = .high
        } else if whole >= DecimalNumber(40) {
            self = .middle
        } else {
            self = .low
        }
    }

    /// `85–100`, `40–84`, `0–39`.
    public var range: String {
        switch self {
        case .high: "85–100"
        case .middle: "40–84"
        case .low: "0–39"
        }
    }

    /// The Russian name: высокий, средний, низкий.
    public var russianName: String {
        switch self {
        case .high: "высокий"
        case .middle: "средний"
        case .low: "низкий"
        }
    }
}
