import GradePortCore

/// How many students' percentages of one component fall in each band, and how many have none.
public struct BandCounts: Sendable, Hashable {
    /// 85–100 %.
    public var high = 0
    /// 40–84 %.
    public var middle = 0
    /// 0–39 %.
    public var low = 0
    /// No percentage (no graded result).
    public var none = 0

    /// Creates empty counts.
    public init() {}

    /// Counts one student's percentage.
    public mutating func count(_ percent: DecimalNumber?) {
        guard let percent else {
            none += 1
            return
        }
        self[PercentBand(percent)] += 1
    }

    /// The count of one band.
    public subscript(band: PercentBand) -> Int {
        get {
            switch band {
            case .high: high
            case .middle: middle
            case .low: low
            }
        }
        set {
            switch band {
            case .high: high = newValue
            case .middle: middle = newValue
            case .low: low = newValue
            }
        }
    }
}
