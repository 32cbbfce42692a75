import GradePortCore

/// A term written as people write it in `--term`: `2 четверть`, `2-я четверть`, `II четверть`,
/// `четверть 2`, `2 тоқсан`, `2-тоқсан`, `1 полугодие`, `1 семестр`, `3 триместр`, `2 quarter`,
/// optionally with a school year (`2 четверть 2025-2026`).
struct TermPhrase: Equatable {
    /// The kind of term the word names.
    var kind: Term.Kind
    /// The term's number.
    var number: Int
    /// The school year, when the phrase names one.
    var schoolYear: SchoolYear?

    private static let kindWords: [String: Term.Kind] = [
        "четверть": .quarter, "четв": .quarter, "ч": .quarter, "тоқсан": .quarter, "токсан": .quarter,
        "quarter": .quarter, "полугодие": .semester, "семестр": .semester, "жартыжылдық": .semester,
        "semester": .semester, "триместр": .trimester, "trimester": .trimester,
    ]
    private static let numerals = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
    private static let ordinalEndings = ["я", "й", "ая", "ой", "ші", "шы", "th", "st", "nd", "rd"]

    /// Reads a phrase; `nil` when it is not a numbered term.
    init?(_ text: String) {
        let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "." || $0 == "\u{A0}" }
        var kind: Term.Kind?
        var number: Int?
        var year: SchoolYear?
        var index = 0
        while index < words.count {
            let word = String(words[index])
            if let found = Self.kindWords[word], kind == nil {
                kind = found
            } else if let found = Self.number(word), number == nil {
                number = found
            } else if Self.ordinalEndings.contains(word), number != nil {
                // "2-я": the ending of the number before it.
            } else if index + 1 < words.count, let parsed = SchoolYear(parsing: word + "-" + words[index + 1]),
                year == nil
            {
                year = parsed
                index += 1
            } else {
                return nil
            }
            index += 1
        }
        guard let kind, let number, number >= 1, number <= (ReportPeriod.periodsPerYear(kind) ?? 1) else { return nil }
        self.kind = kind
        self.number = number
        self.schoolYear = year
    }

    /// Whether the phrase names `period`.
    func matches(_ period: ReportPeriod) -> Bool {
        !period.isAnnual && period.kind == kind && period.number == number
            && (schoolYear == nil || period.schoolYear == schoolYear)
    }

    private static func number(_ word: String) -> Int? {
        if let roman = numerals[word] { return roman }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        let rest = word.dropFirst(digits.count)
        guard rest.isEmpty || ordinalEndings.contains(String(rest)) else { return nil }
        return Int(digits)
    }
}
