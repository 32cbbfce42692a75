import GradePortCore

/// One student's percentages and mark for one subject and term, or their annual mark.
public struct ReportRow: Sendable, Hashable {
    /// The student.
    public var student: ReportStudent
    /// The class's name (`7А`), when known.
    public var className: String?
    /// The school of the row's class (its name, else its BIN), when the gradebook names one and the
    /// report covers several schools (or `--by school|city`): two schools' `7А` are two classes of
    /// the report. A one-school report leaves it out, as before schools were reported.
    public var school: String?
    /// The class's grade, when known.
    public var grade: Int?
    /// The subject's name, when known.
    public var subject: String?
    /// The term, or the school year for an annual row; `nil` when the results name no term.
    public var period: ReportPeriod?
    /// ФО %, rounded half up to two decimals.
    public var formativePercent: DecimalNumber?
    /// СОР %, rounded half up to two decimals.
    public var sectionPercent: DecimalNumber?
    /// СОЧ %, rounded half up to two decimals.
    public var termPercent: DecimalNumber?
    /// The weighted total, cut to two decimals (see ``GradePortCore/TermGrade/totalPercent``).
    public var totalPercent: DecimalNumber?
    /// The total rounded half up to a whole percentage.
    public var roundedPercent: Int?
    /// The computed mark.
    public var mark: Int?
    /// The marks an annual row is the mean of, in term order.
    public var termMarks: [Int]?
    /// The mean of ``termMarks`` to two decimals.
    public var meanMark: DecimalNumber?
    /// The platform's own mark for the same period, when it gave one.
    public var platformMark: PlatformMark?
    /// The titles of the class's СОР and СОЧ for the term that have no graded result for the student.
    public var missingSummatives: [String]
    /// What a reader should know, in the order found.
    public var warnings: [ReportWarning]

    /// Creates a row.
    public init(
        student: ReportStudent, className: String? = nil, grade: Int? = nil, subject: String? = nil,
        period: ReportPeriod? = nil, formativePercent: DecimalNumber? = nil, sectionPercent: DecimalNumber? = nil,
        termPercent: DecimalNumber? = nil, totalPercent: DecimalNumber? = nil, roundedPercent: Int? = nil,
        mark: Int? = nil, termMarks: [Int]? = nil, meanMark: DecimalNumber? = nil, platformMark: PlatformMark? = nil,
        missingSummatives: [String] = [], warnings: [ReportWarning] = []
    ) {
        self.student = student
        self.className = className
        self.grade = grade
        self.subject = subject
        self.period = period
        self.formativePercent = formativePercent
        self.sectionPercent = sectionPercent
        self.termPercent = termPercent
        self.totalPercent = totalPercent
        self.roundedPercent = roundedPercent
        self.mark = mark
        self.termMarks = termMarks
        self.meanMark = meanMark
        self.platformMark = platformMark
        self.missingSummatives = missingSummatives
        self.warnings = warnings
    }

    /// Whether this is an annual row.
    public var isAnnual: Bool { period?.isAnnual ?? false }
}
