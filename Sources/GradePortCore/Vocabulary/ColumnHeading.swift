/// A gradebook column heading split into its title and the maximum score written in it.
///
/// Teachers and platforms write the maximum into headings in many ways; all of these give the title
/// `СОР 1` (or `Quiz: Forces`) and the maximum 20:
///
/// `СОР 1 (20)`, `СОР 1 [20]`, `СОР 1 (макс. 20)`, `СОР 1 (max 20)`, `СОР 1 (из 20)`, `СОР 1 /20`,
/// `Quiz: Forces (20 points)`, `Quiz: Forces (out of 20)`, `Quiz: Forces - 20 pts`, `СОР 1 (20 баллов)`,
/// `БЖБ 1 (20 балл)`, `СОР 1, макс. 20`.
///
/// A number that is part of the title stays there (`СОР 2`, `Lab 2`); only a trailing
/// number marked as a maximum (brackets, `/`, or a word like `max`, `макс`, `из`, `out of`, `points`,
/// `баллов`) is taken. A bare number in brackets is a maximum, as Classroom writes it (`Quiz (20)`).
public struct ColumnHeading: Sendable, Hashable {
    /// The heading without the maximum, trimmed.
    public var title: String
    /// The maximum score the heading states.
    public var maxScore: DecimalNumber?

    /// Splits a heading.
    public init(_ heading: String) {
        let trimmed = heading.trimmingSpaces()
        if let (title, max) = Self.split(trimmed) {
            self.title = title
            self.maxScore = max
        } else {
            self.title = trimmed
            self.maxScore = nil
        }
    }

    private static let prefixWords = ["макс.", "макс", "max.", "max", "maximum", "из", "out of", "of", "/", "ішінен"]
    private static let suffixWords = [
        "points", "point", "pts", "pt", "баллов", "балла", "балл", "балл.", "б.", "б", "ұпай", "pkt",
    ]

    private static func split(_ heading: String) -> (String, DecimalNumber)? {
        var body = Substring(heading)
        var bracketed = false
        if let last = body.last, last == ")" || last == "]",
            let open = body.lastIndex(of: last == ")" ? "(" : "[")
        {
            bracketed = true
            let inner = body[body.index(after: open)..<body.index(before: body.endIndex)]
            guard let max = parseMax(inner, bracketed: true) else { return nil }
            let title = body[..<open].trimmingSpaces()
            guard !title.isEmpty else { return nil }
            return (title.trimmingTrailing(separators: ",-–—:"), max)
        }
        _ = bracketed
        // Unbracketed: "СОР 1 /20", "Quiz - 20 pts", "СОР 1, макс. 20"
        let separators: [Character] = ["/", ",", "-", "–", "—", ":"]
        guard let cut = body.lastIndex(where: { separators.contains($0) }) else { return nil }
        var inner = body[body.index(after: cut)...]
        if body[cut] == "/" { inner = "/" + inner }
        guard let max = parseMax(inner, bracketed: false) else { return nil }
        body = body[..<cut]
        let title = body.trimmingSpaces()
        guard !title.isEmpty else { return nil }
        return (title, max)
    }

    /// Reads `20`, `макс. 20`, `20 points`, `out of 20`, `/20`; bare numbers only inside brackets.
    private static func parseMax(_ text: Substring, bracketed: Bool) -> DecimalNumber? {
        var rest = text.trimmingSpaces().lowercased()[...]
        var marked = bracketed
        for word in prefixWords where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count).trimmingSpaces()[...]
            marked = true
            break
        }
        for word in suffixWords where rest.hasSuffix(word) {
            let before = rest.dropLast(word.count)
            guard let last = before.last, last == " " || last.isNumber else { continue }
            rest = before.trimmingSpaces()[...]
            marked = true
            break
        }
        guard marked, let value = DecimalNumber(parsing: rest, allowingDecimalComma: true), value > .zero else {
            return nil
        }
        return value
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, no-break spaces and line breaks.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// The text without trailing separator characters and spaces.
    func trimmingTrailing(separators: String) -> String {
        var text = Substring(self)
        while let last = text.last, separators.contains(last) || last == " " { text = text.dropLast() }
        return String(text)
    }
}
