import GradePortCore

/// Something a reader of a report row should know.
public enum ReportWarning: Sendable, Hashable {
    /// A warning from computing the mark.
    case grading(GradingWarning)
    /// The platform's own mark differs from the computed one.
    case platformMarkDiffers(title: String, platform: Int, computed: Int)
    /// The platform gave a mark that is not a mark (`4.5` out of 5, `зачёт`).
    case platformMarkUnreadable(title: String, raw: String)
    /// The platform's term mark stands in the annual mean for a term without results to compute from.
    case platformMarkUsed(period: String, mark: Int)
    /// The term names no school year; the rules of `year` were used.
    case schoolYearAssumed(term: String?, year: SchoolYear, fromOption: Bool)
    /// The policy has no rule for the school year (and grade): no mark.
    case noPolicyRule(year: SchoolYear, grade: Int?)
    /// Results of kinds that are not part of a term mark (exams, others).
    case notCounted(titles: [String])
    /// A summative the class wrote that the student has no result for at all.
    case noResult(title: String)
    /// An annual row without term marks to compute a mean from.
    case noTermMarks
    /// Draft grades (not yet returned to the student): left out of the mark, or counted when
    /// ``ReportOptions/includeDrafts`` asks.
    case drafts(titles: [String], counted: Bool)

    /// The warning in English, as JSON and CSV reports write it.
    public var message: String {
        switch self {
        case .grading(let warning):
            return warning.message
        case .platformMarkDiffers(let title, let platform, let computed):
            return "the platform's mark '\(title)' is \(platform), the computed mark is \(computed)"
        case .platformMarkUnreadable(let title, let raw):
            return "the platform's mark '\(title)' is '\(raw)', not a mark: not compared"
        case .platformMarkUsed(let period, let mark):
            return "\(period): no results to compute from; the platform's mark \(mark) is used in the mean"
        case .schoolYearAssumed(let term, let year, let fromOption):
            let what = term.map { "the term '\($0)' names no school year" } ?? "no term"
            return fromOption
                ? "\(what): the rules of \(year) were used (--school-year)"
                : "\(what): the rules of \(year), the latest, were used; give --school-year to choose"
        case .noPolicyRule(let year, let grade):
            return "the policy has no rule for \(year)\(grade.map { ", grade \($0)" } ?? ""): no mark"
        case .notCounted(let titles):
            return "not part of a term mark (exam or other kind): " + titles.map { "'\($0)'" }.joined(separator: ", ")
        case .noResult(let title):
            return "no result for '\(title)'"
        case .noTermMarks:
            return "no term marks: no annual mark"
        case .drafts(let titles, let counted):
            let list = titles.map { "'\($0)'" }.joined(separator: ", ")
            return counted
                ? "draft grades counted as final (--include-drafts): \(list)"
                : "draft grades, not yet returned to the student, left out of the mark (--include-drafts counts them): "
                    + list
        }
    }

    /// The warning in Russian, as the table and HTML reports show it to a teacher (the report's
    /// catalog, ``GradePortLocalization/ReportPhrase``).
    public var russianMessage: String {
        ReportWording(language: .ru).warning(self)
    }
}
