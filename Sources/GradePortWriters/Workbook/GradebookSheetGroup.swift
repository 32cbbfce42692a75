import GradePortCore

/// One gradebook sheet of an XLSX output: the assessments of one class and subject as columns, the
/// pupils who have results in them (or are enrolled in the class and subject) as rows, and which
/// result goes in which cell, in the order a streaming sheet is written (row by row, left to right).
struct GradebookSheetGroup {
    /// The class's name (its id when the class is not listed), `nil` for assessments of no class.
    var className: String?
    /// The subject's name, `nil` for assessments of no subject.
    var subjectName: String?
    /// The assessments, as indices into the gradebook's, in its order.
    var assessments: [Int] = []
    /// The pupils, as indices into the gradebook's people, in its order.
    var pupils: [Int] = []
    /// The cells: the pupil's row and assessment's column (0-based within the group) and the index
    /// of the result, sorted by row then column; one result per cell (the first).
    var cells: [(row: Int, column: Int, result: Int)] = []

    /// The groups of a gradebook, in the order their first assessment appears; each result is placed
    /// once, in one pass over the results.
    static func groups(of book: Gradebook) -> [GradebookSheetGroup] {
        var classNames: [SchoolClass.ID: String] = [:]
        for schoolClass in book.classes { classNames[schoolClass.id] = schoolClass.name }
        var subjectNames: [Subject.ID: String] = [:]
        for subject in book.subjects { subjectNames[subject.id] = subject.name }

        struct Key: Hashable {
            var schoolClass: SchoolClass.ID?
            var subject: Subject.ID?
        }
        var groupOfKey: [Key: Int] = [:]
        var groups: [GradebookSheetGroup] = []
        var keys: [Key] = []
        // Per assessment (by id): its group and column.
        var place: [IdentifierKey: (group: Int, column: Int)] = [:]
        for (index, assessment) in book.assessments.enumerated() {
            let key = Key(schoolClass: assessment.class, subject: assessment.subject)
            let group =
                groupOfKey[key]
                ?? {
                    groups.append(
                        GradebookSheetGroup(
                            className: assessment.class.map { classNames[$0] ?? $0.rawValue },
                            subjectName: assessment.subject.map { subjectNames[$0] ?? $0.rawValue }))
                    keys.append(key)
                    groupOfKey[key] = groups.count - 1
                    return groups.count - 1
                }()
            place[IdentifierKey(assessment.id)] = (group, groups[group].assessments.count)
            groups[group].assessments.append(index)
        }

        var personIndex: [IdentifierKey: Int] = [:]
        for (index, person) in book.people.enumerated() { personIndex[IdentifierKey(person.id)] = index }
        // Per group: the people in it, and their cells by person index (rows are numbered after).
        var members: [Set<Int>] = Array(repeating: [], count: groups.count)
        var unsorted: [[(person: Int, column: Int, result: Int)]] = Array(repeating: [], count: groups.count)
        for (index, result) in book.results.enumerated() {
            guard let at = place[IdentifierKey(result.assessment)],
                let person = personIndex[IdentifierKey(result.person)]
            else { continue }
            members[at.group].insert(person)
            unsorted[at.group].append((person, at.column, index))
        }
        var groupsOfClass: [SchoolClass.ID: [Int]] = [:]
        for (group, key) in keys.enumerated() {
            if let schoolClass = key.schoolClass { groupsOfClass[schoolClass, default: []].append(group) }
        }
        for enrollment in book.enrollments where enrollment.role == .student {
            guard let person = personIndex[IdentifierKey(enrollment.person)] else { continue }
            for group in groupsOfClass[enrollment.class] ?? []
            where enrollment.subject == nil || keys[group].subject == enrollment.subject {
                members[group].insert(person)
            }
        }
        for group in groups.indices {
            let pupils = members[group].sorted()
            var row: [Int: Int] = [:]
            for (offset, person) in pupils.enumerated() { row[person] = offset }
            groups[group].pupils = pupils
            var cells = unsorted[group].map { (row: row[$0.person]!, column: $0.column, result: $0.result) }
            // Stable by result order, so the first result of a cell comes first and repeats are dropped.
            cells.sort { ($0.row, $0.column, $0.result) < ($1.row, $1.column, $1.result) }
            var kept: [(row: Int, column: Int, result: Int)] = []
            kept.reserveCapacity(cells.count)
            for cell in cells where kept.last.map({ $0.row != cell.row || $0.column != cell.column }) ?? true {
                kept.append(cell)
            }
            groups[group].cells = kept
            unsorted[group] = []
        }
        return groups
    }
}
