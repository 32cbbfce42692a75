import GradePortCore

/// The points of a Kundelik mark system, read from its mark type name.
///
/// Kundelik marks on a scale of 1…n with n = 5, 10, 12 or 100 ([C] teacher memo). The API names the
/// system in `Work.markType` (and `Mark.type`): `Mark5`, `Mark10`, … ([C3] entity shapes). The
/// adapter takes the first number in the name and accepts it when it is one of those four ([I]:
/// the full list comes from `GET v2/marks/values`, not seen). Any other name (an American letter
/// scale, an unknown system) gives no maximum.
///
/// ```swift
/// MarkScale(markType: "Mark10")?.maximum   // 10
/// MarkScale(markType: "MarkAmerican")      // nil
/// ```
struct MarkScale: Sendable, Hashable {
    /// The highest mark, 5, 10, 12 or 100.
    var maximum: Int

    /// Reads a mark type name; `nil` when it names no points scale.
    init?(markType: String) {
        let digits = markType.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
        guard let value = Int(digits), [5, 10, 12, 100].contains(value) else { return nil }
        maximum = value
    }

    /// The maximum as a decimal.
    var maxScore: DecimalNumber { DecimalNumber(maximum) }

    /// The five-point scale of quarter and year marks (2–5 under the criteria rules, assessment-rules §4).
    static let fivePoint = MarkScale(maximum: 5)

    private init(maximum: Int) { self.maximum = maximum }
}
