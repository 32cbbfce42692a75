import GradePortCore

/// Builds `report --trend`'s series from a report's rows: one series per pupil and subject, then
/// one per class and subject, each with its periods in order. A row without a term has no place
/// in a series and is left out (`gradeport report --trend` counts them on standard error). Linear in the rows (grouping by
/// dictionary, then sorting each series' few periods).
public struct TrendBuilder: Sendable {
    /// Creates the builder.
    public init() {}

    /// The series of a report: pupils' first (in the report's row order), then classes'.
    public func series(of report: GradeReport) -> [TrendSeries] {
        var pupils: [String: Int] = [:]
        var pupilSeries: [TrendSeries] = []
        var classRows: [String: Int] = [:]
        var classGroups: [(series: TrendSeries, rows: [ReportRow])] = []
        for row in report.rows {
            guard let period = row.period else { continue }
            let pupilKey = [row.student.id, row.subject ?? ""].joined(separator: "\u{1F}")
            let point = TrendPoint(
                period: period, formativePercent: row.formativePercent, sectionPercent: row.sectionPercent,
                termPercent: row.termPercent, mark: row.mark)
            if let index = pupils[pupilKey] {
                pupilSeries[index].points.append(point)
            } else {
                pupils[pupilKey] = pupilSeries.count
                pupilSeries.append(
                    TrendSeries(
                        kind: .pupil, student: row.student, className: row.className, school: row.school,
                        subject: row.subject, points: [point]))
            }
            let classKey = [row.school ?? "", row.className ?? "", row.subject ?? ""].joined(separator: "\u{1F}")
            if let index = classRows[classKey] {
                classGroups[index].rows.append(row)
            } else {
                classRows[classKey] = classGroups.count
                classGroups.append(
                    (
                        TrendSeries(kind: .class, className: row.className, school: row.school, subject: row.subject),
                        [row]
                    ))
            }
        }
        for index in pupilSeries.indices { pupilSeries[index].points.sort(by: Self.inOrder) }
        let classes = classGroups.map { group in
            var series = group.series
            var byPeriod: [String: [ReportRow]] = [:]
            var periods: [ReportPeriod] = []
            for row in group.rows {
                guard let period = row.period else { continue }
                if byPeriod[period.id] == nil { periods.append(period) }
                byPeriod[period.id, default: []].append(row)
            }
            series.points = periods.sorted(by: Self.inOrder).map { period in
                let rows = byPeriod[period.id] ?? []
                return TrendPoint(
                    period: period, formativePercent: Self.mean(rows.compactMap(\.formativePercent)),
                    sectionPercent: Self.mean(rows.compactMap(\.sectionPercent)),
                    termPercent: Self.mean(rows.compactMap(\.termPercent)),
                    meanMark: Self.mean(rows.compactMap(\.mark).map { DecimalNumber($0) }), pupils: rows.count)
            }
            return series
        }
        return pupilSeries + classes
    }

    /// The mean to two decimals (half up), `nil` of none.
    static func mean(_ values: [DecimalNumber]) -> DecimalNumber? {
        guard !values.isEmpty else { return nil }
        let sum = values.reduce(DecimalNumber.zero, +)
        return sum.ratio(to: DecimalNumber(values.count), fractionDigits: 2)
    }

    /// Period order: school year, then the annual point after the year's terms, then term number.
    static func inOrder(_ left: TrendPoint, _ right: TrendPoint) -> Bool { inOrder(left.period, right.period) }

    static func inOrder(_ left: ReportPeriod, _ right: ReportPeriod) -> Bool {
        let leftYear = left.schoolYear?.description ?? ""
        let rightYear = right.schoolYear?.description ?? ""
        if leftYear != rightYear { return leftYear < rightYear }
        if left.isAnnual != right.isAnnual { return !left.isAnnual }
        if left.number != right.number { return (left.number ?? 0) < (right.number ?? 0) }
        return left.label < right.label
    }
}
