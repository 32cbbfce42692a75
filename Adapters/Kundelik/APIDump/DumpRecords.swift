import JSONStream

/// The records of a Kundelik dump, gathered in reading order as small structs (a folder is read in
/// file-name order, so marks may come before the persons and works they point at).
struct DumpRecords: Sendable {
    /// `persons`.
    var persons: [PersonRecord] = []
    /// `eduGroups`.
    var eduGroups: [EduGroupRecord] = []
    /// `subjects`.
    var subjects: [SubjectRecord] = []
    /// `reportingPeriods`.
    var periods: [PeriodRecord] = []
    /// `workTypes`.
    var workTypes: [WorkTypeRecord] = []
    /// `works`.
    var works: [WorkRecord] = []
    /// `marks`.
    var marks: [MarkRecord] = []
    /// `criteriaMarksSections`.
    var sections: [SectionRecord] = []
    /// `criteriaMarks`, flattened to one record per student and section.
    var criteriaMarks: [CriteriaMarkRecord] = []
    /// `criteriaMarksTotals` (or a bare totals response), flattened to one record per mark.
    var finalMarks: [FinalMarkRecord] = []
    /// Records that are not JSON objects: (collection, location).
    var notObjects: [(collection: String, location: DumpLocation)] = []

    /// Adds one record of the dump.
    mutating func add(_ record: APIDumpRecord) {
        let location = DumpLocation(record)
        guard record.value.object != nil else {
            notObjects.append((record.collection, location))
            return
        }
        let value = record.value
        switch record.collection {
        case KundelikCollection.persons: persons.append(PersonRecord(value, at: location))
        case KundelikCollection.eduGroups: eduGroups.append(EduGroupRecord(value, at: location))
        case KundelikCollection.subjects: subjects.append(SubjectRecord(value, at: location))
        case KundelikCollection.reportingPeriods: periods.append(PeriodRecord(value, at: location))
        case KundelikCollection.workTypes: workTypes.append(WorkTypeRecord(value))
        case KundelikCollection.works: works.append(WorkRecord(value, at: location))
        case KundelikCollection.marks: marks.append(MarkRecord(value, at: location))
        case KundelikCollection.sections: sections.append(SectionRecord(value, at: location))
        case KundelikCollection.criteriaMarks:
            criteriaMarks.append(contentsOf: CriteriaMarkRecord.flatten(value, at: location))
        default: finalMarks.append(contentsOf: FinalMarkRecord.flatten(value, at: location))
        }
    }
}

/// The collections of a Kundelik dump and the other names they are saved under.
enum KundelikCollection {
    /// `persons`.
    static let persons = "persons"
    /// `eduGroups`.
    static let eduGroups = "eduGroups"
    /// `subjects`.
    static let subjects = "subjects"
    /// `reportingPeriods`.
    static let reportingPeriods = "reportingPeriods"
    /// `workTypes`.
    static let workTypes = "workTypes"
    /// `works`.
    static let works = "works"
    /// `marks`.
    static let marks = "marks"
    /// `criteriaMarksSections`.
    static let sections = "criteriaMarksSections"
    /// `criteriaMarks`.
    static let criteriaMarks = "criteriaMarks"
    /// `criteriaMarksTotals`.
    static let totals = "criteriaMarksTotals"

    /// Every collection, with the API's path spellings as aliases.
    ///
    /// A bare array (key `""`) is a totals
    /// response.
    static let all: [APIDumpCollection] = [
        APIDumpCollection(persons),
        APIDumpCollection(eduGroups, aliases: ["edu-groups"]),
        APIDumpCollection(subjects),
        APIDumpCollection(reportingPeriods, aliases: ["reporting-periods"]),
        APIDumpCollection(workTypes, aliases: ["work-types"]),
        APIDumpCollection(works),
        APIDumpCollection(marks),
        APIDumpCollection(sections, aliases: ["criteria-marks-sections"]),
        APIDumpCollection(criteriaMarks, aliases: ["criteria-marks"]),
        APIDumpCollection(
            totals,
            aliases: [
                "criteriaMarksTotalsLight", "criteria-marks-totals", "criteria-marks-totals-light", "allfinalmarks",
                "allFinalMarks", "",
            ]),
    ]
}
