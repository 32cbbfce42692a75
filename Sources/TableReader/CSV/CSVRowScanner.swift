/// The RFC 4180 state machine that builds one ``CSVRow`` from UTF-8 text chunks.
///
/// It scans bytes through an `UnsafeBufferPointer`, copies runs of field bytes in bulk, and can
/// stop at the end of a chunk and resume with the next one, so fields and rows may span chunks.
struct CSVRowScanner {
    enum State {
        /// At the start of a field: a quote here opens a quoted field.
        case fieldStart
        /// Inside an unquoted field.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Right after a quote inside a quoted field: a second quote is a literal quote,
        /// anything else closes the field.
        case quoteInQuoted
    }

    static let quote = UInt8(ascii: "\"")
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    let delimiter: UInt8
    let startLine: Int
    var state = State.fieldStart
    /// The current physical line.
    var line: Int
    /// The line where the open quoted field began.
    var quoteLine = 0
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var lineBreakFields: [Int] = []
    /// Problems accepted leniently: line, field number, message.
    var issues: [(line: Int, column: Int, message: String)] = []

    init(delimiter: UInt8, line: Int, byteCapacity: Int, fieldCapacity: Int) {
        self.delimiter = delimiter
        self.line = line
        self.startLine = line
        bytes.reserveCapacity(byteCapacity)
        ends.reserveCapacity(fieldCapacity)
    }

    /// Whether nothing of the row has been read yet.
    var isUntouched: Bool { state == .fieldStart && ends.isEmpty && bytes.isEmpty }

    /// Scans `text` from `position` until the row ends or the text runs out.
    ///
    /// - Parameter previousWasCR: Whether the byte before `text` (in the previous chunk) was CR.
    /// - Returns: `true` when the row is complete (its terminator consumed).
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>, from position: inout Int, previousWasCR: Bool) -> Bool {
        guard let base = text.baseAddress else { return false }
        let end = text.count
        let delimiter = self.delimiter
        let quote = Self.quote
        let cr = Self.cr
        let lf = Self.lf
        var i = position
        defer { position = i }

        @inline(__always) func isAfterCR(_ index: Int) -> Bool {
            index > 0 ? base[index - 1] == cr : previousWasCR
        }

        while i < end {
            switch state {
            case .fieldStart, .unquoted:
                // Copy a run of unquoted fields in one go; delimiters stay in the buffer as the
                // separator bytes between fields.
                let runStart = i
                let offset = bytes.count - runStart
                var j = i
                while j < end {
                    let byte = base[j]
                    if byte == delimiter {
                        ends.append(offset + j)
                    } else if byte == quote || byte == cr || byte == lf {
                        break
                    }
                    j += 1
                }
                let atFieldStart = j == runStart ? state == .fieldStart : base[j - 1] == delimiter
                if j > runStart {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: j - runStart))
                }
                state = atFieldStart ? .fieldStart : .unquoted
                if j == end {
                    i = j
                    return false
                }
                let byte = base[j]
                i = j + 1
                if byte == quote {
                    if atFieldStart {
                        state = .quoted
                        quoteLine = line
                    } else {
                        bytes.append(quote)
                        issues.append((line, ends.count + 1, "quote inside an unquoted field, kept as text"))
                    }
                } else if byte == lf && atFieldStart && ends.isEmpty && bytes.isEmpty && isAfterCR(j) {
                    // The LF of a CRLF whose CR ended the previous row.
                    continue
                } else {
                    ends.append(bytes.count)
                    line += 1
                    return true
                }
            case .quoted:
                var j = i
                while j < end {
                    let byte = base[j]
                    if byte == quote || byte == cr || byte == lf { break }
                    j += 1
                }
                if j > i {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i))
                }
                i = j
                if j == end { return false }
                let byte = base[j]
                i = j + 1
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    bytes.append(byte)
                    if byte == cr || !isAfterCR(j) {
                        line += 1
                        lineBreakFields.append(ends.count)
                    }
                }
            case .quoteInQuoted:
                let byte = base[i]
                if byte == quote {
                    bytes.append(quote)
                    state = .quoted
                    i += 1
                } else if byte == delimiter {
                    ends.append(bytes.count)
                    bytes.append(delimiter)
                    state = .fieldStart
                    i += 1
                } else if byte == cr || byte == lf {
                    ends.append(bytes.count)
                    line += 1
                    i += 1
                    return true
                } else {
                    issues.append((line, ends.count + 1, "text after the closing quote of a field, kept as text"))
                    state = .unquoted
                }
            }
        }
        return false
    }

    /// Ends the last field at the end of the input.
    mutating func finishAtEndOfInput() {
        ends.append(bytes.count)
    }

    /// Where each U+FFFD of the row is, in order: its 0-based field and its physical line.
    func replacementCharacterPlaces() -> [(field: Int, line: Int)] {
        var places: [(field: Int, line: Int)] = []
        var field = 0
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD {
                while field < ends.count - 1, ends[field] <= index { field += 1 }
                places.append((field, startLine + lineBreakFields.count { $0 < field }))
                index += 3
            } else {
                index += 1
            }
        }
        return places
    }

    /// The finished row.
    func row() -> CSVRow {
        CSVRow(line: startLine, bytes: bytes, ends: ends, lineBreakFields: lineBreakFields)
    }
}
