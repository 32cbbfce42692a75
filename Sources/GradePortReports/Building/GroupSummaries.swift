import GradePortCore

/// School and city summaries (`report --by school|city`): the rows of every class of one grade, per
/// school (or over all schools), subject and term, summarised as a class is (marks, качество and
/// успеваемость, СОР/СОЧ bands, averages, missing summatives, differences from the platform's marks).
enum GroupSummaries {
    private struct Key: Hashable {
        var school: String?
        var grade: Int?
        var subject: String?
        var period: String?
        var annual: Bool
    }

    /// One summary per group, in the order of each group's first row; `[]` for ``SummaryLevel/class``.
    static func summarize(_ rows: [ReportRow], by level: SummaryLevel, marks: [Int]) -> [ClassSummary] {
        guard level != .class else { return [] }
        var groups: [Key: [ReportRow]] = [:]
        var order: [Key] = []
        for row in rows {
            let key = Key(
                school: level == .school ? row.school : nil, grade: row.grade, subject: row.subject,
                period: row.period?.id, annual: row.isAnnual)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        return order.map { key in
            let members = groups[key]!
            var summary = ClassSummaries.summary(members[...], scaleMarks: marks)
            summary.className = nil
            summary.school = key.school
            summary.grade = key.grade
            summary.platformMarkDifferences = members.count { row in
                row.warnings.contains { if case .platformMarkDiffers = $0 { true } else { false } }
            }
            return summary
        }
    }
}
