import JSONStream

/// A `Person`: the fields the adapter reads.
struct PersonRecord: Sendable {
    /// `id_str`, else `id`.
    var id: String?
    /// `lastName`: the surname.
    var lastName: String?
    /// `firstName`: the given name.
    var firstName: String?
    /// `middleName`: the patronymic.
    var middleName: String?
    /// Whether `roles`/`role`/`type` says the person is staff or a teacher ([I]: persons are students
    /// unless the dump says otherwise).
    var isTeacher: Bool
    /// The ids of the `eduGroups` the record carries.
    var groupIDs: [String]
    /// Where it was read.
    var location: DumpLocation

    /// Reads a person record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value.id("id", "personId")
        lastName = value.text("lastName")
        firstName = value.text("firstName")
        middleName = value.text("middleName")
        let roles =
            (value.list("roles").compactMap(\.string) + [value.text("role"), value.text("type")].compactMap { $0 })
            .map { $0.lowercased() }
        isTeacher = roles.contains { $0.contains("staff") || $0.contains("teacher") }
        groupIDs = value.list("eduGroups").compactMap { $0.object != nil ? $0.id("id") : $0.idString }
        self.location = location
    }
}

/// An `EduGroup` (a class or a subgroup): the fields the adapter reads.
struct EduGroupRecord: Sendable {
    /// `id_str`, else `id`.
    var id: String?
    /// `name`, such as `7А`.
    var name: String?
    /// `fullName`.
    var fullName: String?
    /// `type`: `Group` or `Subgroup`.
    var type: String?
    /// `parallel`: the grade.
    var parallel: Int?
    /// `parentIds_str`, else `parentIds`.
    var parentIDs: [String]
    /// Where it was read.
    var location: DumpLocation

    /// Reads an edu-group record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value.id("id")
        name = value.text("name")
        fullName = value.text("fullName")
        type = value.text("type")
        parallel = value.text("parallel").flatMap { Int($0) }
        let twins = value.list("parentIds_str").compactMap(\.idString)
        parentIDs = twins.isEmpty ? value.list("parentIds").compactMap(\.idString) : twins
        self.location = location
    }

    /// Whether the group is a subgroup of a class.
    var isSubgroup: Bool { type?.lowercased() == "subgroup" }
}

/// A `Subject`: id and name.
struct SubjectRecord: Sendable {
    /// `idStr`/`id_str`, else `id`.
    var id: String?
    /// `name`.
    var name: String?
    /// Where it was read.
    var location: DumpLocation

    /// Reads a subject record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value.id("id")
        name = value.text("name")
        self.location = location
    }
}

/// A `ReportingPeriod`: the fields the adapter reads.
struct PeriodRecord: Sendable {
    /// `id_str`, else `id`.
    var id: String?
    /// `type`: `Quarter`, `Semester`, `Year`, ….
    var type: String?
    /// `name`: `2 четверть`.
    var name: String?
    /// `number` as written.
    var number: Int?
    /// `start`.
    var start: String?
    /// `finish`.
    var finish: String?
    /// `year`.
    var year: Int?
    /// Where it was read.
    var location: DumpLocation

    /// Reads a reporting-period record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value.id("id")
        type = value.text("type")
        name = value.text("name")
        number = value.text("number").flatMap { Int($0) }
        start = value.text("start", "dateStart")
        finish = value.text("finish", "end", "dateFinish")
        year = value.text("year").flatMap { Int($0) }
        self.location = location
    }
}

/// A `WorkType`: title and abbreviation.
struct WorkTypeRecord: Sendable {
    /// `id`.
    var id: String?
    /// `title`: `Формативное оценивание`.
    var title: String?
    /// `abbr`: `ФО`.
    var abbreviation: String?

    /// Reads a work-type record.
    init(_ value: JSONValue) {
        id = value.id("id")
        title = value.text("title", "name")
        abbreviation = value.text("abbr")
    }
}
