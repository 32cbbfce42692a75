/// The rules that turn a term's ФО, СОР and СОЧ results into a mark: weights and a percent → mark
/// scale keyed by school year, rounding half up from full precision, and the annual mark as the
/// rounded mean of the term marks.
///
/// The rules are data: ``kazakhstan`` is built in, and a policy file (see `docs/policy.md`) can
/// describe another year's weights or another scale without code.
///
/// ```swift
/// let rule = GradingPolicy.kazakhstan.entry(for: SchoolYear(startYear: 2025), grade: 7)!
/// let grade = rule.termGrade(of: works)   // ФО/СОР/СОЧ %, total %, mark, warnings
/// ```
public struct GradingPolicy: Sendable, Hashable {
    /// A short id, `kz` for the built-in policy.
    public var id: String
    /// A name for people.
    public var name: String
    /// The rules, in the order given.
    public let entries: [GradingPolicyEntry]

    /// Creates a policy; no two rules may apply to the same school year and grade.
    public init(id: String, name: String, entries: [GradingPolicyEntry]) throws(GradingPolicyError) {
        guard !entries.isEmpty else { throw GradingPolicyError(.empty, "the policy has no rules") }
        for later in entries.indices {
            for earlier in entries.indices where earlier < later && entries[earlier].overlaps(entries[later]) {
                throw GradingPolicyError(
                    .overlappingYears,
                    "the school years \(entries[later].years) overlap those of rule \(earlier + 1) "
                        + "(\(entries[earlier].years))" + (entries[later].grades == nil ? "" : " for the same grades"),
                    at: later)
            }
        }
        self.id = id
        self.name = name
        self.entries = entries
    }

    /// The id of the built-in policy.
    public static let builtInID = "kz"

    /// Kazakhstan's rules for grades 2–11 (Typical Rules, Order №125, and the 2020 change):
    /// 2016-2017…2019-2020 СОР 50 + СОЧ 50; from 2020-2021 ФО 25 + СОР 25 + СОЧ 50; the scale
    /// 0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5.
    public static let kazakhstan = try! GradingPolicy(
        id: builtInID, name: "Kazakhstan: Typical Rules (Order №125), grades 2–11",
        entries: [
            GradingPolicyEntry(
                years: try! SchoolYearRange(from: SchoolYear(startYear: 2016), through: SchoolYear(startYear: 2019)),
                weights: try! ComponentWeights(sectionSummative: 50, termSummative: 50)),
            GradingPolicyEntry(
                years: try! SchoolYearRange(from: SchoolYear(startYear: 2020)),
                weights: try! ComponentWeights(formative: 25, sectionSummative: 25, termSummative: 50)),
        ])

    /// The rule for a school year and a class's grade (`nil` when unknown), or `nil` when none applies.
    public func entry(for year: SchoolYear, grade: Int?) -> GradingPolicyEntry? {
        entries.first { $0.applies(to: year, grade: grade) }
    }

    /// The rule for the latest school years that applies to the grade: used, with a warning, for a
    /// term whose school year is unknown.
    public func latestEntry(grade: Int?) -> GradingPolicyEntry? {
        func recency(_ entry: GradingPolicyEntry) -> (Int, Int) {
            (entry.years.last?.startYear ?? Int.max, entry.years.first.startYear)
        }
        return entries.filter { entry in
            guard let grades = entry.grades else { return true }
            return grade.map(grades.contains) ?? false
        }.max { recency($0) < recency($1) }
    }

    /// The annual mark: the mean of the term marks, rounded half up (4, 4, 5, 5 → 4.5 → 5);
    /// `nil` without marks.
    public func annualGrade(ofTermMarks marks: [Int]) -> AnnualGrade? {
        guard !marks.isEmpty else { return nil }
        let sum = marks.reduce(0, +)
        let mean = ExactFraction(numerator: Int128(sum), denominator: Int128(marks.count))!
        return AnnualGrade(
            termMarks: marks, mean: mean.decimal(fractionDigits: 2) ?? .zero, mark: Int(mean.roundedToInteger()))
    }
}
