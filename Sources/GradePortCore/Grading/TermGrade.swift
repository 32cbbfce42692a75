/// One student's mark for one subject and term, computed by a ``GradingPolicyEntry``.
public struct TermGrade: Sendable, Hashable {
    /// ФО %: the mean of score/max of the formative results, rounded half up to two decimals.
    public var formativePercent: DecimalNumber?
    /// СОР %: Σ score / Σ max of the section summatives, rounded half up to two decimals.
    public var sectionPercent: DecimalNumber?
    /// СОЧ %: Σ score / Σ max of the term summatives, rounded half up to two decimals.
    public var termPercent: DecimalNumber?
    /// The weighted total, cut (not rounded) to two decimals, so that the shown value never
    /// reaches a half that the exact value does not (64.4966… shows as 64.49, not 64.5).
    public var totalPercent: DecimalNumber?
    /// The total rounded half up to a whole percentage from its exact value.
    public var roundedPercent: Int?
    /// The mark from the scale; `nil` when nothing counts.
    public var mark: Int?
    /// What a reader should know, in the order found.
    public var warnings: [GradingWarning]

    /// Creates a term grade.
    public init(
        formativePercent: DecimalNumber? = nil, sectionPercent: DecimalNumber? = nil,
        termPercent: DecimalNumber? = nil, totalPercent: DecimalNumber? = nil, roundedPercent: Int? = nil,
        mark: Int? = nil, warnings: [GradingWarning] = []
    ) {
        self.formativePercent = formativePercent
        self.sectionPercent = sectionPercent
        self.termPercent = termPercent
        self.totalPercent = totalPercent
        self.roundedPercent = roundedPercent
        self.mark = mark
        self.warnings = warnings
    }

    /// The percentage of one component.
    public subscript(component: GradingComponent) -> DecimalNumber? {
        switch component {
        case .formative: formativePercent
        case .sectionSummative: sectionPercent
        case .termSummative: termPercent
        }
    }
}
