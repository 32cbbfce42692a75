import GradePortCore
import JSONStream

/// Writes gathered dump records into the builder: terms, classes, subjects and people first, then
/// the classic journal (works and marks), the criteria journal (sections and points) and the
/// quarter and year marks.
///
/// Every lookup from a mark to its person, work or section is a dictionary lookup.
struct DumpGradebookWriter {
    /// Where records were read, for references and diagnostics.
    let provenance: DumpProvenance
    /// The class a bare totals response belongs to, read from its file name.
    let fileClassName: String?

    /// Gradebook term ids by Kundelik period id.
    var termByPeriodID: [String: Term.ID] = [:]
    /// Gradebook term ids by `type/number` as the API writes them (`quarter/1`).
    var termByPeriodKey: [String: Term.ID] = [:]
    /// Periods shorter than a year, for finding a work's term by its date.
    var datedTerms: [(start: String, end: String, id: Term.ID)] = []
    /// Gradebook class ids by edu-group id.
    var classByGroupID: [String: SchoolClass.ID] = [:]
    /// The dump's only class, when it has one.
    var soleClass: SchoolClass.ID?
    /// Gradebook subject ids and names by Kundelik subject id.
    var subjectByID: [String: (id: Subject.ID, name: String)] = [:]
    /// Gradebook person ids by Kundelik person id.
    var personByID: [String: Person.ID] = [:]
    /// Work types by id.
    var workTypes: [String: WorkTypeRecord] = [:]
    /// Assessment ids and mark scales of works, by work id.
    var works: [String: (assessment: Assessment.ID, title: String)] = [:]
    /// Assessment ids and titles of sections, by section id.
    var sections: [String: (assessment: Assessment.ID, title: String)] = [:]

    /// Prepares a writer.
    init(provenance: DumpProvenance, fileClassName: String?) {
        self.provenance = provenance
        self.fileClassName = fileClassName
    }

    /// Writes everything gathered.
    mutating func write(_ records: DumpRecords, into builder: inout GradebookBuilder) {
        for (collection, location) in records.notObjects {
            diagnose(
                .error, .malformedInput, "a \(collection) record that is not an object is skipped", location, &builder)
        }
        writePeriods(records.periods, into: &builder)
        writeGroups(records.eduGroups, into: &builder)
        for subject in records.subjects { writeSubject(subject, into: &builder) }
        for person in records.persons { writePerson(person, into: &builder) }
        for type in records.workTypes { if let id = type.id { workTypes[id] = type } }
        for work in records.works { writeWork(work, into: &builder) }
        for mark in records.marks { writeMark(mark, into: &builder) }
        for section in records.sections { writeSection(section, into: &builder) }
        for mark in records.criteriaMarks { writeCriteriaMark(mark, into: &builder) }
        if !records.finalMarks.isEmpty {
            var finals = FinalMarksWriter(
                provenance: provenance, termByPeriodID: termByPeriodID,
                subjectNameByID: subjectByID.mapValues(\.name), personByID: personByID,
                classID: soleClass ?? fileClassName.map(KundelikIdentifier.schoolClass))
            if soleClass == nil, let name = fileClassName {
                builder.add(
                    SchoolClass(id: KundelikIdentifier.schoolClass(name), name: name, grade: ClassName.grade(in: name)))
                builder.diagnose(.info, .inferredValue, "class \(name) read from the file name")
            }
            finals.write(records.finalMarks, into: &builder)
        }
    }

    // MARK: - Roster

    private mutating func writePeriods(_ periods: [PeriodRecord], into builder: inout GradebookBuilder) {
        let zeroBasedTypes = Set(periods.filter { $0.number == 0 }.map { $0.type?.lowercased() ?? "" })
        for period in periods {
            let term = PeriodTerm(
                id: period.id, type: period.type, name: period.name, number: period.number,
                zeroBased: zeroBasedTypes.contains(period.type?.lowercased() ?? ""), start: period.start,
                end: period.finish, year: period.year
            ).term
            var stamped = term
            stamped.source = reference(period.location, builder)
            builder.add(stamped)
            if let id = period.id { termByPeriodID[id] = term.id }
            if let type = period.type, let number = period.number {
                termByPeriodKey["\(type.lowercased())/\(number)"] = term.id
            }
            if term.kind != .year, let start = term.start, let end = term.end {
                datedTerms.append((start, end, term.id))
            }
        }
    }

    private mutating func writeGroups(_ groups: [EduGroupRecord], into builder: inout GradebookBuilder) {
        for group in groups where !group.isSubgroup {
            guard let id = group.id else {
                diagnose(.error, .incompleteRecord, "edu-group without an id skipped", group.location, &builder)
                continue
            }
            let written = group.name ?? group.fullName ?? id
            let name = ClassName.normalized(written) ?? written
            let classID = KundelikIdentifier.schoolClass(name)
            builder.add(
                SchoolClass(
                    id: classID, name: name, grade: group.parallel ?? ClassName.grade(in: written),
                    source: reference(group.location, builder)))
            classByGroupID[id] = classID
        }
        for group in groups where group.isSubgroup {
            guard let id = group.id else {
                diagnose(.error, .incompleteRecord, "edu-group without an id skipped", group.location, &builder)
                continue
            }
            let title = group.name ?? group.fullName ?? id
            let known = classByGroupID
            if let parent = group.parentIDs.lazy.compactMap({ known[$0] }).first {
                classByGroupID[id] = parent
                diagnose(
                    .info, .inferredValue, "subgroup '\(title)' is read as part of its class \(parent)",
                    group.location, &builder)
            } else {
                let classID = KundelikIdentifier.schoolClass(title)
                builder.add(
                    SchoolClass(
                        id: classID, name: title, grade: group.parallel ?? ClassName.grade(in: title),
                        source: reference(group.location, builder)))
                classByGroupID[id] = classID
                diagnose(
                    .info, .inferredValue, "subgroup '\(title)' has no class in the dump; kept as a class of its own",
                    group.location, &builder)
            }
        }
        let distinct = Set(classByGroupID.values)
        if distinct.count == 1 { soleClass = distinct.first }
    }

    private mutating func writeSubject(_ subject: SubjectRecord, into builder: inout GradebookBuilder) {
        guard let id = subject.id else {
            diagnose(.error, .incompleteRecord, "subject without an id skipped", subject.location, &builder)
            return
        }
        let name = subject.name ?? id
        if subject.name == nil {
            diagnose(
                .warning, .incompleteRecord, "subject \(id) has no name; its id is used", subject.location, &builder)
        }
        let subjectID = KundelikIdentifier.subject(name)
        builder.add(Subject(id: subjectID, name: name, source: reference(subject.location, builder)))
        subjectByID[id] = (subjectID, name)
    }

    private mutating func writePerson(_ record: PersonRecord, into builder: inout GradebookBuilder) {
        guard let id = record.id else {
            diagnose(.error, .incompleteRecord, "person without an id skipped", record.location, &builder)
            return
        }
        if let earlier = personByID[id] {
            diagnose(
                .warning, .duplicateStudent, "person \(id) (\(earlier)) is listed again; the first is kept",
                record.location, &builder)
            return
        }
        let personID = KundelikIdentifier.person(id)
        personByID[id] = personID
        if record.lastName == nil && record.firstName == nil {
            diagnose(.warning, .incompleteRecord, "person \(id) has no name", record.location, &builder)
        }
        let role: Person.Role = record.isTeacher ? .teacher : .student
        builder.add(
            Person(
                id: personID, role: role, familyName: record.lastName, givenName: record.firstName,
                patronymic: record.middleName, externalIds: [.init(platform: KundelikPlatform.descriptor.id, id: id)],
                source: reference(record.location, builder)))
        let classes = record.groupIDs.compactMap { classByGroupID[$0] }
        if classes.isEmpty, let soleClass {
            builder.add(Enrollment(person: personID, class: soleClass, role: role))
        }
        for classID in classes { builder.add(Enrollment(person: personID, class: classID, role: role)) }
    }

    // MARK: - Places

    /// The class of an edu-group id, or the dump's only class; warns about an unknown group.
    mutating func classID(
        forGroup group: String?, what: String, _ location: DumpLocation, _ builder: inout GradebookBuilder
    ) -> SchoolClass.ID? {
        guard let group else { return soleClass }
        if let known = classByGroupID[group] { return known }
        if !classByGroupID.isEmpty {
            diagnose(
                .warning, .danglingReference, "\(what) belongs to edu-group \(group), which the dump does not contain",
                location, &builder)
        }
        return soleClass
    }

    /// The gradebook subject of a Kundelik subject id; warns about an unknown one.
    func subjectID(
        for id: String?, what: String, _ location: DumpLocation, _ builder: inout GradebookBuilder
    ) -> Subject.ID? {
        guard let id else { return nil }
        if let known = subjectByID[id] { return known.id }
        diagnose(
            .warning, .danglingReference, "\(what) is for subject \(id), which the dump does not contain",
            location, &builder)
        return nil
    }

    func reference(_ location: DumpLocation, _ builder: GradebookBuilder) -> SourceReference {
        provenance.reference(location, builder)
    }

    func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ location: DumpLocation,
        _ builder: inout GradebookBuilder
    ) {
        provenance.diagnose(severity, code, message, location, &builder)
    }
}
