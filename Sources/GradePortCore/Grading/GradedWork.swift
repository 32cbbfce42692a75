/// One result that may count towards a term mark: what the grading rules need of an assessment
/// and a student's result for it.
public struct GradedWork: Sendable, Hashable {
    /// The assessment's title, for warnings.
    public var title: String
    /// What it counts towards.
    public var component: GradingComponent
    /// The result's status: only `graded` results count; the others are left out, never zeros.
    public var status: ResultStatus
    /// The score, for a graded result.
    public var score: DecimalNumber?
    /// The maximum score (the result's own, else the assessment's).
    public var maxScore: DecimalNumber?

    /// Creates a work.
    public init(
        title: String, component: GradingComponent, status: ResultStatus, score: DecimalNumber? = nil,
        maxScore: DecimalNumber? = nil
    ) {
        self.title = title
        self.component = component
        self.status = status
        self.score = score
        self.maxScore = maxScore
    }
}
