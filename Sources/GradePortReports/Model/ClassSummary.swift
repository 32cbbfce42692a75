import GradePortCore

/// One class's results in one subject and term (or year): marks, СОР and СОЧ bands, averages and
/// the students missing summatives.
public struct ClassSummary: Sendable, Hashable {
    /// A student with summatives missing, and which.
    public struct MissingSummatives: Sendable, Hashable {
        /// The student.
        public var student: ReportStudent
        /// The titles of the СОР and СОЧ without a graded result.
        public var titles: [String]

        /// Creates an entry.
        public init(student: ReportStudent, titles: [String]) {
            self.student = student
            self.titles = titles
        }
    }

    /// How many students got one mark.
    public struct MarkCount: Sendable, Hashable {
        /// The mark.
        public var mark: Int
        /// How many students got it.
        public var count: Int

        /// Creates a count.
        public init(mark: Int, count: Int) {
            self.mark = mark
            self.count = count
        }
    }

    /// Mean percentages and mark over the students that have them, rounded half up to two decimals.
    public struct Averages: Sendable, Hashable {
        /// Mean ФО %.
        public var formativePercent: DecimalNumber?
        /// Mean СОР %.
        public var sectionPercent: DecimalNumber?
        /// Mean СОЧ %.
        public var termPercent: DecimalNumber?
        /// Mean total %.
        public var totalPercent: DecimalNumber?
        /// Mean mark.
        public var mark: DecimalNumber?

        /// Creates averages.
        public init(
            formativePercent: DecimalNumber? = nil, sectionPercent: DecimalNumber? = nil,
            termPercent: DecimalNumber? = nil, totalPercent: DecimalNumber? = nil, mark: DecimalNumber? = nil
        ) {
            self.formativePercent = formativePercent
            self.sectionPercent = sectionPercent
            self.termPercent = termPercent
            self.totalPercent = totalPercent
            self.mark = mark
        }
    }

    /// The class's name, when known; `nil` in a school's or the city's summary.
    public var className: String?
    /// The school (its name, else its BIN), when known; `nil` in the city's summary.
    public var school: String?
    /// The grade (year of schooling) of a school's or the city's summary (`7` for every 7th class).
    public var grade: Int?
    /// The subject's name, when known.
    public var subject: String?
    /// The term or year, when known.
    public var period: ReportPeriod?
    /// How many students (rows) it covers.
    public var students: Int
    /// How many students got each mark, lowest mark first.
    public var marks: [MarkCount]
    /// How many students have no mark.
    public var withoutMark: Int
    /// СОР % by band.
    public var sectionBands: BandCounts
    /// СОЧ % by band.
    public var termBands: BandCounts
    /// Mean percentages and mark.
    public var averages: Averages
    /// Качество знаний: the share of marked students with 4 or 5, in percent (two decimals).
    public var quality: DecimalNumber?
    /// Успеваемость: the share of marked students with 3 or more, in percent (two decimals).
    public var progress: DecimalNumber?
    /// Students with СОР or СОЧ missing, in row order.
    public var missingSummatives: [MissingSummatives]
    /// In a school's or the city's summary: how many rows have a platform mark that differs from the
    /// computed one; `nil` in a class summary (its rows list them).
    public var platformMarkDifferences: Int?

    /// Creates a summary.
    public init(
        className: String?, subject: String?, period: ReportPeriod?, students: Int, marks: [MarkCount],
        withoutMark: Int, sectionBands: BandCounts, termBands: BandCounts, averages: Averages,
        quality: DecimalNumber?, progress: DecimalNumber?, missingSummatives: [MissingSummatives]
    ) {
        self.className = className
        self.subject = subject
        self.period = period
        self.students = students
        self.marks = marks
        self.withoutMark = withoutMark
        self.sectionBands = sectionBands
        self.termBands = termBands
        self.averages = averages
        self.quality = quality
        self.progress = progress
        self.missingSummatives = missingSummatives
    }

    /// How reports name the summary: the class (with its school in brackets when it has one), a
    /// school's grade (`Школа 12, 7 классы`), or the city's (`Все школы, 7 классы`); `nil` for a class
    /// summary without a class name.
    public var label: String? {
        if let className { return school.map { "\(className) (\($0))" } ?? className }
        guard grade != nil || school != nil || platformMarkDifferences != nil else { return nil }
        let grades = grade.map { "\($0) классы" } ?? "класс не указан"
        return school.map { "\($0), \(grades)" } ?? "Все школы, \(grades)"
    }

    /// The count of one mark.
    public func count(of mark: Int) -> Int {
        marks.first { $0.mark == mark }?.count ?? 0
    }
}
