import GradePortCore

/// The kind and number of a reporting period, read from its name such as `2 четверть 2025-2026`.
struct TermName: Sendable, Hashable {
    /// Quarter, semester or trimester, when a word says so.
    var kind: Term.Kind?
    /// The first number 1–4 among the name's words.
    var number: Int?

    /// Reads a period's name: `2 четверть`, `2-я четверть`, `2 тоқсан`, `Quarter 2`, `Q2`, `1 семестр`.
    init(_ name: String) {
        let lower = name.lowercased()
        if lower.contains("четверт") || lower.contains("тоқсан") || lower.contains("quarter") {
            kind = .quarter
        } else if lower.contains("семестр") || lower.contains("semester") {
            kind = .semester
        } else if lower.contains("триместр") || lower.contains("trimester") {
            kind = .trimester
        }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for word in words {
            var digits = word.drop(while: { $0 == "q" })
            digits = digits.prefix(while: \.isNumber)
            if let value = Int(digits), (1...4).contains(value), digits.count == 1 {
                number = value
                if word.hasPrefix("q") { kind = kind ?? .quarter }
                break
            }
        }
    }

    /// The school year (`2025-2026`) of a period starting on an ISO date: from August on, the year
    /// that begins then.
    static func schoolYear(startingOn date: String) -> String? {
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        let first = month >= 8 ? year : year - 1
        return "\(first)-\(first + 1)"
    }
}
