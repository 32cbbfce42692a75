import GradePortCore

/// The value of a stored result: what an import can change, and what the change log keeps.
public struct ResultValue: Sendable, Hashable {
    /// What kind of result it is.
    public var status: ResultStatus
    /// The score of a graded result.
    public var score: DecimalNumber?
    /// The maximum the score is out of.
    public var maxScore: DecimalNumber?
    /// The cell as the platform wrote it.
    public var raw: String?
    /// The teacher's comment.
    public var comment: String?
    /// Whether the work was handed in late.
    public var late: Bool?
    /// Whether the score is a draft not yet returned to the student.
    public var draft: Bool?

    /// Creates a value.
    public init(
        status: ResultStatus, score: DecimalNumber? = nil, maxScore: DecimalNumber? = nil, raw: String? = nil,
        comment: String? = nil, late: Bool? = nil, draft: Bool? = nil
    ) {
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.raw = raw
        self.comment = comment
        self.late = late
        self.draft = draft
    }

    /// The value of a result read from an export.
    public init(_ result: AssessmentResult) {
        self.init(
            status: result.status, score: result.score, maxScore: result.maxScore, raw: result.raw,
            comment: result.comment, late: result.late, draft: result.draft)
    }

    /// Whether two values say the same: everything but ``raw``, which only records how the cell was
    /// written (`18,5` after Excel re-saved `18.5` is the same mark).
    public func means(_ other: ResultValue) -> Bool {
        status == other.status && score == other.score && maxScore == other.maxScore && comment == other.comment
            && late == other.late && draft == other.draft
    }

    /// A short form for people: `18/20`, `missing`, `absent (н)`.
    public var summary: String {
        var text: String
        if status == .graded, let score {
            text = score.description + (maxScore.map { "/\($0)" } ?? "")
        } else {
            text = status.rawValue
            if let raw, !raw.isEmpty, raw != status.rawValue { text += " (\(raw))" }
        }
        if let comment, !comment.isEmpty { text += " «\(comment)»" }
        if late == true { text += " late" }
        if draft == true { text += " draft" }
        return text
    }
}
