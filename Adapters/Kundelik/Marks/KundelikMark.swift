import Foundation
import GradePortCore

/// What one Kundelik mark value says: a mark in points, a text mark, an attendance code, or nothing.
///
/// The same reading serves the API's `value`/`textValue` strings, the criteria journal's points,
/// the totals' `Mark.Value` and the cells of a report download.
///
/// | value | reading | source |
/// | --- | --- | --- |
/// | digits `1`…`n` (also `18,5`, `18.5`) | points | [C] scale 5/10/12/100 |
/// | `н` | absent (unexcused) | [C] memo |
/// | `п` | absent (excused; `raw` keeps `п`) | [C] memo; absent per DESIGN |
/// | `б` | absent (ill; `raw` keeps `б`) | [C] memo; absent per DESIGN |
/// | `о` | late for the lesson: an attendance note, **no result** (info) | [C] memo: «о» is not counted |
/// | `отл`, `отлично`, `өте жақсы` | 5 of 5 | [U]/[I] text marks, RU and KK UI |
/// | `хор`, `хорошо`, `жақсы` | 4 of 5 | [U]/[I] |
/// | `удв`, `уд`, `удовлетворительно`, `қанағаттанарлық` | 3 of 5 | [U] (`УДВ` seen) |
/// | `плх`, `неуд`, `неудовлетворительно`, `қанағаттанарлықсыз` | 2 of 5 | [U] (`ПЛХ` seen) |
/// | `зачёт`, `зач`, `есептелді`, `сынақ` | pass: 1 of 1 | [I] |
/// | `незачёт`, `не зачтено`, `есептелмеді` | fail: 0 of 1 | [I] |
/// | `осв`, `освобождён`, `босатылған`, `бос` | exempt | [U] |
/// | `н/а`, `не аттестован`, `а/ө` | missing (not attested) | [U] |
/// | a lone `-` | does not take the subject (reports): no result, info | [C] report help |
/// | empty | not set: no result | [C] report help |
/// | a single capital Latin letter `A`–`F` | the American scale: no points; rejected (`invalid-score`) | [C] letters exist; no conversion known |
///
/// Words are matched after `CellValueParser.wordKey` (case-insensitive, Kazakh letters folded to
/// Russian, one trailing `.` dropped), and the standard status words of `CellValueParser` are known
/// too (`Отсутствовал`, `Освобождена`, …).
enum KundelikMark: Sendable, Hashable {
    /// Points, with the maximum the value itself states (a text mark's 5, a pass's 1).
    case points(DecimalNumber, outOf: DecimalNumber?)
    /// A status without points.
    case status(ResultStatus)
    /// `о`: late for the lesson, which is attendance, not a mark.
    case lateArrival
    /// `-`: the student does not take the subject.
    case notTaken
    /// Empty: no mark set.
    case blank
    /// Not a mark; the text says why.
    case invalid(String)

    /// Reads a value.
    ///
    /// `decimalComma` says every `,` in a number is a decimal separator.
    init(_ raw: String, decimalComma: Bool = false) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            self = .blank
            return
        }
        if trimmed.allSatisfy({ $0 == "-" || $0 == "—" || $0 == "–" }) {
            self = .notTaken
            return
        }
        let key = CellValueParser.wordKey(trimmed)
        if let known = Self.words[key] {
            self = known
            return
        }
        if trimmed.count == 1, let letter = trimmed.unicodeScalars.first, ("A"..."F").contains(letter) {
            self = .invalid("\"\(trimmed)\" is a mark of the American letter scale, which has no points")
            return
        }
        let parser = decimalComma ? Self.commaParser : Self.parser
        switch parser.parse(trimmed) {
        case .score(let value, let outOf, _): self = .points(value, outOf: outOf)
        case .percent(let value, _): self = .points(value, outOf: .hundred)
        case .status(let status, _): self = .status(status)
        case .blank: self = .blank
        case .invalid(let reason): self = .invalid(reason)
        }
    }

    private static let parser = CellValueParser()
    private static let commaParser = CellValueParser(decimalComma: true)

    /// Kundelik's own words, keyed by `CellValueParser.wordKey`.
    static let words: [String: KundelikMark] = {
        var table: [String: KundelikMark] = [:]
        func add(_ value: KundelikMark, _ words: [String]) {
            for word in words { table[CellValueParser.wordKey(word)] = value }
        }
        let five = DecimalNumber(5)
        add(.points(5, outOf: five), ["отл", "отлично", "өте жақсы", "өте жақсы"])
        add(.points(4, outOf: five), ["хор", "хорошо", "жақсы"])
        add(.points(3, outOf: five), ["удв", "уд", "удовл", "удовлетворительно", "қанағаттанарлық", "қанағ"])
        add(
            .points(2, outOf: five),
            ["плх", "плохо", "неуд", "неудовлетворительно", "қанағаттанарлықсыз", "қанағаттанғысыз"])
        add(.points(1, outOf: 1), ["зачёт", "зачет", "зач", "зачтено", "есептелді", "сынақ"])
        add(.points(0, outOf: 1), ["незачёт", "незачет", "не зачтено", "незач", "есептелмеді"])
        add(.status(.absent), ["н", "нб", "н/б", "п", "б"])
        add(.lateArrival, ["о"])
        add(.status(.exempt), ["осв", "освобождён", "освобожден", "освобождена", "босатылған", "бос"])
        add(.status(.missing), ["н/а", "не аттестован", "не аттестована", "а/ө", "аттестатталмаған"])
        return table
    }()
}
