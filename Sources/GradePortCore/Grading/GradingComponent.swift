/// A part of a term mark under Kazakhstan's criteria-based assessment.
public enum GradingComponent: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Formative assessment (ФО, ҚБ): the mean of score/max of the term's formative marks.
    case formative
    /// Summative assessment for sections (СОР, БЖБ): Σ score / Σ max of the term's СОР.
    case sectionSummative
    /// Summative assessment for the term (СОЧ, ТЖБ): Σ score / Σ max.
    case termSummative

    /// The component an assessment kind counts towards; `nil` for exams, given marks and others.
    public init?(_ kind: AssessmentKind) {
        switch kind {
        case .formative: self = .formative
        case .sectionSummative: self = .sectionSummative
        case .termSummative: self = .termSummative
        case .exam, .final, .other: return nil
        }
    }

    /// The Russian abbreviation a teacher knows: ФО, СОР, СОЧ.
    public var abbreviation: String {
        switch self {
        case .formative: "ФО"
        case .sectionSummative: "СОР"
        case .termSummative: "СОЧ"
        }
    }

    /// The abbreviation.
    public var description: String { abbreviation }
}
