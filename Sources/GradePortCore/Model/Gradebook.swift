/// The unified model: everything GradePort read from one or more inputs.
///
/// A gradebook is a plain value. Adapters do not build it directly; they write into a
/// ``GradebookBuilder``, which keeps ids unique, attaches provenance and checks the values every
/// adapter must check the same way.
public struct Gradebook: Sendable, Hashable {
    /// The inputs, in the order they were read.
    public var sources: [Source] = []
    /// Schools.
    public var schools: [School] = []
    /// Reporting periods.
    public var terms: [Term] = []
    /// Subjects.
    public var subjects: [Subject] = []
    /// Classes.
    public var classes: [SchoolClass] = []
    /// Students and teachers.
    public var people: [Person] = []
    /// Memberships of classes.
    public var enrollments: [Enrollment] = []
    /// Assignments, СОР, СОЧ and given marks.
    public var assessments: [Assessment] = []
    /// Results, one per student and assessment.
    public var results: [AssessmentResult] = []
    /// Everything that was rejected, kept with a warning, or inferred.
    public var diagnostics: [Diagnostic] = []
    /// What merging several inputs did, when they were merged (see ``GradebookMerger``).
    public var merge: MergeSummary?

    /// Creates an empty gradebook.
    public init() {}

    /// Whether any diagnostic is an error, that is, whether something was rejected.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
