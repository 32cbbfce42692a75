import GradePortCore

/// Where a row's results are grouped: one class, subject and term.
struct GroupKey: Hashable {
    var classID: SchoolClass.ID?
    var subjectID: Subject.ID?
    var termID: Term.ID?
}

/// One student in one group.
struct RowKey: Hashable {
    var group: GroupKey
    var person: Person.ID
}

/// What a row is computed from: the student's results in the group, sorted by what they count towards.
struct RowInput {
    var key: RowKey
    /// ФО, СОР and СОЧ results.
    var works: [GradedWork] = []
    /// The platform's own marks for the period.
    var platformMarks: [(title: String, result: AssessmentResult)] = []
    /// Titles of exams and other results that are not part of a term mark.
    var notCounted: [String] = []
    /// The ids of summatives with a graded result.
    var gradedSummatives: Set<Assessment.ID> = []
    /// Titles of works whose grade is a draft: left out of the mark unless drafts are included.
    var drafts: [String] = []
}

/// Collects the gradebook's results into rows, one per student, class, subject and term.
///
/// One pass over the results and one over the enrollments: linear in the gradebook.
struct RowCollector {
    private(set) var inputs: [RowInput] = []
    private var positions: [RowKey: Int] = [:]
    /// Each group's СОР and СОЧ, in the gradebook's order.
    private(set) var groupSummatives: [GroupKey: [(id: Assessment.ID, title: String)]] = [:]

    /// - Parameter includeDrafts: Whether draft grades count as graded work; when not, a draft is left
    ///   out (the work counts as not graded) and named in ``RowInput/drafts``.
    init(_ index: GradebookIndex, includeDrafts: Bool = false) {
        var groupsWithComponents: [GroupKey] = []
        var seenGroups: Set<GroupKey> = []
        for assessment in index.book.assessments {
            guard let component = GradingComponent(assessment.kind) else { continue }
            let group = GroupKey(classID: assessment.class, subjectID: assessment.subject, termID: assessment.term)
            if seenGroups.insert(group).inserted { groupsWithComponents.append(group) }
            if component != .formative { groupSummatives[group, default: []].append((assessment.id, assessment.title)) }
        }
        for result in index.book.results where index.isStudent(result.person) {
            guard let assessment = index.assessments[result.assessment] else { continue }
            let group = GroupKey(
                classID: assessment.class ?? index.homeClass[result.person], subjectID: assessment.subject,
                termID: assessment.term)
            let position = self.position(of: RowKey(group: group, person: result.person))
            if result.draft == true, result.status == .graded {
                inputs[position].drafts.append(assessment.title)
                // A draft is not a final mark: the work counts as not graded yet.
                if !includeDrafts { continue }
            }
            if let component = GradingComponent(assessment.kind) {
                inputs[position].works.append(
                    GradedWork(
                        title: assessment.title, component: component, status: result.status, score: result.score,
                        maxScore: result.maxScore ?? assessment.maxScore))
                if component != .formative, result.status == .graded, result.score != nil {
                    inputs[position].gradedSummatives.insert(assessment.id)
                }
            } else if assessment.kind == .final {
                inputs[position].platformMarks.append((assessment.title, result))
            } else {
                inputs[position].notCounted.append(assessment.title)
            }
        }
        // Every student of the class gets a row in a group where the class has ФО, СОР or СОЧ,
        // results or not: a student without results is a row with a warning, not a gap.
        for group in groupsWithComponents {
            guard let classID = group.classID, let students = index.classStudents[classID] else { continue }
            for student in students where student.subject == nil || student.subject == group.subjectID {
                _ = position(of: RowKey(group: group, person: student.person))
            }
        }
    }

    private mutating func position(of key: RowKey) -> Int {
        if let position = positions[key] { return position }
        positions[key] = inputs.count
        inputs.append(RowInput(key: key))
        return inputs.count - 1
    }
}
