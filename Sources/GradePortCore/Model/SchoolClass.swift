/// A class of students (`7А`), or a platform's course or team when it stands for one.
public struct SchoolClass: Sendable, Hashable, Identifiable {
    /// The class's id in the gradebook.
    public var id: ID
    /// The class's name, e.g. `7А`.
    public var name: String
    /// The grade (year of schooling) when it can be read from the name or the platform, e.g. `7`.
    public var grade: Int?
    /// The ``School/id`` of its school, when known.
    public var school: School.ID?
    /// Where the record came from.
    public var source: SourceReference?

    /// Creates a class.
    public init(id: ID, name: String, grade: Int? = nil, school: School.ID? = nil, source: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.grade = grade
        self.school = school
        self.source = source
    }
}
