import GradePortCore

/// Builds a ``GradeReport`` from a gradebook under a grading policy.
///
/// The builder takes a ``GradePortCore/Gradebook`` value and nothing else, so a report reads the
/// same whether the gradebook came from export files (merged) or from the store.
///
/// ```swift
/// let report = try ReportBuilder(policy: .kazakhstan, options: ReportOptions(classes: ["7А"]))
///     .build(from: gradebook)
/// let html = ReportHTMLRenderer().render(report)
/// ```
///
/// Rows are per student, class, subject and term: the results of ФО, СОР and СОЧ assessments make
/// the percentages and the mark (``GradePortCore/GradingPolicyEntry/termGrade(of:)``), the
/// platform's own marks (assessments of kind `final`) are compared with it, and every student
/// enrolled in the class gets a row in each of its terms, with or without results. Annual rows
/// follow each year's terms. Rows are ordered by class, subject, term and student in the
/// gradebook's order; building is linear in the gradebook, plus sorting the rows.
public struct ReportBuilder: Sendable {
    /// The grading policy.
    public var policy: GradingPolicy
    /// Filters and the school year of terms that name none.
    public var options: ReportOptions

    /// Creates a builder.
    public init(policy: GradingPolicy = .kazakhstan, options: ReportOptions = ReportOptions()) {
        self.policy = policy
        self.options = options
    }

    /// Builds the report.
    ///
    /// - Throws: ``ReportFilterError`` when a filter names no class, subject or term of the gradebook.
    public func build(from book: Gradebook) throws(ReportFilterError) -> GradeReport {
        let index = GradebookIndex(book)
        let collector = RowCollector(index, includeDrafts: options.includeDrafts)
        let grader = TermRowGrader(
            policy: policy, index: index, assumedSchoolYear: options.schoolYear, includeDrafts: options.includeDrafts)
        var termRows: [(key: RowKey, row: ReportRow)] = []
        termRows.reserveCapacity(collector.inputs.count)
        for input in collector.inputs {
            let summatives = collector.groupSummatives[input.key.group] ?? []
            termRows.append((input.key, grader.row(for: input, summatives: summatives)))
        }
        let order = RowOrder(index: index, keys: termRows.map(\.key))
        let (terms, annual) = AnnualRows(policy: policy).split(termRows.map(\.row))
        let rows = order.sorted(terms + annual)
        var termNames: [String: String] = [:]
        for term in book.terms { if let name = term.name { termNames[term.id.rawValue] = name } }
        let filter = ReportFilter(options: options, termNames: termNames)
        try filter.validate(against: rows, index: index)
        var kept = rows.filter(filter.keeps)
        // Rows and class summaries name the school only when it tells classes apart: the report
        // covers several schools, or summarises by school or city. A one-school report reads as before.
        if options.level == .class, Set(kept.compactMap(\.school)).count <= 1 {
            for index in kept.indices { kept[index].school = nil }
        }
        let marks = Set(policy.entries.flatMap { $0.scale.bands.map(\.mark) }).sorted()
        var report = GradeReport(policy: policy, rows: kept, classes: ClassSummaries.summarize(kept, marks: marks))
        report.level = options.level
        report.groups = GroupSummaries.summarize(kept, by: options.level, marks: marks)
        return report
    }
}
