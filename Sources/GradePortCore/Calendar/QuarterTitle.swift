/// The quarter an assessment's title names: `СОЧ за 2 четверть`, `ТЖБ 2-тоқсан`, `Q2 test`,
/// `2 ч.`, `II четверть`. Evidence for aligning a term a platform names only opaquely.
public enum QuarterTitle {
    /// The quarter number (1–4) the title names, or `nil` when it names none or several.
    ///
    /// ```swift
    /// QuarterTitle.number(in: "СОЧ за 2 четверть")  // 2
    /// QuarterTitle.number(in: "ТЖБ 3-тоқсан")       // 3
    /// QuarterTitle.number(in: "Q4 summative")       // 4
    /// QuarterTitle.number(in: "СОР 1. Дроби")       // nil
    /// ```
    public static func number(in title: String) -> Int? {
        let words = NameFolding.spelling(title).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var found: Set<Int> = []
        for (index, word) in words.enumerated() {
            // Q2, q2
            if word.count == 2, word.first == "q", let digit = Int(word.dropFirst()), (1...4).contains(digit) {
                found.insert(digit)
                continue
            }
            guard let number = ordinal(word), index + 1 < words.count else { continue }
            var next = words[index + 1]
            // `2-я четверть`, `2-ая четверть`: the ending is its own word once folded.
            if ["я", "ая", "й"].contains(next), index + 2 < words.count { next = words[index + 2] }
            if next.hasPrefix("четверт") || next.hasPrefix("токсан") || next == "ч" || next == "quarter" {
                found.insert(number)
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// `2`, `2-я`/`2-ая` (folded to `2 я`), Roman `ii`/`II` (folded), as a quarter number.
    private static func ordinal(_ word: String) -> Int? {
        if let number = Int(word), (1...4).contains(number) { return number }
        switch word {
        case "i": return 1
        case "ii": return 2
        case "iii": return 3
        case "iv": return 4
        default: return nil
        }
    }
}
