/// A reporting period: a quarter, semester, trimester or the whole school year.
public struct Term: Sendable, Hashable, Identifiable {
    /// The kind of reporting period.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// One of four quarters (четверть, тоқсан).
        case quarter
        /// One of two semesters.
        case semester
        /// One of three trimesters.
        case trimester
        /// The whole school year.
        case year
    }

    /// The term's id, by convention `SCHOOLYEAR/Q2` (e.g. `2025-2026/Q2`) or the platform's own id.
    public var id: ID
    /// The school year, e.g. `2025-2026`.
    public var schoolYear: String?
    /// The kind of period, when known.
    public var kind: Kind?
    /// The number of the period within the year (1–4 for quarters).
    public var number: Int?
    /// The first day, as an ISO 8601 date (`2025-11-03`).
    public var start: String?
    /// The last day, as an ISO 8601 date.
    public var end: String?
    /// The platform's name for the period, when it has one.
    public var name: String?
    /// Where the record came from.
    public var source: SourceReference?

    /// Creates a term.
    public init(
        id: ID, schoolYear: String? = nil, kind: Kind? = nil, number: Int? = nil, start: String? = nil,
        end: String? = nil, name: String? = nil, source: SourceReference? = nil
    ) {
        self.id = id
        self.schoolYear = schoolYear
        self.kind = kind
        self.number = number
        self.start = start
        self.end = end
        self.name = name
        self.source = source
    }
}
