import GradePortCore

/// What a report covers, and the school year of terms that name none.
public struct ReportOptions: Sendable, Hashable {
    /// Only these classes (by name, `7А`; `7A` in Latin letters matches too); empty for all.
    public var classes: [String]
    /// Only these subjects (by name, case ignored); empty for all.
    public var subjects: [String]
    /// Only these terms: `2025-2026/Q2`, `Q2`, a platform's name (`2 четверть`), `2025-2026/Y` or
    /// `Y` for annual rows, or a school year `2025-2026` for all of its terms and annual rows.
    public var terms: [String]
    /// The school year of terms that name none, such as `Q3` in a teacher's journal.
    ///
    /// Without it, such a term is graded by the policy's latest rule, with a warning.
    public var schoolYear: SchoolYear?
    /// Whether draft grades (a teacher's value not yet returned to the student, such as a Classroom
    /// `draftGrade` — including the 0 Classroom puts on missing work) count towards term marks. Off by
    /// default: a draft is not a final mark. Either way each row names its drafts in a warning.
    public var includeDrafts: Bool
    /// Only these schools (by name compared folded, or BIN); empty for all.
    public var schools: [String] = []
    /// The summaries beyond the classes' (`--by school|city`).
    public var level: SummaryLevel = .class

    /// Creates options; the defaults cover everything, and leave draft grades out of term marks.
    public init(
        classes: [String] = [], subjects: [String] = [], terms: [String] = [], schoolYear: SchoolYear? = nil,
        includeDrafts: Bool = false
    ) {
        self.classes = classes
        self.subjects = subjects
        self.terms = terms
        self.schoolYear = schoolYear
        self.includeDrafts = includeDrafts
    }
}
