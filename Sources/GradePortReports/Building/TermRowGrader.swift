import GradePortCore

/// Turns one student's results in one class, subject and term into a report row: finds the rule
/// for the term's school year and the class's grade, computes the mark, and compares it with the
/// platform's own.
struct TermRowGrader {
    let policy: GradingPolicy
    let index: GradebookIndex
    /// The school year of terms that name none (`--school-year`).
    let assumedSchoolYear: SchoolYear?
    /// Whether draft grades were counted (``ReportOptions/includeDrafts``), for the row's warning.
    var includeDrafts = false

    func row(for input: RowInput, summatives: [(id: Assessment.ID, title: String)]) -> ReportRow {
        let group = input.key.group
        let schoolClass = group.classID.flatMap { index.classes[$0]?.schoolClass }
        let term = group.termID.map(index.term)
        var row = ReportRow(
            student: index.student(input.key.person),
            className: schoolClass?.name ?? group.classID?.rawValue,
            grade: schoolClass?.grade ?? schoolClass.flatMap { ClassName.grade(in: $0.name) },
            subject: group.subjectID.map { index.subjects[$0]?.subject.name ?? $0.rawValue },
            period: term.map(ReportPeriod.init))
        row.school = index.schoolName(of: schoolClass)
        var warnings: [ReportWarning] = []
        let (year, assumption) = schoolYear(of: term)
        if let assumption { warnings.append(assumption) }
        let entry = year.flatMap { policy.entry(for: $0, grade: row.grade) }
        if let entry {
            let grade = entry.termGrade(of: input.works)
            row.formativePercent = grade.formativePercent
            row.sectionPercent = grade.sectionPercent
            row.termPercent = grade.termPercent
            row.totalPercent = grade.totalPercent
            row.roundedPercent = grade.roundedPercent
            row.mark = grade.mark
            warnings += grade.warnings.map(ReportWarning.grading)
        } else if let year {
            warnings.append(.noPolicyRule(year: year, grade: row.grade))
        }
        let graded = input.gradedSummatives
        // A draft left out is named by its own warning, not as "no result".
        let answered = Set(input.works.map(\.title) + input.drafts)
        row.missingSummatives = summatives.filter { !graded.contains($0.id) }.map(\.title)
        for title in row.missingSummatives where !answered.contains(title) {
            warnings.append(.noResult(title: title))
        }
        if !input.notCounted.isEmpty { warnings.append(.notCounted(titles: input.notCounted)) }
        if !input.drafts.isEmpty { warnings.append(.drafts(titles: input.drafts, counted: includeDrafts)) }
        let scale = entry?.scale ?? policy.latestEntry(grade: row.grade)?.scale ?? .kazakhstan
        for (title, result) in input.platformMarks {
            guard let mark = Self.platformMark(title: title, result: result, scale: scale) else { continue }
            if row.platformMark == nil { row.platformMark = mark }
            warnings += Self.compare(mark, with: row.mark)
        }
        row.warnings = warnings
        return row
    }

    /// The school year whose rule grades the term, and a warning when it was assumed.
    func schoolYear(of term: Term?) -> (SchoolYear?, ReportWarning?) {
        if let term {
            if let year = term.schoolYear.flatMap({ SchoolYear(parsing: $0) }) ?? SchoolYear(termID: term.id.rawValue)
                ?? term.start.flatMap({ SchoolYear(containing: $0) })
                ?? term.end.flatMap({ SchoolYear(containing: $0) })
            {
                return (year, nil)
            }
        }
        let label = term.map { $0.name ?? $0.id.rawValue }
        if let assumedSchoolYear {
            return (assumedSchoolYear, .schoolYearAssumed(term: label, year: assumedSchoolYear, fromOption: true))
        }
        guard let latest = policy.latestEntry(grade: nil) ?? policy.entries.last else { return (nil, nil) }
        // The latest rule's last year, or the first when it is still open.
        let year = latest.years.last ?? latest.years.first
        return (year, .schoolYearAssumed(term: label, year: year, fromOption: false))
    }

    /// The platform's mark in a result.
    ///
    /// A whole score from 1 to the scale's top mark, out of that mark (or without a maximum), is
    /// that mark; a score out of another maximum is looked up in the scale as a percentage.
    /// `nil` for a result that is not graded (no mark given yet).
    static func platformMark(title: String, result: AssessmentResult, scale: MarkScale) -> PlatformMark? {
        guard result.status == .graded, let score = result.score else { return nil }
        let raw = result.raw ?? score.description
        let top = scale.bands.map(\.mark).max() ?? 5
        if result.maxScore == nil || result.maxScore == DecimalNumber(top) {
            // A mark out of the scale's top mark: a whole number from 1 (a "1" is a mark too, though
            // no percentage gives it) to the top.
            let whole = score.rounded(toFractionDigits: 0)
            let mark = Int(whole.scaledValue / DecimalNumber.scale)
            guard whole == score, (1...max(top, 1)).contains(mark) else {
                return PlatformMark(title: title, mark: nil, raw: raw)
            }
            return PlatformMark(title: title, mark: mark, raw: raw)
        }
        guard let max = result.maxScore, max > .zero,
            let percent = score.ratio(to: max, times: .hundred, fractionDigits: 0)
        else { return PlatformMark(title: title, mark: nil, raw: raw) }
        let whole = Int(percent.scaledValue / DecimalNumber.scale)
        return PlatformMark(title: title, mark: scale.mark(forPercent: whole), raw: raw)
    }

    static func compare(_ platform: PlatformMark, with computed: Int?) -> [ReportWarning] {
        guard let mark = platform.mark else {
            return [.platformMarkUnreadable(title: platform.title, raw: platform.raw)]
        }
        guard let computed, computed != mark else { return [] }
        return [.platformMarkDiffers(title: platform.title, platform: mark, computed: computed)]
    }
}
