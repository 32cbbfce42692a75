import GradePortCore

/// A Kundelik reporting period turned into a ``Term`` with the package's id convention
/// (`2025-2026/Q2`, `2025-2026/S1`, `2025-2026/T3`, `2025-2026/Y`).
///
/// - The kind comes from `ReportingPeriod.type` (`Quarter`, `Semester`/`HalfYear`/`Half`,
///   `Trimester`, `Year`/`FullYear`; [I]: the API's list is not documented), else from the name's
///   words (`2 четверть`, `2 тоқсан`, `1 полугодие`, `Год`, `Жылдық`), else from the length of
///   the period ([I]: up to 100 days a quarter, up to 130 a trimester, up to 200 a semester,
///   longer the year).
/// - The number comes from a digit 1–4 in the name, else from `number`, which Kundelik counts
///   from 0 ([I]: when the numbers of a response include 0 they are taken as 0-based).
/// - The school year is the one the start date falls in (from August on, the year that begins),
///   else `year` read as the first calendar year of the school year ([I]).
/// - A module (`Module`), or a period whose number cannot be told, keeps the platform's id:
///   `kundelik:period:<id>`.
struct PeriodTerm: Sendable, Hashable {
    /// The term.
    var term: Term

    /// Reads a period.
    ///
    /// - Parameters:
    ///   - id: The platform's id.
    ///   - type: `ReportingPeriod.type`.
    ///   - name: `ReportingPeriod.name`.
    ///   - number: `number` (or `PeriodNumber.RawNumber`) as written.
    ///   - zeroBased: Whether numbers count from 0.
    ///   - start: `start`/`DateStart`, ISO 8601.
    ///   - end: `finish`/`DateFinish`, ISO 8601.
    ///   - year: `year`, the first calendar year of the school year.
    ///   - defaultKind: The kind when nothing else tells it (`allfinalmarks` gives only a start date;
    ///     state schools have four quarters).
    init(
        id: String?, type: String?, name: String?, number: Int?, zeroBased: Bool, start: String?, end: String?,
        year: Int?, defaultKind: Term.Kind? = nil
    ) {
        let startDate = start.map { String($0.prefix(10)) }
        let endDate = end.map { String($0.prefix(10)) }
        let kind =
            Self.kind(type: type) ?? name.flatMap(Self.kind(name:))
            ?? Self.kind(days: Self.days(from: startDate, to: endDate)) ?? defaultKind
        var ordinal = name.flatMap(Self.number(inName:))
        if ordinal == nil, let number { ordinal = zeroBased ? number + 1 : number }
        if kind == .year { ordinal = nil }
        let schoolYear = startDate.flatMap(Self.schoolYear(startingOn:)) ?? year.map { "\($0)-\($0 + 1)" }
        let suffix: String?
        switch (kind, ordinal) {
        case (.year?, _): suffix = "Y"
        case (.quarter?, let n?): suffix = "Q\(n)"
        case (.semester?, let n?): suffix = "S\(n)"
        case (.trimester?, let n?): suffix = "T\(n)"
        default: suffix = nil
        }
        let termID: Term.ID
        if let schoolYear, let suffix {
            termID = "\(schoolYear)/\(suffix)"
        } else {
            termID = Term.ID(platform: KundelikIdentifier.platform, "period:" + (id ?? name ?? startDate ?? "unknown"))
        }
        term = Term(
            id: termID, schoolYear: schoolYear, kind: kind, number: ordinal, start: startDate, end: endDate,
            name: name)
    }

    /// A period's name for titles, read from a term id: `2025-2026/Q2` → `2 четверть`, `/S1` →
    /// `1 полугодие`, `/T3` → `3 триместр`, `/Y` → `год`; any other id as it is.
    static func title(ofTermID termID: Term.ID) -> String {
        let id = termID.rawValue
        guard let suffix = id.split(separator: "/").last, id.split(separator: "/").count == 2 else { return id }
        let number = suffix.dropFirst()
        switch suffix.first {
        case "Y" where number.isEmpty: return "год"
        case "Q" where Int(number) != nil: return "\(number) четверть"
        case "S" where Int(number) != nil: return "\(number) полугодие"
        case "T" where Int(number) != nil: return "\(number) триместр"
        default: return id
        }
    }

    /// The year term of a school year.
    static func year(_ schoolYear: String) -> Term {
        Term(id: "\(schoolYear)/Y", schoolYear: schoolYear, kind: .year)
    }

    /// The school year (`2025-2026`) of a period starting on an ISO date: from August on, the year
    /// that begins then.
    static func schoolYear(startingOn date: String) -> String? {
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        let first = month >= 8 ? year : year - 1
        return "\(first)-\(first + 1)"
    }

    private static func kind(type: String?) -> Term.Kind? {
        switch type?.lowercased() {
        case "quarter": .quarter
        case "semester", "halfyear", "half", "term": .semester
        case "trimester": .trimester
        case "year", "fullyear", "schoolyear": .year
        default: nil
        }
    }

    private static func kind(name: String) -> Term.Kind? {
        let lower = name.lowercased()
        if lower.contains("четверт") || lower.contains("тоқсан") || lower.contains("quarter") { return .quarter }
        if lower.contains("полугод") || lower.contains("семестр") || lower.contains("жартыжыл") { return .semester }
        if lower.contains("триместр") { return .trimester }
        if lower.contains("год") || lower.contains("жыл") || lower.contains("year") { return .year }
        return nil
    }

    private static func kind(days: Int?) -> Term.Kind? {
        guard let days else { return nil }
        switch days {
        case ..<100: return .quarter
        case ..<130: return .trimester
        case ..<200: return .semester
        default: return .year
        }
    }

    /// The first lone digit 1–4 among the name's words (`2 четверть`, `2-я четверть`).
    static func number(inName name: String) -> Int? {
        for word in name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let digits = word.prefix(while: \.isNumber)
            if digits.count == 1, let value = Int(digits), (1...4).contains(value) { return value }
        }
        return nil
    }

    /// Days between two ISO dates, by a civil-calendar day count.
    private static func days(from start: String?, to end: String?) -> Int? {
        guard let start, let end, let a = dayNumber(start), let b = dayNumber(end) else { return nil }
        return b - a
    }

    private static func dayNumber(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var (y, m, d) = (parts[0], parts[1], parts[2])
        if m <= 2 {
            y -= 1
            m += 12
        }
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
    }
}
