/// The `+` or `−` a teacher may add to an Opiq mark (`4+`, `5−`): Opiq's "half marks".
///
/// GradePort reads a modified mark as its base mark (`4+` → 4, `5−` → 5) and keeps the cell as
/// written in the result's `raw`. Kazakh journals have no modified marks, and turning `4+` into
/// 4.5 or 4.25 out of 5 would move it across a band of the percent → mark scale (4.5 / 5 = 90 %,
/// which is a 5), so the base mark is the only reading that never changes a mark. See
/// `docs/formats/opiq.md`.
public enum MarkModifier: String, Sendable, Hashable, CaseIterable {
    /// `+`: a little better than the mark.
    case plus = "+"
    /// `−`, written `-`, `−` (U+2212) or `–` (U+2013, as Excel's autocorrect leaves it): a little
    /// worse than the mark.
    case minus = "−"

    /// Reads the modifier character; `nil` for any other character.
    init?(_ character: Character) {
        switch character {
        case "+": self = .plus
        case "-", "\u{2212}", "\u{2013}": self = .minus
        default: return nil
        }
    }
}
