/// A year's mark from its term marks.
public struct AnnualGrade: Sendable, Hashable {
    /// The term marks it was computed from, in term order.
    public var termMarks: [Int]
    /// Their mean, rounded half up to two decimals, for display (4.5, 3.67).
    public var mean: DecimalNumber
    /// The mean rounded half up from its exact value.
    public var mark: Int

    /// Creates an annual grade.
    public init(termMarks: [Int], mean: DecimalNumber, mark: Int) {
        self.termMarks = termMarks
        self.mean = mean
        self.mark = mark
    }
}
