/// The grading rule for some school years (and, optionally, some grades): the components' weights
/// and the percent → mark scale.
public struct GradingPolicyEntry: Sendable, Hashable {
    /// The school years the rule applies to.
    public var years: SchoolYearRange
    /// The grades (years of schooling) it applies to; `nil` for every grade.
    public var grades: ClosedRange<Int>?
    /// How much ФО, СОР and СОЧ count.
    public var weights: ComponentWeights
    /// The percent → mark scale.
    public var scale: MarkScale

    /// Creates a rule.
    public init(
        years: SchoolYearRange, grades: ClosedRange<Int>? = nil, weights: ComponentWeights,
        scale: MarkScale = .kazakhstan
    ) {
        self.years = years
        self.grades = grades
        self.weights = weights
        self.scale = scale
    }

    /// Whether the rule applies to a school year and a class's grade.
    ///
    /// A rule for some grades only applies when the grade is known.
    public func applies(to year: SchoolYear, grade: Int?) -> Bool {
        guard years.contains(year) else { return false }
        guard let grades else { return true }
        return grade.map(grades.contains) ?? false
    }

    /// Whether the two rules could both apply to one class in one school year.
    public func overlaps(_ other: GradingPolicyEntry) -> Bool {
        guard years.overlaps(other.years) else { return false }
        guard let grades, let otherGrades = other.grades else { return true }
        return grades.overlaps(otherGrades)
    }

    /// `2020-2021…, ФО 25 + СОР 25 + СОЧ 50` (and the grades when restricted).
    public var summary: String {
        let parts = weights.counted.map { "\($0.abbreviation) \(weights[$0])" }.joined(separator: " + ")
        let gradeText = grades.map {
            $0.count == 1 ? ", grade \($0.lowerBound)" : ", grades \($0.lowerBound)–\($0.upperBound)"
        }
        return "\(years)\(gradeText ?? ""): \(parts)"
    }
}
