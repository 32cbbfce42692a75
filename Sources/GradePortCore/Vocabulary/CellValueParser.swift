/// Reads one gradebook cell: a score, a percentage, a status word, or a blank.
///
/// The parser runs once per cell on files with millions of cells, so it works on the cell's UTF-8
/// bytes, takes a fast path for plain ASCII digits and allocates only for cells that are words.
///
/// ```swift
/// let parser = CellValueParser()
/// parser.parse(" 18 ")          // .score(18, outOf: nil, late: false)
/// parser.parse("18,5")          // .score(18.5, outOf: nil, late: false)
/// parser.parse("18 / 20")       // .score(18, outOf: 20, late: false)
/// parser.parse("18 (late)")     // .score(18, outOf: nil, late: true)
/// parser.parse("Draft•Missing") // .status(.missing, late: false)
/// parser.parse("1,234")         // .invalid("…thousands separator…")
/// ```
///
/// **Numbers.** A score is an optional sign, digits and an optional fraction: `18`, `18.5`, `-3`,
/// `.5`. The decimal point `.` is always accepted. A decimal comma is accepted
/// - always, when the parser is made with `decimalComma: true` (the file was saved in a
///   comma-decimal locale; `1,234` is then 1.234);
/// - otherwise only when one comma is followed by one or two digits (`18,5`, `87,25`): no grade
///   has thousands, so that can only be a decimal comma, while `1,234` is ``CellValue/invalid(_:)``
///   because it reads as a thousands separator.
///
/// A maximum may follow: `18/20`, `18 / 20`, `18 из 20`, `18 из 20,5`, `18 out of 20`, `18 of 20`;
/// a percent sign makes a percentage: `85%`, `85 %`, `85,5%`. A late marker may follow any of these:
/// `18 (late)`, `18 Done late`, `18/20 [с опозданием]`.
///
/// **Words** are looked up case-insensitively after ``wordKey(_:)`` (so `Draft•Missing`,
/// `draft missing` and `DRAFT - MISSING` are one word, and `осв.` is `осв`); see
/// ``standardWords`` for the table. A cell of only dashes (`-`, `—`) is ``CellValue/blank``: in a
/// Kundelik journal a dash means the student does not take the subject, and in Classroom it shows
/// an empty grade, so neither is a result, and neither is an error.
///
/// **Trimming.** Spaces, tabs, a trailing `\r`, no-break spaces (U+00A0, U+202F), other Unicode
/// spaces and a byte-order mark are trimmed, then one pair of surrounding quotes (`"…"`, `'…'`,
/// `«…»`, `“…”`) and the spaces inside it.
public struct CellValueParser: Sendable {
    /// Whether the file uses a decimal comma, so that every `,` in a number is a decimal separator.
    public var decimalComma: Bool

    /// The words this parser knows, keyed by ``wordKey(_:)``: the ``standardWords`` plus the extra
    /// words it was made with.
    public private(set) var words: [String: CellValue]

    /// Creates a parser.
    ///
    /// - Parameters:
    ///   - decimalComma: Whether every `,` in a number is a decimal separator (see the type's rules).
    ///   - extraStatusWords: Platform words to add to (or override in) the ``standardWords``, e.g.
    ///     `["ПЛХ": .absent]`. Keys are normalized with ``wordKey(_:)``.
    public init(decimalComma: Bool = false, extraStatusWords: [String: ResultStatus] = [:]) {
        self.decimalComma = decimalComma
        var words = Self.standardWords
        for (word, status) in extraStatusWords {
            words[Self.wordKey(word)] = .status(status, late: false)
        }
        self.words = words
    }

    /// Reads one cell.
    public func parse(_ raw: String) -> CellValue {
        var raw = raw
        return raw.withUTF8 { parse(bytes: $0) }
    }

    /// Reads one cell given as a slice of a larger text (a CSV line), without copying it.
    public func parse(_ raw: Substring) -> CellValue {
        if let value = raw.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return value }
        return parse(String(raw))
    }

    // MARK: - Bytes

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private func parse(bytes: Bytes) -> CellValue {
        // Fast path: a plain integer, the overwhelming majority of cells.
        if bytes.count > 0, bytes.count <= 12, let integer = Self.plainInteger(bytes, 0, bytes.count) {
            return .score(DecimalNumber(scaledValue: integer * DecimalNumber.scale), outOf: nil, late: false)
        }
        var start = 0
        var end = bytes.count
        Self.trimSpaces(bytes, &start, &end)
        if end - start >= 2, let opening = Self.quoteLength(bytes, at: start),
            let closing = Self.quoteLength(bytes, endingAt: end), start + opening <= end - closing
        {
            start += opening
            end -= closing
            Self.trimSpaces(bytes, &start, &end)
        }
        guard start < end else { return .blank }
        if end - start <= 12, let integer = Self.plainInteger(bytes, start, end) {
            return .score(DecimalNumber(scaledValue: integer * DecimalNumber.scale), outOf: nil, late: false)
        }
        if Self.startsNumber(bytes, start, end) {
            return parseNumeric(bytes, start, end)
        }
        let text = Self.text(bytes, start, end)
        if let value = words[Self.wordKey(text)] { return value }
        return .invalid("\"\(text)\" is not a score or a known status word")
    }

    private func parseNumeric(_ bytes: Bytes, _ start: Int, _ end: Int) -> CellValue {
        let first: ScannedNumber
        switch scanNumber(bytes, start, end) {
        case .failure(let reason): return .invalid(reason.message(for: Self.text(bytes, start, end)))
        case .success(let number): first = number
        }
        var position = Self.skipSpaces(bytes, first.end, end)
        if position == end { return .score(first.value, outOf: nil, late: false) }

        if bytes[position] == UInt8(ascii: "%") {
            position += 1
            guard let late = lateMarker(bytes, position, end) else {
                return .invalid(Self.notAScore(bytes, start, end))
            }
            return .percent(first.value, late: late)
        }

        if let afterWord = Self.outOfWordEnd(bytes, position, end) {
            let numberStart = Self.skipSpaces(bytes, afterWord, end)
            guard numberStart < end, Self.startsNumber(bytes, numberStart, end) else {
                return .invalid(Self.notAScore(bytes, start, end))
            }
            switch scanNumber(bytes, numberStart, end) {
            case .failure(let reason): return .invalid(reason.message(for: Self.text(bytes, start, end)))
            case .success(let maximum):
                guard let late = lateMarker(bytes, maximum.end, end) else {
                    return .invalid(Self.notAScore(bytes, start, end))
                }
                return .score(first.value, outOf: maximum.value, late: late)
            }
        }

        guard let late = lateMarker(bytes, position, end) else { return .invalid(Self.notAScore(bytes, start, end)) }
        return .score(first.value, outOf: nil, late: late)
    }

    /// `false` when only spaces remain, `true` when a late marker remains, `nil` for anything else.
    private func lateMarker(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool? {
        var start = Self.skipSpaces(bytes, start, end)
        guard start < end else { return false }
        var end = end
        // `18, late`, `18; late`
        if bytes[start] == UInt8(ascii: ",") || bytes[start] == UInt8(ascii: ";") {
            start = Self.skipSpaces(bytes, start + 1, end)
        }
        // `18 (late)`, `18 [late]`
        if end - start >= 2,
            (bytes[start] == UInt8(ascii: "(") && bytes[end - 1] == UInt8(ascii: ")"))
                || (bytes[start] == UInt8(ascii: "[") && bytes[end - 1] == UInt8(ascii: "]"))
        {
            start += 1
            end -= 1
        }
        guard start < end else { return nil }
        return Self.lateMarkers.contains(Self.wordKey(Self.text(bytes, start, end))) ? true : nil
    }

    // MARK: - Numbers

    private struct ScannedNumber {
        var value: DecimalNumber
        var end: Int
    }

    private enum NumberProblem: Error {
        case thousandsSeparator
        case outOfRange

        func message(for text: String) -> String {
            switch self {
            case .thousandsSeparator:
                return "\"\(text)\" is not a score: a comma followed by three or more digits reads as a thousands "
                    + "separator, and scores have no thousands (a decimal comma takes one or two digits unless "
                    + "the file uses decimal commas)"
            case .outOfRange:
                return "\"\(text)\" is not a score: more than \(DecimalNumber.fractionDigits) decimal places, "
                    + "or too large"
            }
        }
    }

    /// Scans sign, digits and fraction from `start`, which ``startsNumber(_:_:_:)`` accepted.
    private func scanNumber(_ bytes: Bytes, _ start: Int, _ end: Int) -> Result<ScannedNumber, NumberProblem> {
        var position = start
        if bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
            position += 1
        } else if bytes[position] == 0xE2 {
            position += 3  // U+2212 MINUS SIGN
        }
        while position < end, Self.isDigit(bytes[position]) { position += 1 }
        if position < end, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ",") {
            let separator = bytes[position]
            var fractionEnd = position + 1
            while fractionEnd < end, Self.isDigit(bytes[fractionEnd]) { fractionEnd += 1 }
            let fractionDigits = fractionEnd - position - 1
            if separator == UInt8(ascii: ","), !decimalComma {
                if fractionDigits >= 3 { return .failure(.thousandsSeparator) }
                if fractionDigits > 0 { position = fractionEnd }  // `18,5`; a lone trailing comma ends the number
            } else {
                position = fractionEnd
            }
        }
        let literal = String(decoding: Bytes(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = DecimalNumber(parsing: literal, allowingDecimalComma: true) else {
            return .failure(.outOfRange)
        }
        return .success(ScannedNumber(value: value, end: position))
    }

    /// Whether a number starts at `start`: a digit, or a sign or point followed by a digit.
    private static func startsNumber(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool {
        var position = start
        if bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
            position += 1
        } else if end - position >= 3, bytes[position] == 0xE2, bytes[position + 1] == 0x88,
            bytes[position + 2] == 0x92
        {
            position += 3
        }
        if position < end, bytes[position] == UInt8(ascii: ".") { position += 1 }
        return position < end && isDigit(bytes[position])
    }

    /// The value of `bytes[start..<end]` when it is only ASCII digits (at most 12 of them).
    private static func plainInteger(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int64? {
        var value: Int64 = 0
        for index in start..<end {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int64(byte &- UInt8(ascii: "0"))
        }
        return value
    }

    /// The end of `/`, `из`, `out of` or `of` at `position`, when one of them is there and is followed
    /// by a space or a digit.
    private static func outOfWordEnd(_ bytes: Bytes, _ position: Int, _ end: Int) -> Int? {
        if bytes[position] == UInt8(ascii: "/") { return position + 1 }
        for word in outOfWords {
            guard end - position >= word.count else { continue }
            var matches = true
            for (offset, expected) in word.enumerated() {
                var byte = bytes[position + offset]
                if (0x41...0x5A).contains(byte) { byte += 0x20 }
                if expected == 0xD0, byte == 0xD0 { continue }
                // Cyrillic `И` (D0 98) and `З` (D0 97) fold to `и` (D0 B8) and `з` (D0 B7).
                if byte == 0x98 || byte == 0x97, offset % 2 == 1, bytes[position + offset - 1] == 0xD0 {
                    byte += 0x20
                }
                if byte != expected {
                    matches = false
                    break
                }
            }
            let wordEnd = position + word.count
            if matches, wordEnd == end || isDigit(bytes[wordEnd]) || isASCIISpace(bytes[wordEnd]) { return wordEnd }
        }
        return nil
    }

    private static let outOfWords: [[UInt8]] = [Array("out of".utf8), Array("of".utf8), Array("из".utf8)]

    // MARK: - Text

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// The length of the space character starting at `index`, or 0.
    private static func spaceLength(_ bytes: Bytes, at index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        if isASCIISpace(byte) || byte == 0x0B || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        if byte >= 0xE2, index + 2 < end {
            let scalar =
                (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                | UInt32(bytes[index + 2] & 0x3F)
            if let scalar = Unicode.Scalar(scalar), byte < 0xF0, LetterFolding.isSpace(scalar) { return 3 }
        }
        return 0
    }

    /// The length of the space character ending at `end`, or 0.
    private static func trailingSpaceLength(_ bytes: Bytes, endingAt end: Int, _ start: Int) -> Int {
        let last = bytes[end - 1]
        if isASCIISpace(last) || last == 0x0B || last == 0x0C { return 1 }
        if end - start >= 2, bytes[end - 2] == 0xC2, last == 0xA0 { return 2 }
        if end - start >= 3, spaceLength(bytes, at: end - 3, end) == 3 { return 3 }
        return 0
    }

    private static func trimSpaces(_ bytes: Bytes, _ start: inout Int, _ end: inout Int) {
        while start < end {
            let length = spaceLength(bytes, at: start, end)
            guard length > 0 else { break }
            start += length
        }
        while end > start {
            let length = trailingSpaceLength(bytes, endingAt: end, start)
            guard length > 0 else { break }
            end -= length
        }
    }

    private static func skipSpaces(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int {
        var position = start
        while position < end {
            let length = spaceLength(bytes, at: position, end)
            guard length > 0 else { break }
            position += length
        }
        return position
    }

    /// The length of an opening quote at `index`: `"`, `'`, `«`, `“`, `„`.
    private static func quoteLength(_ bytes: Bytes, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAB { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9E
        {
            return 3
        }
        return nil
    }

    /// The length of a closing quote ending at `end`: `"`, `'`, `»`, `”`, `“`.
    private static func quoteLength(_ bytes: Bytes, endingAt end: Int) -> Int? {
        let last = bytes[end - 1]
        if last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") { return 1 }
        if end >= 2, bytes[end - 2] == 0xC2, last == 0xBB { return 2 }
        if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, last == 0x9D || last == 0x9C { return 3 }
        return nil
    }

    private static func text(_ bytes: Bytes, _ start: Int, _ end: Int) -> String {
        String(decoding: Bytes(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func notAScore(_ bytes: Bytes, _ start: Int, _ end: Int) -> String {
        "\"\(text(bytes, start, end))\" is not a score or a known status word"
    }
}
