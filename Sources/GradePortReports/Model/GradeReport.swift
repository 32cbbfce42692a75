import GradePortCore

/// A report: per student, subject and term the ФО/СОР/СОЧ percentages, total and mark; annual
/// marks; per class, subject and term a summary.
///
/// Build one from any ``GradePortCore/Gradebook`` with ``ReportBuilder`` (the gradebook may come
/// from files or from the store), then render it with a ``ReportRenderer``.
public struct GradeReport: Sendable, Hashable {
    /// The grading policy the marks were computed with.
    public var policy: GradingPolicy
    /// The rows: term rows, then each year's annual rows after its terms, grouped by class and
    /// subject.
    public var rows: [ReportRow]
    /// The summaries, one per class, subject and term (or year), in row order.
    public var classes: [ClassSummary]
    /// What ``groups`` summarise: ``SummaryLevel/class`` (no groups), schools or the city.
    public var level: SummaryLevel = .class
    /// With `--by school`: one summary per school, grade, subject and term; with `--by city`, one per
    /// grade, subject and term over all schools; empty otherwise.
    public var groups: [ClassSummary] = []

    /// Creates a report.
    public init(policy: GradingPolicy, rows: [ReportRow], classes: [ClassSummary]) {
        self.policy = policy
        self.rows = rows
        self.classes = classes
    }
}
