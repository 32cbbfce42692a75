import GradePortCore

/// What one Graph submission says about a student's result, decided from its status and outcomes.
///
/// | submission | result |
/// | --- | --- |
/// | `status` `excused` | `excused` (points, if any, are not kept) |
/// | `publishedPoints` | `graded` with the published points |
/// | `points` only (not returned yet) | `graded` with `draft: true` and a `draft-grade` warning |
/// | no points, `submitted`, or `returned`/`reassigned` with a `submittedDateTime` | `submitted` |
/// | no points, `working` (or returned without a hand-in) | no result |
/// | points on an ungraded assignment (no `grading`) | points not kept, `ungraded-assessment` warning |
///
/// Feedback becomes the result's comment; feedback with no result is reported. Late is
/// `submittedDateTime > dueDateTime`.
struct GraphSubmissionOutcome: Sendable {
    /// The result's status; `nil` for no result.
    var status: ResultStatus?
    /// The score, for a graded result.
    var score: DecimalNumber?
    /// The value as Graph wrote it: the points' literal, or the submission status.
    var raw: String?
    /// Whether the score is a draft not yet returned to the student.
    var draft: Bool?
    /// A diagnostic to record along with the result.
    var note: (severity: Diagnostic.Severity, code: DiagnosticCode, message: String)?

    /// Decides the result of a submission for an assignment that is graded (`isGraded`) or not.
    init(_ submission: GraphSubmissionRecord, isGraded: Bool) {
        let status = submission.status ?? ""
        let handedIn =
            status == "submitted"
            || ((status == "returned" || status == "reassigned") && submission.submittedDateTime != nil)
        let anyPoints = submission.publishedPoints ?? submission.points
        if status == "excused" {
            self.status = .excused
            raw = status
            if let anyPoints {
                note = (.info, .ignoredContent, "excused submission: its points \(anyPoints) are not kept")
            }
            return
        }
        if isGraded, let published = submission.publishedPoints {
            guard let value = DecimalNumber(parsing: published) else {
                note = (.error, .invalidScore, "points '\(published)' are not a number; submission skipped")
                return
            }
            self.status = .graded
            score = value
            raw = published
            if let latest = submission.points, latest != published {
                note = (
                    .info, .draftGrade,
                    "the teacher's later value \(latest) is not returned yet; the returned \(published) is kept"
                )
            }
            return
        }
        if isGraded, let latest = submission.points {
            guard let value = DecimalNumber(parsing: latest) else {
                note = (.error, .invalidScore, "points '\(latest)' are not a number; submission skipped")
                return
            }
            self.status = .graded
            score = value
            raw = latest
            draft = true
            note = (
                .warning, .draftGrade,
                "points \(latest) are the teacher's draft, not yet returned to the student; kept as a draft"
            )
            return
        }
        if !isGraded, let anyPoints {
            note = (
                .warning, .ungradedAssessment,
                "points \(anyPoints) on an assignment without grading are not kept (Teams ignores them)"
            )
        }
        if handedIn {
            self.status = .submitted
            raw = status
        }
    }
}
