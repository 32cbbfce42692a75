/// What one gradebook cell says, as ``CellValueParser`` reads it.
///
/// ```swift
/// let parser = CellValueParser()
/// parser.parse("18 из 20")     // .score(18, outOf: 20, late: false)
/// parser.parse("85,5%")        // .percent(85.5, late: false)
/// parser.parse("Done late")    // .status(.submitted, late: true)
/// parser.parse("н")            // .status(.absent, late: false)
/// parser.parse("")             // .blank
/// ```
public enum CellValue: Sendable, Hashable {
    /// No result at all, never a zero: an empty cell, or a word that means "nothing here yet"
    /// (`No grade`, `Assigned`, a lone `-` or `—`).
    case blank
    /// A score, with the maximum the cell itself states (`18/20`, `18 из 20`) and whether a late
    /// marker followed it (`18 (late)`). Negative scores are returned as written; the gradebook
    /// builder rejects them with its own diagnostic.
    case score(DecimalNumber, outOf: DecimalNumber?, late: Bool)
    /// A percentage (`85%`, `85,5 %`), and whether a late marker followed it.
    case percent(DecimalNumber, late: Bool)
    /// A status word (`Missing`, `н`, `Освобождён`), and whether it says the work was late
    /// (`Done late`).
    case status(ResultStatus, late: Bool)
    /// Neither a score nor a known word; the text says why, for a diagnostic.
    case invalid(String)

    /// The ``ResultStatus`` a result with this value has: ``ResultStatus/graded`` for a score or a
    /// percentage, the word's status for a status word, `nil` for a blank or invalid cell.
    public var resultStatus: ResultStatus? {
        switch self {
        case .score, .percent: return .graded
        case .status(let status, _): return status
        case .blank, .invalid: return nil
        }
    }

    /// Whether the value says the work was late.
    public var isLate: Bool {
        switch self {
        case .score(_, _, let late), .percent(_, let late), .status(_, let late): return late
        case .blank, .invalid: return false
        }
    }
}
