/// What a report summarises (`report --by`): each class, each school, or the whole input.
public enum SummaryLevel: String, Sendable, Hashable, CaseIterable {
    /// A summary per class, subject and term (the default, and always in the report).
    case `class`
    /// Also a summary per school, grade, subject and term: every 7th class of a school together.
    case school
    /// Also a summary per grade, subject and term over every school of the input.
    case city
}
