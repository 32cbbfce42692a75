import GradePortCore

/// The order of report rows: class, subject, period (school year, its terms by kind and number, then
/// the annual row), student; classes, subjects and students in the gradebook's order.
struct RowOrder {
    private var classRank: [String: Int] = [:]
    private var subjectRank: [String: Int] = [:]
    private var studentRank: [String: Int] = [:]

    init(index: GradebookIndex, keys: [RowKey]) {
        // Rows know names, not ids: rank each name by its first class or subject in the gradebook.
        for (rank, schoolClass) in index.book.classes.enumerated() {
            let key = Self.classKey(schoolClass.name, school: index.schoolName(of: schoolClass))
            if classRank[key] == nil { classRank[key] = rank }
        }
        for (rank, subject) in index.book.subjects.enumerated() where subjectRank[subject.name] == nil {
            subjectRank[subject.name] = rank
        }
        for (rank, person) in index.book.people.enumerated() where studentRank[person.id.rawValue] == nil {
            studentRank[person.id.rawValue] = rank
        }
        // People a result names without a record come after, in the order of their rows.
        var next = index.book.people.count
        for key in keys where studentRank[key.person.rawValue] == nil {
            studentRank[key.person.rawValue] = next
            next += 1
        }
    }

    func sorted(_ rows: [ReportRow]) -> [ReportRow] {
        let keyed = rows.enumerated().map { (key: sortKey($0.element, $0.offset), row: $0.element) }
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.row)
    }

    private func sortKey(_ row: ReportRow, _ position: Int) -> [Int] {
        let period = row.period
        let kindRank: Int =
            switch period?.kind {
            case .quarter?: 0
            case .semester?: 1
            case .trimester?: 2
            case .year?: 3
            case nil: 4
            }
        return [
            row.className.flatMap { classRank[Self.classKey($0, school: row.school)] }
                ?? (row.className == nil ? Int.max : Int.max - 1),
            row.subject.flatMap { subjectRank[$0] } ?? (row.subject == nil ? Int.max : Int.max - 1),
            period == nil ? 1 : 0,
            period?.schoolYear?.startYear ?? Int.max,
            period?.isAnnual == true ? 1 : 0,
            kindRank,
            period?.number ?? Int.max,
            studentRank[row.student.id] ?? Int.max,
            position,
        ]
    }

    /// A class's rank key: its name within its school (two schools' `7А` are ranked apart).
    private static func classKey(_ name: String, school: String?) -> String {
        school.map { $0 + "\u{1F}" + name } ?? name
    }
}
