import GradePortCore

/// The header row of a grades CSV, understood once: where the name and e-mail columns are, and
/// one ``GradeColumn`` for the overall column and for each assignment.
struct GradesHeader: Sendable {
    /// The 0-based field of the family name, if present.
    var familyName: Int?
    /// The 0-based field of the given name, if present.
    var givenName: Int?
    /// The 0-based field of the e-mail.
    var email: Int
    /// The overall column and the assignment columns, in file order.
    var columns: [GradeColumn]
    /// Fields with a blank heading after the fixed columns (their cells are not read).
    var unnamedFields: [Int]
    /// The number of fields in the header row.
    var width: Int
    /// Whether the labels are the English ones (rather than Russian or Kazakh UI labels).
    var isEnglish: Bool
    /// Whether the order is Classroom's (family name before given name) and no column is a
    /// Teams-style `Feedback` column.
    var hasClassroomShape: Bool

    /// Whether a row is a header: an e-mail label plus a family- or given-name label.
    static func isHeader(_ fields: [String]) -> Bool {
        var hasEmail = false
        var hasName = false
        for field in fields.prefix(8) {
            switch HeaderLabel(heading: field) {
            case .email: hasEmail = true
            case .familyName, .givenName: hasName = true
            default: break
            }
        }
        return hasEmail && hasName
    }

    /// Understands a header row; `course` names the assessments.
    init?(_ fields: [String], course: CourseFromFileName) {
        var familyName: Int?
        var givenName: Int?
        var email: Int?
        var overall: Int?
        var english = true
        var lastFixed = -1
        for (index, field) in fields.enumerated() {
            guard let label = HeaderLabel(heading: field) else { continue }
            switch label {
            case .familyName where familyName == nil: familyName = index
            case .givenName where givenName == nil: givenName = index
            case .email where email == nil: email = index
            case .overall where overall == nil: overall = index
            default: continue
            }
            if !HeaderLabel.isEnglish(field) { english = false }
            lastFixed = max(lastFixed, index)
        }
        guard let email, familyName != nil || givenName != nil else { return nil }
        self.familyName = familyName
        self.givenName = givenName
        self.email = email
        self.width = fields.count
        self.isEnglish = english

        let classifier = AssessmentKindClassifier()
        var columns: [GradeColumn] = []
        var unnamed: [Int] = []
        var titleCounts: [String: Int] = [:]
        var feedback = false
        for (index, field) in fields.enumerated() where index != familyName && index != givenName && index != email {
            if index == overall {
                columns.append(
                    GradeColumn(
                        field: index, heading: field, title: field.trimmed(of: " \t"), headingMax: nil,
                        id: ClassroomExport.assessmentID(course: course.courseKey, title: "overall"), kind: .final,
                        number: nil, isOverall: true, duplicateOf: nil))
                continue
            }
            let heading = ColumnHeading(field)
            if heading.title.isEmpty {
                if index > lastFixed { unnamed.append(index) }
                continue
            }
            if ["feedback", "комментарий", "отзыв"].contains(HeaderLabel.key(heading.title)) { feedback = true }
            let count = (titleCounts[heading.title] ?? 0) + 1
            titleCounts[heading.title] = count
            let idTitle = count == 1 ? heading.title : "\(heading.title) (\(count))"
            let classification = classifier.classify(title: heading.title, category: nil)
            columns.append(
                GradeColumn(
                    field: index, heading: field, title: heading.title, headingMax: heading.maxScore,
                    id: ClassroomExport.assessmentID(course: course.courseKey, title: idTitle),
                    kind: classification.kind, number: classification.number, isOverall: false,
                    duplicateOf: count == 1 ? nil : heading.title))
        }
        self.columns = columns
        self.unnamedFields = unnamed
        let namesInOrder = (familyName ?? 0) < (givenName ?? Int.max)
        self.hasClassroomShape = namesInOrder && !feedback
    }
}

/// One column of a grades CSV that holds results: the overall grade or an assignment.
struct GradeColumn: Sendable {
    /// The 0-based field.
    var field: Int
    /// The heading as written.
    var heading: String
    /// The heading without a maximum (`Quiz: Forces (20)` → `Quiz: Forces`).
    var title: String
    /// The maximum written in the heading.
    var headingMax: DecimalNumber?
    /// The assessment id.
    var id: Assessment.ID
    /// What the assessment counts towards.
    var kind: AssessmentKind
    /// The number in its kind (`СОР 2` → 2).
    var number: Int?
    /// Whether this is the overall-grade column (a percentage of 100).
    var isOverall: Bool
    /// For the second and later columns with the same title, that title.
    var duplicateOf: String?
    /// The maximum from the points row.
    var pointsMax: DecimalNumber?
    /// The due date from a date row.
    var dueDate: String?

    /// The maximum results in this column are out of: 100 for the overall grade, else the points
    /// row's, else the heading's.
    var maxScore: DecimalNumber? {
        isOverall ? .hundred : (pointsMax ?? headingMax)
    }
}
