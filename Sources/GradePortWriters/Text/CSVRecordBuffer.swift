import GradePortCore

/// A growing UTF-8 buffer of CSV records: the one field encoder every GradePort CSV writer uses.
///
/// It writes delimiters between fields, quotes a field that holds the delimiter, a quote or a line
/// break (RFC 4180, quotes doubled), applies the format's line-break rule, guards text cells against
/// formula injection (`FormulaGuard`) and writes numbers with the format's decimal separator.
///
/// ```swift
/// var csv = CSVRecordBuffer(format: .standard)
/// csv.header(["name", "score"])
/// csv.text("=HYPERLINK(\"x\")")   // written '=HYPERLINK(""x"") inside quotes
/// csv.number(DecimalNumber(-5))    // a number cell: -5, never guarded
/// csv.endRecord()
/// ```
package struct CSVRecordBuffer: Sendable {
    /// The layout of the text.
    package let format: CSVFormat
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []
    private var needsDelimiter = false

    /// The UTF-8 byte order mark.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Creates a buffer with room for `capacity` bytes.
    ///
    /// - Parameters:
    ///   - format: The layout.
    ///   - startOfFile: Whether these are the first bytes of a file, so that the format's byte order
    ///     mark is written first; pass `false` for a buffer of fields to copy into another one.
    ///   - capacity: Bytes to reserve.
    package init(format: CSVFormat = .standard, startOfFile: Bool = true, capacity: Int = 1 << 16) {
        self.format = format
        bytes.reserveCapacity(capacity)
        if startOfFile && format.byteOrderMark { bytes.append(contentsOf: Self.byteOrderMark) }
    }

    /// Whether nothing but a byte order mark has been written.
    package var isEmpty: Bool { bytes.isEmpty || (format.byteOrderMark && bytes == Self.byteOrderMark) }

    /// Removes the bytes written so far, keeping the capacity (for writing a file in chunks).
    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes a header row: each name as a text field, then the end of the record.
    package mutating func header(_ names: [String]) {
        for name in names { text(name) }
        endRecord()
    }

    /// Ends the current record.
    package mutating func endRecord() {
        switch format.lineEnding {
        case .lineFeed: bytes.append(0x0A)
        case .carriageReturnLineFeed: bytes.append(contentsOf: [0x0D, 0x0A])
        }
        needsDelimiter = false
    }

    /// Writes an empty field.
    package mutating func empty() {
        delimit()
    }

    /// Writes an identifier's text as one field; an empty field for `nil`.
    public mutating func text(_ value: (some StringIdentifier)?) { text(value?.rawValue) }

    /// Writes a text field; `nil` and `""` are an empty field.
    package mutating func text(_ value: String?) {
        delimit()
        guard var value, !value.isEmpty else { return }
        value.withUTF8 { encode($0) }
    }

    /// Writes a number field in its shortest form (`18`, `18.5`, or `18,5` with a decimal comma);
    /// `nil` is an empty field. Numbers are data and are never guarded: `-5` is written `-5`.
    package mutating func number(_ value: DecimalNumber?) {
        delimit()
        guard let value else { return }
        let start = bytes.count
        bytes.appendDecimal(value)
        guard format.decimalSeparator == .comma else { return }
        if let point = bytes[start...].firstIndex(of: UInt8(ascii: ".")) { bytes[point] = UInt8(ascii: ",") }
        // A decimal comma in a comma-delimited file would split the field: quote it.
        if format.delimiter == .comma, bytes[start...].contains(UInt8(ascii: ",")) {
            bytes.insert(UInt8(ascii: "\""), at: start)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Writes an integer field; `nil` is an empty field.
    package mutating func integer(_ value: Int?) {
        delimit()
        if let value { bytes.appendInteger(value) }
    }

    /// Copies the fields of another buffer (written with `startOfFile: false` and no record end) as
    /// fields of the current record, so that a writer can encode cells it repeats once.
    package mutating func fields(of other: CSVRecordBuffer) {
        delimit()
        bytes.append(contentsOf: other.bytes)
    }

    // MARK: - Encoding

    private mutating func delimit() {
        if needsDelimiter { bytes.append(format.delimiter.rawValue) }
        needsDelimiter = true
    }

    private mutating func encode(_ utf8: UnsafeBufferPointer<UInt8>) {
        var hasLineBreak = false
        var needsQuotes = false
        let delimiter = format.delimiter.rawValue
        for byte in utf8 {
            if byte == 0x0A || byte == 0x0D {
                hasLineBreak = true
            } else if byte == delimiter || byte == UInt8(ascii: "\"") {
                needsQuotes = true
            }
        }
        if hasLineBreak && format.fieldLineBreaks != .keep {
            var normalised: [UInt8] = []
            normalised.reserveCapacity(utf8.count)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte == 0x0D {
                    normalised.append(format.fieldLineBreaks == .spaces ? 0x20 : 0x0A)
                    if index + 1 < utf8.count && utf8[index + 1] == 0x0A { index += 1 }
                } else if byte == 0x0A {
                    normalised.append(format.fieldLineBreaks == .spaces ? 0x20 : 0x0A)
                } else {
                    normalised.append(byte)
                }
                index += 1
            }
            normalised.withUnsafeBufferPointer {
                write($0, quoted: needsQuotes || format.fieldLineBreaks == .lineFeedOnly)
            }
        } else {
            write(utf8, quoted: needsQuotes || hasLineBreak)
        }
    }

    private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>, quoted: Bool) {
        let guarded = FormulaGuard.needsGuard(utf8: utf8)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if guarded { bytes.append(FormulaGuard.marker) }
        if quoted {
            var start = 0
            for index in 0..<utf8.count where utf8[index] == UInt8(ascii: "\"") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...index]))
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }
}
