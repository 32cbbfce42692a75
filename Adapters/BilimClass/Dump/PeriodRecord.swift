import JSONStream

/// One reporting period of `periods`: `{periodType:"quarter", period:1, periodStart:"02.09.2025",
/// periodEnd:"24.10.2025", eduYear, id, uuid, recommendedFormula}`.
struct PeriodRecord: Sendable {
    /// `periodType`, as written.
    var periodType: String?
    /// `period`: the number, 1–4 for quarters.
    var number: Int?
    /// `periodStart`.
    var start: DayMonthYear?
    /// `periodEnd`.
    var end: DayMonthYear?
    /// `eduYear`: the calendar year the school year starts in.
    var eduYear: Int?
    /// `uuid` and `id`, which other responses may point at (`periodInfo.periodUuid`).
    var keys: [String]
    /// `recommendedFormula` (`"2024"`): the platform's grading formula version; its meaning is [U].
    var recommendedFormula: String?
    /// Where the record starts.
    var position: DumpLocation

    /// Reads the periods in a `periods` record: the endpoint's `{"periods":[…]}`, or one period.
    static func periods(in value: JSONValue, at position: DumpLocation, index: JSONPositionIndex) -> [PeriodRecord] {
        if let list = value["periods"]?.array {
            return list.enumerated().map { offset, period in
                PeriodRecord(period, at: index.position(in: position, at: ["periods", String(offset)]))
            }
        }
        return [PeriodRecord(value, at: position)]
    }

    /// Reads one period.
    init(_ value: JSONValue, at position: DumpLocation) {
        periodType = UserInfoRecord.text(value["periodType"])
        number = value["period"]?.idString.flatMap { Int($0) }
        start = UserInfoRecord.text(value["periodStart"]).flatMap(DayMonthYear.init)
        end = UserInfoRecord.text(value["periodEnd"]).flatMap(DayMonthYear.init)
        eduYear = value["eduYear"]?.idString.flatMap { Int($0) }
        keys = [value["uuid"]?.idString, value["id"]?.idString].compactMap { $0 }
        recommendedFormula = value["recommendedFormula"]?.idString
        self.position = position
    }

    /// The school year: from `eduYear`, else from the start date.
    var schoolYear: String? {
        if let eduYear { return SchoolYear(startYear: eduYear).text }
        return start?.schoolYear
    }

    /// Whether a date lies within the period.
    func contains(_ date: DayMonthYear) -> Bool {
        guard let start, let end else { return false }
        return start <= date && date <= end
    }
}
