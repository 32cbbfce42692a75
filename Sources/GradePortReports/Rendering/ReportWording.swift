import GradePortCore
import GradePortLocalization

/// A report's words and numbers in one language, from the catalog the web page shares
/// (``GradePortLocalization/ReportPhrase``).
///
/// Russian keeps every text the reports wrote before languages came (the golden files hold them).
/// Numbers have a decimal comma in Russian and Kazakh and a point in English; a dash stands for none.
struct ReportWording: Sendable {
    /// The language.
    var language: Language

    /// A phrase.
    subscript(_ phrase: ReportPhrase) -> String { phrase.text[language] }

    /// A phrase with `%1`, `%2`, … filled in.
    func format(_ phrase: ReportPhrase, _ values: any CustomStringConvertible...) -> String {
        phrase.text.format(language, values)
    }

    /// `77,75` (`77.75` in English), `80`, or `—`.
    func number(_ value: DecimalNumber?) -> String {
        guard let value else { return "—" }
        return language == .en ? value.description : HumanNumber.text(value)
    }

    /// `4`, or `—`.
    func number(_ value: Int?) -> String { HumanNumber.text(value) }

    /// ФО/СОР/СОЧ, ҚБ/БЖБ/ТЖБ or FA/SAU/SAT.
    func abbreviation(_ component: GradingComponent) -> String {
        switch component {
        case .formative: self[.formative]
        case .sectionSummative: self[.section]
        case .termSummative: self[.term]
        }
    }

    /// A period's name: `2 четверть`, `2-тоқсан`, `Quarter 2`, `Год 2025-2026`; a platform's own
    /// name of a period as it wrote it.
    func period(_ period: ReportPeriod?) -> String {
        guard let period else { return self[.noPeriod] }
        guard language != .ru else { return period.displayName }
        if period.isAnnual, let year = period.schoolYear { return format(.annualOf, year) }
        let name: String
        switch (period.kind, period.number) {
        case (.quarter?, let number?): name = format(.quarter, number)
        case (.semester?, let number?): name = format(.semester, number)
        case (.trimester?, let number?): name = format(.trimester, number)
        case (.year?, _): name = self[.year]
        default: return period.displayName
        }
        // As the Russian name: the school year after the period's own name.
        return period.schoolYear.map { "\(name) \($0)" } ?? name
    }

    /// A period's name the report wrote in Russian (``ReportPeriod/displayName``: `1 четверть 2025-2026`),
    /// in this language; any other name (a platform's own) as it is.
    private func periodName(_ russian: String) -> String {
        guard language != .ru else { return russian }
        let words = russian.split(separator: " ")
        guard words.count == 2 || words.count == 3, let number = Int(words[0]) else { return russian }
        let phrase: ReportPhrase
        switch words[1] {
        case "четверть": phrase = .quarter
        case "полугодие": phrase = .semester
        case "триместр": phrase = .trimester
        default: return russian
        }
        return ([format(phrase, number)] + words.dropFirst(2).map(String.init)).joined(separator: " ")
    }

    /// How the report names a summary (see ``ClassSummary/label``), in this language.
    func label(_ summary: ClassSummary) -> String? {
        guard language != .ru else { return summary.label }
        if let className = summary.className { return summary.school.map { "\(className) (\($0))" } ?? className }
        guard summary.grade != nil || summary.school != nil || summary.platformMarkDifferences != nil else {
            return nil
        }
        let grades = summary.grade.map { format(.grades, $0) } ?? self[.noClass]
        return summary.school.map { "\($0), \(grades)" } ?? "\(self[.allSchools]), \(grades)"
    }

    /// A row's warning as a teacher reads it.
    func warning(_ warning: ReportWarning) -> String {
        switch warning {
        case .grading(let warning):
            return self.warning(warning)
        case .platformMarkDiffers(let title, let platform, let computed):
            return format(.warnPlatformDiffers, title, platform, computed)
        case .platformMarkUnreadable(let title, let raw):
            return format(.warnPlatformUnreadable, title, raw)
        case .platformMarkUsed(let period, let mark):
            return format(.warnPlatformUsed, periodName(period), mark)
        case .schoolYearAssumed(let term, let year, let fromOption):
            let what = term.map { format(.warnTermNoYear, $0) } ?? self[.warnNoTerm]
            return format(fromOption ? .warnYearFromOption : .warnLatestRules, what, year)
        case .noPolicyRule(let year, let grade):
            return grade.map { format(.warnNoRuleGrade, year, $0) } ?? format(.warnNoRule, year)
        case .notCounted(let titles):
            return format(.warnNotCounted, titles.map(quoted).joined(separator: ", "))
        case .noResult(let title):
            return format(.warnNoResult, title)
        case .noTermMarks:
            return self[.warnNoTermMarks]
        case .drafts(let titles, let counted):
            return format(counted ? .warnDraftsCounted : .warnDraftsLeftOut, titles.map(quoted).joined(separator: ", "))
        }
    }

    /// A grading warning as a teacher reads it.
    func warning(_ warning: GradingWarning) -> String {
        let list = { (components: [GradingComponent]) in components.map(abbreviation).joined(separator: ", ") }
        switch warning {
        case .notGraded(let title, let status): return format(.warnNotGraded, title, self.status(status))
        case .noScore(let title): return format(.warnNoScore, title)
        case .noMaximum(let title): return format(.warnNoMaximum, title)
        case .weightSpread(let missing, let over): return format(.warnWeightSpread, list(missing), list(over))
        case .noCountedResults(let ignored):
            return ignored.isEmpty ? self[.warnNoCounted] : format(.warnNoCountedIgnored, list(ignored))
        case .aboveHundred(let percent): return format(.warnAboveHundred, percent)
        case .partialYear(let terms, let total): return format(.warnPartialYear, terms, total)
        }
    }

    private func status(_ status: ResultStatus) -> String {
        switch status {
        case .graded: self[.statusGraded]
        case .missing: self[.statusMissing]
        case .excused: self[.statusExcused]
        case .exempt: self[.statusExempt]
        case .absent: self[.statusAbsent]
        case .submitted: self[.statusSubmitted]
        }
    }

    /// `«title»` in Russian and Kazakh, `'title'` in English.
    private func quoted(_ title: String) -> String {
        language == .en ? "'\(title)'" : "«\(title)»"
    }

    /// The mark bands' counts: `высокий 3, средний 2, низкий 0, нет 1`.
    func bands(_ counts: BandCounts) -> String {
        "\(self[.bandHigh]) \(counts.high), \(self[.bandMiddle]) \(counts.middle), \(self[.bandLow]) \(counts.low), "
            + "\(self[.bandNone]) \(counts.none)"
    }
}
