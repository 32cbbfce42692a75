import GradePortCore

/// A stored result whose value an import changed (or would change, in a dry run).
public struct ResultChange: Sendable, Hashable {
    /// The student's id in the store (``GradebookFilter`` and exports use the same ids).
    public var person: String
    /// The student's name as the import wrote it.
    public var personName: String
    /// The assessment's id in the store.
    public var assessment: String
    /// The assessment's title.
    public var assessmentTitle: String
    /// The value before the import.
    public var old: ResultValue
    /// The value the import brought.
    public var new: ResultValue
    /// The import the old value came from.
    public var previousImport: Int64
    /// Where the new value is in the imported file.
    public var source: SourceReference

    /// Creates a change.
    public init(
        person: String, personName: String, assessment: String, assessmentTitle: String, old: ResultValue,
        new: ResultValue, previousImport: Int64, source: SourceReference
    ) {
        self.person = person
        self.personName = personName
        self.assessment = assessment
        self.assessmentTitle = assessmentTitle
        self.old = old
        self.new = new
        self.previousImport = previousImport
        self.source = source
    }
}
