import JSONStream

/// One quarter or year mark of one student in one subject, flattened out of a totals response.
///
/// Read from the PascalCase `criteria-marks-totals(-light)` response ([C3]):
///
/// ```
/// [{SubjectName, SubjectId,
///   FinalMarks:[{Period:{Id, PeriodNumber:{RawNumber}, DateStart, DateFinish},
///                FinalMarks:[{Student:{PersonId, PersonName:{LastName, FirstName, MiddleName?}}, Mark:{Value?}}]}],
///   Summaries:[{Student, TotalMark:{Value?}}]}]
/// ```
///
/// and from `allfinalmarks` ([U]), the same without `SubjectId`, `DateFinish`, `PersonName` and
/// `Summaries`. Keys are matched in PascalCase and camelCase alike; `PeriodNumber` may also be a
/// bare number. `Summaries` holds the year mark.
struct FinalMarkRecord: Sendable {
    /// `SubjectName`.
    var subjectName: String?
    /// `SubjectId`.
    var subjectID: String?
    /// `Period.Id`; `nil` for the year mark.
    var periodID: String?
    /// `Period.PeriodNumber.RawNumber`.
    var periodNumber: Int?
    /// `Period.DateStart`.
    var periodStart: String?
    /// `Period.DateFinish`.
    var periodEnd: String?
    /// Whether this is the year mark (`Summaries[].TotalMark`).
    var isYearMark: Bool
    /// `Student.PersonId`.
    var personID: String?
    /// `Student.PersonName`: surname, given name, patronymic.
    var personName: (last: String?, first: String?, middle: String?)?
    /// `Mark.Value` (or `TotalMark.Value`) as written; `nil` when not set.
    var value: String?
    /// Where the subject's record was read.
    var location: DumpLocation

    /// Flattens one subject's record of a totals response.
    static func flatten(_ subject: JSONValue, at location: DumpLocation) -> [FinalMarkRecord] {
        let name = subject.text("SubjectName")
        let id = subject.id("SubjectId")
        var records: [FinalMarkRecord] = []
        for period in subject.list("FinalMarks") {
            let info = period.field("Period")
            let number = info?.field("PeriodNumber")
            let rawNumber = (number?.object != nil ? number?.text("RawNumber") : number?.number?.text)
                .flatMap { Int($0) }
            for mark in period.list("FinalMarks") {
                records.append(
                    FinalMarkRecord(
                        subjectName: name, subjectID: id, periodID: info?.id("Id"), periodNumber: rawNumber,
                        periodStart: info?.text("DateStart"), periodEnd: info?.text("DateFinish"), isYearMark: false,
                        personID: mark.field("Student")?.id("PersonId"), personName: personName(mark),
                        value: markValue(mark.field("Mark")), location: location))
            }
        }
        for summary in subject.list("Summaries") {
            records.append(
                FinalMarkRecord(
                    subjectName: name, subjectID: id, periodID: nil, periodNumber: nil, periodStart: nil,
                    periodEnd: nil, isYearMark: true, personID: summary.field("Student")?.id("PersonId"),
                    personName: personName(summary), value: markValue(summary.field("TotalMark")),
                    location: location))
        }
        return records
    }

    private static func personName(_ entry: JSONValue) -> (last: String?, first: String?, middle: String?)? {
        guard let name = entry.field("Student")?.field("PersonName") else { return nil }
        return (name.text("LastName"), name.text("FirstName"), name.text("MiddleName"))
    }

    /// A mark's `Value`: a string or a number as written; `nil` when absent or null.
    private static func markValue(_ mark: JSONValue?) -> String? {
        guard let mark else { return nil }
        if mark.object != nil { return mark.text("Value") }
        return mark.string ?? mark.number?.text
    }
}
