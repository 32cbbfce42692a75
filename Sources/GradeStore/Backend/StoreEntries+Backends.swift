import GradePortCore

// Initializers for the values a store returns, so that every backend builds the same ones.

extension ImportRecord {
    /// Creates a history entry (for store backends).
    package init(
        id: Int64, kind: Kind, at: String, file: String?, platform: PlatformID?, export: ExportKindID?,
        sha256: String?, counts: [Int], undoes: Int64?, undoneBy: Int64?, school: String?
    ) {
        self.id = id
        self.kind = kind
        self.at = at
        self.file = file
        self.platform = platform
        self.export = export
        self.sha256 = sha256
        rows = counts[0]
        added = counts[1]
        changed = counts[2]
        unchanged = counts[3]
        rejected = counts[4]
        removed = counts[5]
        restored = counts[6]
        peopleAdded = counts[7]
        assessmentsAdded = counts[8]
        self.undoes = undoes
        self.undoneBy = undoneBy
        self.school = school
    }
}

extension ResultLogEntry {
    /// Creates a change-log row (for store backends).
    package init(
        importID: Int64, action: Action, person: String, assessment: String, personName: String?,
        assessmentTitle: String?, old: ResultValue?, oldImport: Int64?, new: ResultValue?
    ) {
        self.importID = importID
        self.action = action
        self.person = person
        self.assessment = assessment
        self.personName = personName
        self.assessmentTitle = assessmentTitle
        self.old = old
        self.oldImport = oldImport
        self.new = new
    }
}

extension RecordLogEntry {
    /// Creates a record change-log row (for store backends).
    package init(
        loggedBy importID: Int64, entity: String, record: String, field: String, old: String?, new: String?,
        name: String?
    ) {
        self.importID = importID
        self.entity = entity
        self.record = record
        self.field = field
        self.old = old
        self.new = new
        self.name = name
    }
}
