import GradePortCore

/// Annual rows: per student, class, subject and school year, the mean of the term marks rounded
/// half up, compared with the platform's annual mark.
///
/// A term without a computed mark takes the platform's term mark (with a warning). An annual row
/// is made when two or more term marks exist, or when the platform gave an annual mark. Rows of a
/// year-long term (the platform's annual marks) are folded into the annual row.
struct AnnualRows {
    let policy: GradingPolicy

    private struct Key: Hashable {
        var person: String
        var school: String?
        var className: String?
        var subject: String?
        var year: SchoolYear
    }

    /// The term rows without the year-long ones folded into annual rows, and the annual rows.
    func split(_ rows: [ReportRow]) -> (terms: [ReportRow], annual: [ReportRow]) {
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        var kept: [ReportRow] = []
        for (position, row) in rows.enumerated() {
            guard let period = row.period, let year = period.schoolYear, period.kind != nil else { continue }
            let key = Key(
                person: row.student.id, school: row.school, className: row.className, subject: row.subject, year: year)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(position)
        }
        var folded = Set<Int>()
        var annual: [ReportRow] = []
        for key in order {
            let members = groups[key]!
            let yearLong = members.filter { rows[$0].period?.kind == .year }
            guard let row = annualRow(key.year, terms: members.map { rows[$0] }, yearLong: yearLong.map { rows[$0] })
            else { continue }
            folded.formUnion(yearLong)
            annual.append(row)
        }
        for (position, row) in rows.enumerated() where !folded.contains(position) { kept.append(row) }
        return (kept, annual)
    }

    private func annualRow(_ year: SchoolYear, terms rows: [ReportRow], yearLong: [ReportRow]) -> ReportRow? {
        let candidates: [Term.Kind] = [.quarter, .semester, .trimester]
        let kind: Term.Kind? = candidates.first { kind in
            rows.contains { $0.period?.kind == kind && $0.period?.number != nil }
        }
        let terms = rows.filter { $0.period?.kind == kind && kind != nil && $0.period?.number != nil }
            .sorted { $0.period!.number! < $1.period!.number! }
        var marks: [Int] = []
        var warnings: [ReportWarning] = []
        for term in terms {
            if let mark = term.mark {
                marks.append(mark)
            } else if let mark = term.platformMark?.mark {
                marks.append(mark)
                warnings.append(.platformMarkUsed(period: term.period!.displayName, mark: mark))
            }
        }
        guard marks.count >= 2 || !yearLong.isEmpty else { return nil }
        let first = terms.first ?? yearLong[0]
        var row = ReportRow(
            student: first.student, className: first.className, grade: first.grade, subject: first.subject,
            period: .annual(year))
        row.school = first.school
        if let grade = policy.annualGrade(ofTermMarks: marks) {
            row.termMarks = grade.termMarks
            row.meanMark = grade.mean
            row.mark = grade.mark
            if let kind, let expected = ReportPeriod.periodsPerYear(kind), marks.count < expected {
                warnings.append(.grading(.partialYear(terms: marks.count, of: expected)))
            }
        } else {
            warnings.append(.noTermMarks)
        }
        for platform in yearLong.compactMap(\.platformMark) {
            if row.platformMark == nil { row.platformMark = platform }
            warnings += TermRowGrader.compare(platform, with: row.mark)
        }
        row.warnings = warnings
        return row
    }
}
