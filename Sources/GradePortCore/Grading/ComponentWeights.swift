/// How much each component counts towards a term's total percentage, in percent: 25/25/50 from
/// 2020-2021, 0/50/50 before.
public struct ComponentWeights: Sendable, Hashable {
    /// The weight of ФО.
    public let formative: DecimalNumber
    /// The weight of СОР.
    public let sectionSummative: DecimalNumber
    /// The weight of СОЧ.
    public let termSummative: DecimalNumber

    /// Creates weights; each must be 0–100 and together they must make exactly 100.
    public init(
        formative: DecimalNumber = .zero, sectionSummative: DecimalNumber = .zero,
        termSummative: DecimalNumber = .zero
    ) throws(GradingPolicyError) {
        for (index, weight) in [formative, sectionSummative, termSummative].enumerated()
        where weight.isNegative || weight > .hundred {
            let component = GradingComponent.allCases[index]
            throw GradingPolicyError(
                .invalidValue, "the weight of \(component.rawValue) must be between 0 and 100, found \(weight)",
                at: index)
        }
        let total = formative + sectionSummative + termSummative
        guard total == .hundred else {
            throw GradingPolicyError(
                .weightsTotal,
                "the weights must add up to 100, found \(formative) + \(sectionSummative) + \(termSummative) = \(total)"
            )
        }
        self.formative = formative
        self.sectionSummative = sectionSummative
        self.termSummative = termSummative
    }

    /// The weight of one component.
    public subscript(component: GradingComponent) -> DecimalNumber {
        switch component {
        case .formative: formative
        case .sectionSummative: sectionSummative
        case .termSummative: termSummative
        }
    }

    /// The components that count (weight above zero), in the order ФО, СОР, СОЧ.
    public var counted: [GradingComponent] { GradingComponent.allCases.filter { !self[$0].isZero } }
}
