/// A student as a report names them.
public struct ReportStudent: Sendable, Hashable {
    /// The ``GradePortCore/Person/id``.
    public var id: String
    /// Surname Name Patronymic, in the source's script; the id when the gradebook has no name.
    public var fullName: String

    /// Creates a student.
    public init(id: String, fullName: String) {
        self.id = id
        self.fullName = fullName
    }
}
