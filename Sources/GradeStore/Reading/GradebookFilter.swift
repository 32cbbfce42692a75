/// Which part of the store to read: schools, classes, subjects and terms, each by id or name.
///
/// An empty list does not filter. Several values in one list are alternatives (7А or 7Б); lists
/// combine (7А and Физика). A value that is a record's id in the store selects that record;
/// otherwise it selects every record of that name, across platforms and schools: a class by name
/// (`7А`; `7a` and `7 А` are read as the same class name), a subject by name ignoring case, a term
/// by name (`2 четверть`) or id ignoring case, a school by id, BIN or name (folded: `школа №12` is
/// `Школа № 12`); a school selects its classes.
///
/// ```swift
/// let sevenA = GradebookFilter(classes: ["7А"], subjects: ["Физика"], terms: ["2025-2026/Q2"])
/// let book = try store.gradebook(matching: sevenA)
/// ```
public struct GradebookFilter: Sendable, Hashable {
    /// Classes, by id or name.
    public var classes: [String]
    /// Subjects, by id or name.
    public var subjects: [String]
    /// Terms, by id or name.
    public var terms: [String]
    /// Schools, by id, BIN or name: their classes.
    public var schools: [String]

    /// Creates a filter.
    public init(classes: [String] = [], subjects: [String] = [], terms: [String] = [], schools: [String] = []) {
        self.classes = classes
        self.subjects = subjects
        self.terms = terms
        self.schools = schools
    }

    /// Everything in the store.
    public static let all = GradebookFilter()

    /// Whether the filter selects everything.
    public var isEmpty: Bool { classes.isEmpty && subjects.isEmpty && terms.isEmpty && schools.isEmpty }
}
