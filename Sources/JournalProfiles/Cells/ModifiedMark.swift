import GradePortCore

/// A mark 1–5 followed by a ``MarkModifier``: `4+`, `5-`, `3−`, `4 +`.
///
/// ```swift
/// ModifiedMark("4+")   // mark 4, .plus
/// ModifiedMark("3−")   // mark 3, .minus (U+2212)
/// ModifiedMark("4")    // nil: a plain mark has no modifier (read as a number)
/// ModifiedMark("6+")   // nil: marks are 1–5
/// ```
public struct ModifiedMark: Sendable, Hashable {
    /// The base mark, 1–5: the score the result gets.
    public var mark: Int
    /// The modifier, kept only in the result's raw cell.
    public var modifier: MarkModifier

    /// Reads a trimmed cell; `nil` unless it is one digit 1–5, optional spaces and a modifier.
    public init?(_ text: some StringProtocol) {
        let characters = Array(text.filter { $0 != " " && $0 != "\u{00A0}" })
        guard characters.count == 2, let digit = characters[0].wholeNumberValue, characters[0].isASCII,
            (1...5).contains(digit), let modifier = MarkModifier(characters[1])
        else { return nil }
        self.mark = digit
        self.modifier = modifier
    }

    /// The score a modified mark counts as: its base mark.
    public var score: DecimalNumber { DecimalNumber(mark) }
}
