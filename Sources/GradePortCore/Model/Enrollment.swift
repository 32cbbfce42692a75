/// A person's membership of a class, optionally for one subject.
public struct Enrollment: Sendable, Hashable {
    /// The ``Person/id``.
    public var person: String
    /// The ``SchoolClass/id``.
    public var `class`: String
    /// The ``Subject/id``, when the enrollment is for one subject.
    public var subject: String?
    /// The role in the class.
    public var role: Person.Role

    /// Creates an enrollment.
    public init(person: String, class: String, subject: String? = nil, role: Person.Role = .student) {
        self.person = person
        self.class = `class`
        self.subject = subject
        self.role = role
    }
}
