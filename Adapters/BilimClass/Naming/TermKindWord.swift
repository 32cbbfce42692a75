import GradePortCore

/// BilimClass's `periodType`: `quarter` (state schools), and the other period kinds a school may
/// use (NIS and private schools work in semesters or trimesters) [I: only `quarter` is seen].
enum TermKindWord: String, Sendable, CaseIterable {
    /// `quarter`: четверть, тоқсан.
    case quarter
    /// `semester`, also `halfyear`/`half_year`.
    case semester
    /// `trimester`.
    case trimester

    /// Reads a `periodType`; `nil` for an unknown word.
    init?(periodType: String) {
        switch periodType.lowercased() {
        case "quarter": self = .quarter
        case "semester", "halfyear", "half_year", "half-year": self = .semester
        case "trimester": self = .trimester
        default: return nil
        }
    }

    /// The model's term kind.
    var kind: Term.Kind {
        switch self {
        case .quarter: .quarter
        case .semester: .semester
        case .trimester: .trimester
        }
    }

    /// The letter in a term id: `Q`, `S`, `T`.
    var letter: String {
        switch self {
        case .quarter: "Q"
        case .semester: "S"
        case .trimester: "T"
        }
    }

    /// A Russian name for titles: `1 четверть`.
    func title(_ number: Int) -> String {
        switch self {
        case .quarter: "\(number) четверть"
        case .semester: "\(number) полугодие"
        case .trimester: "\(number) триместр"
        }
    }
}
