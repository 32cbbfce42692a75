import JSONStream

/// A `Work` (one column of the journal): the fields the adapter reads.
struct WorkRecord: Sendable {
    /// `id_str`, else `id`.
    var id: String?
    /// `type`, such as `DefaultNewLessonWork`.
    var type: String?
    /// `workType`: the id of a `WorkType` (or the type's name, as some responses write it).
    var workType: String?
    /// `markType`: the mark system, `Mark5`, `Mark10`, ….
    var markType: String?
    /// `eduGroup_str`, else `eduGroup`.
    var eduGroup: String?
    /// `subjectId`.
    var subjectID: String?
    /// `periodNumber` as written.
    var periodNumber: Int?
    /// `periodType`: `Quarter`, ….
    var periodType: String?
    /// `targetDate`.
    var targetDate: String?
    /// `text`: the task as the teacher wrote it.
    var text: String?
    /// Where it was read.
    var location: DumpLocation

    /// Reads a work record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value.id("id")
        type = value.text("type")
        workType = value.id("workType", "workTypeId")
        markType = value.text("markType")
        eduGroup = value.id("eduGroup", "eduGroupId")
        subjectID = value.id("subjectId", "subject")
        periodNumber = value.text("periodNumber").flatMap { Int($0) }
        periodType = value.text("periodType")
        targetDate = value.text("targetDate", "date")
        text = value.text("text", "title")
        self.location = location
    }
}

/// A `Mark` of the classic journal: the fields the adapter reads.
///
/// `mood` (`Good`/`Average`/`Bad`/`NotSet`) is derived from the value by the platform and is not
/// kept; `date`, `lesson` and `use_avg_calc` are not read either.
struct MarkRecord: Sendable {
    /// `person_str`, else `person`.
    var person: String?
    /// `work_str`, else `work`.
    var work: String?
    /// `value`, else `textValue`.
    var value: String?
    /// The JSON kind of `value` when it is neither text nor a number (`"value": true`).
    var valueMisfit: JSONValueKind?
    /// `type`: the mark system when it names one.
    var type: String?
    /// Where it was read.
    var location: DumpLocation

    /// Reads a mark record.
    init(_ value: JSONValue, at location: DumpLocation) {
        person = value.id("person", "personId")
        work = value.id("work", "workId")
        self.value = value.text("value") ?? value.text("textValue")
        valueMisfit = self.value == nil ? value.misfit("value") ?? value.misfit("textValue") : nil
        type = value.text("type")
        self.location = location
    }
}

/// A criteria-journal section: one СОР (per topic) or the quarter's СОЧ.
struct SectionRecord: Sendable {
    /// `id_str`, else `id`.
    var id: String?
    /// `name`, else `part`: `СОР 1. Линейные уравнения`.
    var title: String?
    /// `type` or `kind`, when the response has one.
    var category: String?
    /// `maxvalue` as written.
    var maxValue: String?
    /// The subject's id (`subject` as an id or an object, or `subjectId`).
    var subjectID: String?
    /// The subject's name, when `subject` is an object.
    var subjectName: String?
    /// The edu-group's id.
    var eduGroup: String?
    /// The reporting period's id.
    var period: String?
    /// Where it was read.
    var location: DumpLocation

    /// Reads a section record.
    init(_ value: JSONValue, at location: DumpLocation) {
        id = value.id("id", "sectionId")
        title = value.text("name", "title") ?? value.text("part")
        if value.text("name", "title") != nil, let part = value.text("part") { title = part + ". " + title! }
        category = value.text("type", "kind")
        maxValue = value.text("maxvalue", "maxValue", "max")
        subjectID = value.id("subject", "subjectId")
        subjectName = value.field("subject")?.text("name")
        eduGroup = value.id("eduGroup", "eduGroupId")
        period = value.id("period", "periodId", "reportingPeriod")
        self.location = location
    }
}

/// One student's points in one section, flattened out of the class-level `criteriaMarks`
/// response (`[{subject, personmarks: [{person, criteriamarks: [{section, value, date}]}]}]`).
struct CriteriaMarkRecord: Sendable {
    /// The student's id.
    var person: String?
    /// The section's id.
    var section: String?
    /// `value` as written.
    var value: String?
    /// The JSON kind of `value` when it is neither text nor a number.
    var valueMisfit: JSONValueKind? = nil
    /// The subject's id given by the enclosing object.
    var subjectID: String?
    /// Where the enclosing record was read (nested values carry no position of their own).
    var location: DumpLocation

    /// Flattens one `criteriaMarks` record: a per-subject object with `personmarks`, a per-person
    /// object with `criteriamarks`, or a single mark with `person`, `section` and `value`.
    static func flatten(_ value: JSONValue, at location: DumpLocation) -> [CriteriaMarkRecord] {
        let subject = value.id("subject", "subjectId")
        let people = value.field("personmarks", "personMarks")?.array
        let perPerson = people ?? (value.field("criteriamarks", "criteriaMarks") != nil ? [value] : [])
        if perPerson.isEmpty {
            return [
                CriteriaMarkRecord(
                    person: value.id("person", "personId"),
                    section: value.id("section", "sectionId", "criteriaJournalSection", "section_id"),
                    value: value.text("value"), valueMisfit: value.misfit("value"), subjectID: subject,
                    location: location)
            ]
        }
        var marks: [CriteriaMarkRecord] = []
        for entry in perPerson {
            let person = entry.id("person", "personId")
            for mark in entry.list("criteriamarks", "criteriaMarks") {
                marks.append(
                    CriteriaMarkRecord(
                        person: mark.id("person", "personId") ?? person,
                        section: mark.id("section", "sectionId", "criteriaJournalSection", "section_id"),
                        value: mark.text("value"), valueMisfit: mark.misfit("value"),
                        subjectID: mark.id("subject") ?? subject, location: location))
            }
        }
        return marks
    }
}
