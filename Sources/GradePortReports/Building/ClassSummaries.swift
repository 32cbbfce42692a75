import GradePortCore

/// Class summaries: rows grouped by class, subject and term (or year), in row order.
enum ClassSummaries {
    /// One summary per run of rows with the same class, subject and period (rows are sorted so that
    /// each group is one run); every mark of `scaleMarks` is counted, zeros included.
    static func summarize(_ rows: [ReportRow], marks scaleMarks: [Int]) -> [ClassSummary] {
        var summaries: [ClassSummary] = []
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, sameGroup(rows[start], rows[end]) { end += 1 }
            summaries.append(summary(rows[start..<end], scaleMarks: scaleMarks))
            start = end
        }
        return summaries
    }

    private static func sameGroup(_ a: ReportRow, _ b: ReportRow) -> Bool {
        a.school == b.school && a.className == b.className && a.grade == b.grade && a.subject == b.subject
            && a.period?.id == b.period?.id
            && a.period?.isAnnual == b.period?.isAnnual
    }

    /// The summary of `rows` (one class, or a school's or the city's classes of one grade), named as
    /// the first row names its class and school.
    static func summary(_ rows: ArraySlice<ReportRow>, scaleMarks: [Int]) -> ClassSummary {
        let first = rows[rows.startIndex]
        var counts: [Int: Int] = [:]
        for mark in scaleMarks { counts[mark] = 0 }
        var sectionBands = BandCounts()
        var termBands = BandCounts()
        var missing: [ClassSummary.MissingSummatives] = []
        for row in rows {
            if let mark = row.mark { counts[mark, default: 0] += 1 }
            if !row.isAnnual {
                sectionBands.count(row.sectionPercent)
                termBands.count(row.termPercent)
            }
            if !row.missingSummatives.isEmpty {
                missing.append(.init(student: row.student, titles: row.missingSummatives))
            }
        }
        let marked = rows.compactMap(\.mark)
        let averages = ClassSummary.Averages(
            formativePercent: mean(rows.compactMap(\.formativePercent)),
            sectionPercent: mean(rows.compactMap(\.sectionPercent)), termPercent: mean(rows.compactMap(\.termPercent)),
            totalPercent: mean(rows.compactMap(\.totalPercent)), mark: mean(marked.map { DecimalNumber($0) }))
        var summary = ClassSummary(
            className: first.className, subject: first.subject, period: first.period, students: rows.count,
            marks: counts.keys.sorted().map { .init(mark: $0, count: counts[$0]!) },
            withoutMark: rows.count - marked.count, sectionBands: first.isAnnual ? BandCounts() : sectionBands,
            termBands: first.isAnnual ? BandCounts() : termBands, averages: averages,
            quality: share(marked.count { $0 >= 4 }, of: marked.count),
            progress: share(marked.count { $0 >= 3 }, of: marked.count), missingSummatives: missing)
        summary.school = first.school
        return summary
    }

    /// The mean rounded half up to two decimals; `nil` for no values.
    static func mean(_ values: [DecimalNumber]) -> DecimalNumber? {
        guard !values.isEmpty else { return nil }
        let sum = values.reduce(DecimalNumber.zero, +)
        return sum.ratio(to: DecimalNumber(values.count), fractionDigits: 2)
    }

    /// `part / whole × 100`, rounded half up to two decimals; `nil` when `whole` is zero.
    static func share(_ part: Int, of whole: Int) -> DecimalNumber? {
        DecimalNumber(part).ratio(to: DecimalNumber(whole), times: .hundred, fractionDigits: 2)
    }
}
