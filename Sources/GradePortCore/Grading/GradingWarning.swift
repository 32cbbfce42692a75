/// Something a reader of a computed mark should know: a result left out, a component's weight
/// spread over the others, no mark at all.
public enum GradingWarning: Sendable, Hashable {
    /// A result whose status is not `graded` (absent, exempt, …) was left out; it is not a zero.
    case notGraded(title: String, status: ResultStatus)
    /// A result marked graded that carries no score.
    case noScore(title: String)
    /// A graded result without a maximum (or with a zero maximum) cannot give a percentage.
    case noMaximum(title: String)
    /// Components without results; their weight was spread over the present ones in proportion.
    case weightSpread(missing: [GradingComponent], over: [GradingComponent])
    /// No result counts under the rule: no mark. `ignored` lists components present but without
    /// weight in the school year (ФО before 2020-2021).
    case noCountedResults(ignored: [GradingComponent])
    /// The total is above 100 % (a score above its maximum); the top mark was given.
    case aboveHundred(percent: Int)
    /// An annual mark from fewer term marks than the year has terms.
    case partialYear(terms: Int, of: Int)

    /// The warning in English, as JSON and CSV reports write it.
    public var message: String {
        switch self {
        case .notGraded(let title, let status):
            return "'\(title)' is \(status.rawValue): left out, not counted as zero"
        case .noScore(let title):
            return "'\(title)' has no score: left out"
        case .noMaximum(let title):
            return "'\(title)' has no maximum score: left out, no percentage can be computed"
        case .weightSpread(let missing, let over):
            return "no \(Self.list(missing)) results: the weight is spread over \(Self.list(over))"
        case .noCountedResults(let ignored):
            if ignored.isEmpty { return "no ФО, СОР or СОЧ results: no mark" }
            return "no results that count under the rule (\(Self.list(ignored)) has no weight): no mark"
        case .aboveHundred(let percent):
            return "the total is \(percent) %, above 100 % (a score above its maximum): the top mark was given"
        case .partialYear(let terms, let total):
            return "annual mark from \(terms) of \(total) term marks"
        }
    }

    /// The warning in Russian, as the table and HTML reports show it to a teacher.
    public var russianMessage: String {
        switch self {
        case .notGraded(let title, let status):
            return "«\(title)»: \(Self.russian(status)) — не учтено (не ноль)"
        case .noScore(let title):
            return "«\(title)»: нет балла — не учтено"
        case .noMaximum(let title):
            return "«\(title)»: нет максимального балла — не учтено"
        case .weightSpread(let missing, let over):
            return "нет результатов \(Self.list(missing)): вес распределён на \(Self.list(over))"
        case .noCountedResults(let ignored):
            if ignored.isEmpty { return "нет результатов ФО, СОР и СОЧ: оценки нет" }
            return "нет учитываемых результатов (\(Self.list(ignored)) не имеет веса): оценки нет"
        case .aboveHundred(let percent):
            return "итог \(percent) % выше 100 % (балл выше максимума): поставлена высшая оценка"
        case .partialYear(let terms, let total):
            return "годовая оценка по \(terms) из \(total) оценок за период"
        }
    }

    private static func list(_ components: [GradingComponent]) -> String {
        components.map(\.abbreviation).joined(separator: ", ")
    }

    private static func russian(_ status: ResultStatus) -> String {
        switch status {
        case .graded: "оценено"
        case .missing: "не сдано"
        case .excused: "уважительная причина"
        case .exempt: "освобождён"
        case .absent: "отсутствовал"
        case .submitted: "сдано, не оценено"
        }
    }
}
