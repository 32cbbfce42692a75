import GradePortCore
import JSONStream

/// One subject of a `subjects` response (the per-subject diary of one period):
/// `{subjectId, subjectName, finalScore, scoreType:"mark", periodInfo, schedules:[…]}`.
struct SubjectDiaryRecord: Sendable {
    /// One lesson of the subject: `{uuid, date, timeStart, markMax, type}`.
    struct Schedule: Sendable {
        /// `uuid`: what the marks of `quarter` point at (`scheduleUuid`).
        var uuid: String?
        /// `date`.
        var date: DayMonthYear?
        /// `date` as written.
        var dateText: String?
        /// `timeStart`, for ordering lessons on one day.
        var timeStart: String
        /// `markMax`, else `sMaxScore`.
        var markMax: DecimalNumber?
        /// `markMax`/`sMaxScore` as written, when it is not a positive number.
        var invalidMarkMax: String?
        /// `type`: `regular`, `sor`, `soch`.
        var type: String?
        /// Where the lesson starts.
        var position: DumpLocation
    }

    /// `subjectId`.
    var subjectID: String?
    /// `subjectName`.
    var subjectName: String?
    /// `eduSubjectUuid`, which the year sheet also carries.
    var eduSubjectUUID: String?
    /// `finalScore`: the quarter mark, a string or null.
    var finalScore: JSONValue?
    /// Where `finalScore` is.
    var finalScorePosition: DumpLocation
    /// `period` or `periodInfo.period`, when the record names its period (the known responses do not).
    var periodNumber: Int?
    /// `periodInfo.periodUuid`.
    var periodUUID: String?
    /// `periodType` (or `periodInfo.periodType`).
    var periodType: String?
    /// `schedules`.
    var schedules: [Schedule]
    /// The key or file-name alias the record was read under (`subjects-q2`), which may name the period.
    var key: String
    /// The file the record was read from.
    var file: String
    /// Where the record starts.
    var position: DumpLocation

    /// Reads a subject.
    init(_ record: APIDumpRecord, index: JSONPositionIndex) {
        let value = record.value
        let position = DumpLocation(record)
        subjectID = value["subjectId"]?.idString ?? value["periodInfo"]?["subjectId"]?.idString
        subjectName = UserInfoRecord.text(value["subjectName"])
        eduSubjectUUID = value["eduSubjectUuid"]?.idString
        finalScore = value["finalScore"]
        finalScorePosition = index.position(in: position, at: ["finalScore"])
        periodNumber = (value["period"] ?? value["periodInfo"]?["period"])?.idString.flatMap { Int($0) }
        periodUUID = value["periodInfo"]?["periodUuid"]?.idString
        periodType = UserInfoRecord.text(value["periodType"] ?? value["periodInfo"]?["periodType"])
        schedules = (value["schedules"]?.array ?? []).enumerated().map { offset, lesson in
            let maxValue = lesson["markMax"].flatMap { $0.isNull ? nil : $0 } ?? lesson["sMaxScore"]
            let max = MarkMaximum.read(maxValue)
            let dateText = UserInfoRecord.text(lesson["date"])
            return Schedule(
                uuid: lesson["uuid"]?.idString ?? lesson["scheduleUuid"]?.idString,
                date: dateText.flatMap(DayMonthYear.init),
                dateText: dateText, timeStart: lesson["timeStart"]?.string ?? "", markMax: max,
                invalidMarkMax: max == nil ? MarkValue(maxValue).raw : nil,
                type: UserInfoRecord.text(lesson["type"])?.lowercased(),
                position: index.position(in: position, at: ["schedules", String(offset)]))
        }
        key = record.key
        file = record.file
        self.position = position
    }
}
