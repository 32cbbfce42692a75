/// A person's membership of a class, optionally for one subject.
public struct Enrollment: Sendable, Hashable {
    /// The ``Person/id``.
    public var person: Person.ID
    /// The ``SchoolClass/id``.
    public var `class`: SchoolClass.ID
    /// The ``Subject/id``, when the enrollment is for one subject.
    public var subject: Subject.ID?
    /// The role in the class.
    public var role: Person.Role

    /// Creates an enrollment.
    public init(person: Person.ID, class: SchoolClass.ID, subject: Subject.ID? = nil, role: Person.Role = .student) {
        self.person = person
        self.class = `class`
        self.subject = subject
        self.role = role
    }
}
