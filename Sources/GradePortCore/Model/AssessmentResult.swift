/// One student's result for one assessment.
///
/// Every result keeps the cell exactly as the platform wrote it (``raw``) and where it came from
/// (``source``), so a reader of the output can always go back to the file.
public struct AssessmentResult: Sendable, Hashable {
    /// The ``Person/id`` of the student.
    public var person: Person.ID
    /// The ``Assessment/id``.
    public var assessment: Assessment.ID
    /// What kind of result this is.
    public var status: ResultStatus
    /// The score, for a graded result.
    public var score: DecimalNumber?
    /// The maximum this score is out of: the cell's own (`18/20`) or the assessment's.
    public var maxScore: DecimalNumber?
    /// The value as the platform wrote it, e.g. `18,5`, `Missing`, `н`.
    public var raw: String?
    /// A comment or feedback the teacher wrote.
    public var comment: String?
    /// Whether the work was handed in late.
    public var late: Bool?
    /// Whether the score is a teacher's draft not yet returned to the student.
    public var draft: Bool?
    /// Where the value came from.
    public var source: SourceReference

    /// Creates a result.
    public init(
        person: Person.ID, assessment: Assessment.ID, status: ResultStatus, score: DecimalNumber? = nil,
        maxScore: DecimalNumber? = nil, raw: String? = nil, comment: String? = nil, late: Bool? = nil,
        draft: Bool? = nil, source: SourceReference
    ) {
        self.person = person
        self.assessment = assessment
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.raw = raw
        self.comment = comment
        self.late = late
        self.draft = draft
        self.source = source
    }

    /// score / maxScore × 100, rounded half up to two decimals; `nil` without both.
    public var percent: DecimalNumber? {
        guard let score, let maxScore, !maxScore.isZero else { return nil }
        return score.ratio(to: maxScore, times: .hundred, fractionDigits: 2)
    }
}
