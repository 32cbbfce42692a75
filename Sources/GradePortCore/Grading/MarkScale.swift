/// The scale from a term's whole percentage to a mark: 0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5
/// for grades 2–11 (the Annex to the Typical Rules).
///
/// Bands are whole percentages because the total is rounded to a whole percentage before it is
/// looked up. A scale covers 0–100 without gaps or overlaps; a percentage above 100 (a score above
/// its maximum) gets the top band's mark.
public struct MarkScale: Sendable, Hashable {
    /// One mark and the whole percentages that give it.
    public struct Band: Sendable, Hashable {
        /// The mark.
        public let mark: Int
        /// The lowest whole percentage that gives the mark.
        public let lowest: Int
        /// The highest whole percentage that gives the mark.
        public let highest: Int

        /// Creates a band.
        public init(mark: Int, lowest: Int, highest: Int) {
            self.mark = mark
            self.lowest = lowest
            self.highest = highest
        }
    }

    /// The bands from the lowest percentages to the highest.
    public let bands: [Band]

    /// The scale of grades 2–11: 0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5.
    public static let kazakhstan = try! MarkScale([
        Band(mark: 2, lowest: 0, highest: 39), Band(mark: 3, lowest: 40, highest: 64),
        Band(mark: 4, lowest: 65, highest: 84), Band(mark: 5, lowest: 85, highest: 100),
    ])

    /// Creates a scale from bands in any order; together they must cover 0–100 exactly once, and
    /// marks must rise with the percentage.
    public init(_ bands: [Band]) throws(GradingPolicyError) {
        guard !bands.isEmpty else { throw GradingPolicyError(.scaleCoverage, "the scale has no bands") }
        for (index, band) in bands.enumerated() {
            guard (0...100).contains(band.lowest), (0...100).contains(band.highest), band.lowest <= band.highest
            else {
                throw GradingPolicyError(
                    .invalidValue,
                    "a band's percentages must run upwards within 0–100, found \(band.lowest)–\(band.highest)",
                    at: index)
            }
        }
        let order = bands.indices.sorted { bands[$0].lowest < bands[$1].lowest }
        var expected = 0
        var previousMark: Int?
        for index in order {
            let band = bands[index]
            if band.lowest > expected {
                throw GradingPolicyError(
                    .scaleCoverage,
                    "the scale has a gap: no band covers \(Self.range(expected, band.lowest - 1)) %", at: index)
            }
            if band.lowest < expected {
                throw GradingPolicyError(
                    .scaleCoverage,
                    "the band \(band.lowest)–\(band.highest) % overlaps the one before it (up to \(expected - 1) %)",
                    at: index)
            }
            if let previousMark, band.mark <= previousMark {
                throw GradingPolicyError(
                    .invalidValue,
                    "marks must rise with the percentage: \(band.mark) for \(band.lowest)–\(band.highest) % "
                        + "is not above \(previousMark)", at: index)
            }
            previousMark = band.mark
            expected = band.highest + 1
        }
        if expected <= 100 {
            throw GradingPolicyError(
                .scaleCoverage, "the scale has a gap: no band covers \(Self.range(expected, 100)) %",
                at: order.last)
        }
        self.bands = order.map { bands[$0] }
    }

    /// The mark for a whole percentage; above 100 gives the top mark, below 0 the lowest.
    public func mark(forPercent percent: Int) -> Int {
        let clamped = min(max(percent, 0), 100)
        for band in bands where band.highest >= clamped { return band.mark }
        return bands[bands.count - 1].mark
    }

    private static func range(_ low: Int, _ high: Int) -> String {
        low == high ? "\(low)" : "\(low)–\(high)"
    }
}
