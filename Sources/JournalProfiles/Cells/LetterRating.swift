/// Opiq's "other rating": a letter (`A`, `B`, `C`, …), optionally with `+` or `−`.
///
/// A letter rating has no agreed number, so GradePort gives it none: the result keeps the letter in
/// `raw`, has no score and the status ``GradePortCore/ResultStatus/submitted`` (the work was handed
/// in and rated), and the file gets one `letter-rating` note. Letters A–F are read in Latin and, as
/// teachers on a Russian keyboard type them, in the Cyrillic look-alikes `А`, `В`, `С`, `Е`; lower
/// case too for the Latin ones. Cyrillic lower-case letters are not ratings: `н` and `б` are
/// absence codes.
///
/// ```swift
/// LetterRating("A")    // A
/// LetterRating("В")    // B (Cyrillic Ve typed for B)
/// LetterRating("b+")   // B, plus
/// LetterRating("н")    // nil
/// ```
public struct LetterRating: Sendable, Hashable {
    /// The letter in Latin capitals, `A`–`F`.
    public var letter: Character
    /// The modifier after the letter, if any.
    public var modifier: MarkModifier?

    /// Reads a trimmed cell; `nil` unless it is one rating letter with an optional modifier.
    public init?(_ text: some StringProtocol) {
        let characters = Array(text.filter { $0 != " " && $0 != "\u{00A0}" })
        guard (1...2).contains(characters.count), let letter = Self.latin(characters[0]) else { return nil }
        if characters.count == 2 {
            guard let modifier = MarkModifier(characters[1]) else { return nil }
            self.modifier = modifier
        } else {
            self.modifier = nil
        }
        self.letter = letter
    }

    /// The Latin capital a rating character stands for.
    private static func latin(_ character: Character) -> Character? {
        switch character {
        case "A", "a", "А": return "A"
        case "B", "b", "В": return "B"
        case "C", "c", "С": return "C"
        case "D", "d": return "D"
        case "E", "e", "Е": return "E"
        case "F", "f": return "F"
        default: return nil
        }
    }
}
