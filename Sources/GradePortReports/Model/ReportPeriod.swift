import GradePortCore

/// The term a report row is about, or the whole school year for an annual row.
public struct ReportPeriod: Sendable, Hashable {
    /// The gradebook's term id (`2025-2026/Q1`), or `SCHOOLYEAR/Y` for an annual row.
    public var id: String
    /// The name JSON and CSV write: `2025-2026/Q1` when the school year, kind and number are known
    /// (`/S1` semester, `/T1` trimester, `/Y` the year), else the platform's name or id.
    public var label: String
    /// The name a teacher reads: `1 четверть 2025-2026`, `Год 2025-2026`.
    public var displayName: String
    /// The school year, when known.
    public var schoolYear: SchoolYear?
    /// The kind of period, when known.
    public var kind: Term.Kind?
    /// The number within the year (1–4 for quarters).
    public var number: Int?
    /// Whether this is a computed annual row's period.
    public var isAnnual: Bool

    /// Creates a period.
    public init(
        id: String, label: String, displayName: String, schoolYear: SchoolYear? = nil, kind: Term.Kind? = nil,
        number: Int? = nil, isAnnual: Bool = false
    ) {
        self.id = id
        self.label = label
        self.displayName = displayName
        self.schoolYear = schoolYear
        self.kind = kind
        self.number = number
        self.isAnnual = isAnnual
    }

    /// The period of a gradebook term.
    public init(_ term: Term) {
        let year = term.schoolYear.flatMap { SchoolYear(parsing: $0) } ?? SchoolYear(termID: term.id.rawValue)
        let suffix: String? =
            switch (term.kind, term.number) {
            case (.quarter?, let number?): "Q\(number)"
            case (.semester?, let number?): "S\(number)"
            case (.trimester?, let number?): "T\(number)"
            case (.year?, _): "Y"
            default: nil
            }
        let label = year.flatMap { year in suffix.map { "\(year)/\($0)" } } ?? term.name ?? term.id.rawValue
        var display: String
        switch (term.kind, term.number) {
        case (.quarter?, let number?): display = "\(number) четверть"
        case (.semester?, let number?): display = "\(number) полугодие"
        case (.trimester?, let number?): display = "\(number) триместр"
        case (.year?, _): display = "Год"
        default: display = term.name ?? term.id.rawValue
        }
        if let year, !display.contains(year.description) { display += " \(year)" }
        self.init(
            id: term.id.rawValue, label: label, displayName: display, schoolYear: year, kind: term.kind,
            number: term.number)
    }

    /// The period of an annual row.
    public static func annual(_ year: SchoolYear) -> ReportPeriod {
        ReportPeriod(
            id: "\(year)/Y", label: "\(year)/Y", displayName: "Год \(year)", schoolYear: year, kind: .year,
            isAnnual: true)
    }

    /// How many periods of this kind a school year has: 4 quarters, 2 semesters, 3 trimesters.
    public static func periodsPerYear(_ kind: Term.Kind) -> Int? {
        switch kind {
        case .quarter: 4
        case .semester: 2
        case .trimester: 3
        case .year: nil
        }
    }
}
