import GradePortCore

/// One pupil's, or one class's, ФО/СОР/СОЧ percentages and marks for a subject, period by period
/// (`report --trend`).
///
/// A pupil's series has one point per term row of the report (and per annual row, the year's
/// mark); the merge has already made a pupil exported by two platforms one person and their
/// quarters one term (`2025-2026/Q1`), so a school that moved platforms mid-year gives one
/// continuous series. A class's series has, per period, the means over its pupils' rows.
public struct TrendSeries: Sendable, Hashable {
    /// Whose series it is.
    public enum Kind: String, Sendable, Hashable {
        /// One pupil.
        case pupil
        /// A class: the means over its pupils.
        case `class`
    }

    /// A pupil's or a class's series.
    public var kind: Kind
    /// The pupil (`nil` for a class).
    public var student: ReportStudent?
    /// The class's name.
    public var className: String?
    /// The class's school, when the report names one.
    public var school: String?
    /// The subject.
    public var subject: String?
    /// The points, in period order (school year, then term number, the annual point last).
    public var points: [TrendPoint]

    /// Creates a series.
    public init(
        kind: Kind, student: ReportStudent? = nil, className: String? = nil, school: String? = nil,
        subject: String? = nil, points: [TrendPoint] = []
    ) {
        self.kind = kind
        self.student = student
        self.className = className
        self.school = school
        self.subject = subject
        self.points = points
    }
}

/// One period of a ``TrendSeries``.
public struct TrendPoint: Sendable, Hashable {
    /// The term, or the school year for an annual point.
    public var period: ReportPeriod
    /// ФО %, СОР %, СОЧ % (a class's: the mean over its pupils who have one, to two decimals).
    public var formativePercent: DecimalNumber?
    /// СОР %.
    public var sectionPercent: DecimalNumber?
    /// СОЧ %.
    public var termPercent: DecimalNumber?
    /// A pupil's computed mark.
    public var mark: Int?
    /// A class's mean mark over the pupils with one, to two decimals.
    public var meanMark: DecimalNumber?
    /// A class's number of pupils in the period (1 for a pupil).
    public var pupils: Int

    /// Creates a point.
    public init(
        period: ReportPeriod, formativePercent: DecimalNumber? = nil, sectionPercent: DecimalNumber? = nil,
        termPercent: DecimalNumber? = nil, mark: Int? = nil, meanMark: DecimalNumber? = nil, pupils: Int = 1
    ) {
        self.period = period
        self.formativePercent = formativePercent
        self.sectionPercent = sectionPercent
        self.termPercent = termPercent
        self.mark = mark
        self.meanMark = meanMark
        self.pupils = pupils
    }
}
