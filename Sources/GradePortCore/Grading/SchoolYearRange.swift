/// The school years a rule applies to: from one year, up to and including another or open-ended.
public struct SchoolYearRange: Sendable, Hashable, CustomStringConvertible {
    /// The first school year the rule applies to.
    public var first: SchoolYear
    /// The last school year it applies to; `nil` while it still applies.
    public var last: SchoolYear?

    /// Creates a range; `last` must not come before `first`.
    public init(from first: SchoolYear, through last: SchoolYear? = nil) throws(GradingPolicyError) {
        if let last, last < first {
            throw GradingPolicyError(
                .invalidValue, "the school years run backwards: \(first) comes after \(last)")
        }
        self.first = first
        self.last = last
    }

    /// Whether `year` falls in the range.
    public func contains(_ year: SchoolYear) -> Bool {
        year >= first && (last.map { year <= $0 } ?? true)
    }

    /// Whether the two ranges share a school year.
    public func overlaps(_ other: SchoolYearRange) -> Bool {
        let end = last?.startYear ?? Int.max
        let otherEnd = other.last?.startYear ?? Int.max
        return first.startYear <= otherEnd && other.first.startYear <= end
    }

    /// `2016-2017…2019-2020`, `2020-2021…` or a single `2020-2021`.
    public var description: String {
        guard let last else { return "\(first)…" }
        return last == first ? "\(first)" : "\(first)…\(last)"
    }
}
