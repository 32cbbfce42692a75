import GradePortCore

/// A gradebook as ``StoreReader`` reads it: the records so far, each one's ref by store id (records
/// name each other by ref), and the imports they came from.
package struct GradebookAssembly {
    /// An empty assembly.
    package init() {}

    /// The records read so far.
    package var book = Gradebook()
    /// The imports the records read so far came from: the gradebook's sources.
    package var imports: Set<Int64> = []
    /// Schools' refs by store id.
    package var schoolRefs: [Int64: School.ID] = [:]
    /// Terms' refs by store id.
    package var termRefs: [Int64: Term.ID] = [:]
    /// Subjects' refs by store id.
    package var subjectRefs: [Int64: Subject.ID] = [:]
    /// Classes' refs by store id.
    package var classRefs: [Int64: SchoolClass.ID] = [:]
    /// Assessments' refs by store id.
    package var assessmentRefs: [Int64: Assessment.ID] = [:]
    /// People's refs by store id.
    package var personRefs: [Int64: Person.ID] = [:]
}
