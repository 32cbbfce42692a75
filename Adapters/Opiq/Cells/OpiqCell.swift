import Foundation
import GradePortCore

/// What one Opiq result cell says, read by ``OpiqCellReader``.
///
/// Opiq gives feedback in one of four forms (documented for opiq.ee; assumed for opiq.kz): a score
/// in percent, a mark 1–5 (with `+`/`−`), a letter rating, or a free-text comment. The comment sits
/// in its own column and is not a cell value here.
public enum OpiqCell: Sendable, Hashable {
    /// An empty cell: no result (unless the task's comment column has text).
    case blank
    /// A score in percent (`85%`, `62,5 %`): score out of 100.
    case percent(DecimalNumber)
    /// A mark 1–5, possibly a half mark (`4`, `4.5`), out of 5.
    case mark(DecimalNumber)
    /// A mark with a modifier (`4+`, `5−`): its base mark out of 5.
    case modifiedMark(ModifiedMark)
    /// Points out of the maximum the heading states (`СОР 1 (20)`) or the cell states (`18/20`).
    case points(DecimalNumber, outOf: DecimalNumber?)
    /// A letter rating (`A`, `B+`): kept as raw, no score.
    case letter(LetterRating)
    /// A status word (`н`, `Освобождён`, `Не сдано`).
    case status(ResultStatus)
    /// Not readable; the text says why.
    case invalid(String)
}

/// Reads Opiq result cells.
///
/// The rules, in order:
/// 1. blank → ``OpiqCell/blank``;
/// 2. a digit 1–5 with `+`, `-`, `−` or `–` → ``OpiqCell/modifiedMark(_:)``;
/// 3. one letter A–F (Latin, or Cyrillic А В С Е), optionally with a modifier → ``OpiqCell/letter(_:)``;
/// 4. otherwise the core's ``CellValueParser`` (with the profile's extra words and the file's decimal
///    comma): a percentage → ``OpiqCell/percent(_:)``; a number with its own maximum (`18/20`) →
///    points; a plain number → points out of the column's maximum when the heading states one, else
///    a mark when it is 1–5 (`4`, `4.5`), else invalid; a negative number is passed on as points so
///    that the gradebook rejects it with `negative-score`; a status word → its status.
public struct OpiqCellReader: Sendable {
    /// The core parser for numbers, percentages and status words.
    public var parser: CellValueParser

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - decimalComma: Whether the file uses decimal commas (a `;`- or tab-separated re-save).
    ///   - extraStatusWords: The profile's words, added to the standard ones.
    public init(decimalComma: Bool, extraStatusWords: [String: ResultStatus] = [:]) {
        parser = CellValueParser(decimalComma: decimalComma, extraStatusWords: extraStatusWords)
    }

    /// The highest plain number read as a mark when the column states no maximum.
    public static let highestMark = DecimalNumber(5)

    /// Reads one cell of a column whose heading states `columnMaximum` (or none).
    public func read(_ raw: String, columnMaximum: DecimalNumber?) -> OpiqCell {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .blank }
        if let mark = ModifiedMark(text) { return .modifiedMark(mark) }
        if let letter = LetterRating(text) { return .letter(letter) }
        switch parser.parse(raw) {
        case .blank: return .blank
        case .percent(let value, _): return .percent(value)
        case .status(let status, _): return .status(status)
        case .invalid(let reason): return .invalid(reason)
        case .score(let value, let outOf, _):
            if let outOf { return .points(value, outOf: outOf) }
            if let columnMaximum { return .points(value, outOf: columnMaximum) }
            if value.isNegative { return .points(value, outOf: nil) }
            if value >= DecimalNumber(1) && value <= Self.highestMark { return .mark(value) }
            return .invalid(
                "\"\(text)\" is not a mark 1–5, and the heading states no maximum it could be points of; "
                    + "a score in percent is written with % (85%)")
        }
    }
}
