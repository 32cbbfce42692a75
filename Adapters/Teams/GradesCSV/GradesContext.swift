import GradePortCore

/// The class, subject and assessments of one grades CSV, added to the builder once before the
/// student rows are read.
struct GradesContext: Sendable {
    /// The class id.
    var classID: SchoolClass.ID
    /// The subject id, when the file name gives a subject.
    var subjectID: Subject.ID?
    /// The assessment id of each assignment column, in ``GradesLayout/assignments`` order.
    var assessmentIDs: [Assessment.ID]
    /// The assessment titles, in the same order, for messages.
    var titles: [String]

    /// Names the class and subject (from the file name, else after the file) and adds the class,
    /// the subject and one assessment per assignment column.
    init(file: ExportFile, layout: GradesLayout, headerLine: Int, into builder: inout GradebookBuilder) {
        let scope: String
        if let name = CourseName(file.baseName) {
            classID = TeamsIdentifier.schoolClass(name.className)
            builder.add(SchoolClass(id: classID, name: name.className, grade: name.grade))
            if let subject = name.subject {
                let id = TeamsIdentifier.subject(subject)
                builder.add(Subject(id: id, name: subject))
                subjectID = id
                scope = name.className + "/" + subject
                builder.diagnose(
                    .info, .inferredValue, "class \(name.className) and subject \(subject) taken from the file name")
            } else {
                subjectID = nil
                scope = name.className
                builder.diagnose(.info, .inferredValue, "class \(name.className) taken from the file name")
            }
        } else {
            classID = TeamsIdentifier.schoolClass(file.baseName)
            builder.add(SchoolClass(id: classID, name: file.baseName))
            subjectID = nil
            scope = file.baseName
            builder.diagnose(
                .info, .inferredValue,
                "the file name names no class; the class is named after the file, '\(file.baseName)'")
        }

        for column in layout.ignored where !column.heading.isEmpty {
            builder.diagnose(
                .info, .ignoredContent, "column '\(column.heading)' is not read: \(column.reason)",
                line: headerLine, column: column.index + 1)
        }

        let classifier = AssessmentKindClassifier()
        var used: [Assessment.ID: Int] = [:]
        assessmentIDs = []
        titles = []
        for column in layout.assignments {
            var id = TeamsIdentifier.column(scope: scope, title: column.title)
            let repeats = used[id, default: 0] + 1
            used[id] = repeats
            if repeats > 1 { id = Assessment.ID(rawValue: id.rawValue + " (\(repeats))") }
            let classification = classifier.classify(title: column.title)
            builder.add(
                Assessment(
                    id: id, title: column.title, kind: classification.kind, number: classification.number,
                    maxScore: column.maxScore, subject: subjectID, class: classID,
                    source: builder.reference(line: headerLine, column: column.index + 1)))
            assessmentIDs.append(id)
            titles.append(column.title)
        }
    }
}
