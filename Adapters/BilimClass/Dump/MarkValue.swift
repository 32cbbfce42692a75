import GradePortCore
import JSONStream

/// A mark as BilimClass writes it: a string or a number (`"8"`, `8`, `"8,5"`), a status word
/// (`"н"`), or nothing (`null`, `""`).
enum MarkValue: Sendable, Hashable {
    /// No mark: `null`, absent, an empty string or a dash. No result, never a zero.
    case none
    /// A score, with the text as written.
    case score(DecimalNumber, raw: String)
    /// A status word (`н` → absent, `осв` → exempt), with the text as written.
    case status(ResultStatus, raw: String)
    /// Something that is neither; the text and why.
    case invalid(raw: String, reason: String)

    private static let parser = CellValueParser()

    /// Reads a JSON value.
    init(_ value: JSONValue?) {
        guard let value, !value.isNull else {
            self = .none
            return
        }
        if let number = value.number {
            let text = number.decimalText ?? number.text
            if let score = DecimalNumber(parsing: text) {
                self = .score(score, raw: number.text)
            } else {
                self = .invalid(raw: number.text, reason: "the number is out of range")
            }
            return
        }
        guard let text = value.string else {
            self = .invalid(raw: "\(value.kind)", reason: "a mark is a string or a number, not \(value.kind)")
            return
        }
        self.init(text: text)
    }

    /// Reads a mark's text.
    init(text: String) {
        switch Self.parser.parse(text) {
        case .blank: self = .none
        case .score(let score, outOf: nil, late: _): self = .score(score, raw: text)
        case .score: self = .invalid(raw: text, reason: "a mark with its own maximum is not a BilimClass mark")
        case .percent: self = .invalid(raw: text, reason: "a percentage is not a BilimClass mark")
        case .status(let status, _): self = .status(status, raw: text)
        case .invalid(let reason): self = .invalid(raw: text, reason: reason)
        }
    }

    /// The text as written, if any.
    var raw: String? {
        switch self {
        case .none: nil
        case .score(_, let raw), .status(_, let raw), .invalid(let raw, _): raw
        }
    }
}

/// A maximum: `markMax`/`sMaxScore`, a number or a numeric string; positive, or none.
enum MarkMaximum {
    /// The maximum, or `nil` when the value is absent, not a number, or not positive.
    static func read(_ value: JSONValue?) -> DecimalNumber? {
        guard case .score(let score, _) = MarkValue(value), score > .zero else { return nil }
        return score
    }
}
