/// One record of a CSV or TSV file: its fields and where it starts.
///
/// A row keeps the unescaped UTF-8 bytes of all its fields in one buffer; a `String` is made
/// only when a field is asked for. Fields are indexed from 0 like any collection, while the
/// columns in errors and warnings are 1-based field numbers (field `i` is column `i + 1`).
///
/// ```swift
/// while let row = try reader.next() {
///     guard !row.isEmptyRow else { continue }
///     let name = row[0]
///     let score = row.isBlank(3) ? nil : Double(row[3])
/// }
/// ```
public struct CSVRow: RandomAccessCollection, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based physical line where the row starts.
    public let line: Int
    /// Field `i` occupies `bytes[start(i)..<ends[i]]`; one separator byte follows each field
    /// but the last.
    let bytes: [UInt8]
    let ends: [Int]
    /// For each line break inside a quoted field, the index of that field.
    let lineBreakFields: [Int]

    init(line: Int, bytes: [UInt8], ends: [Int], lineBreakFields: [Int] = []) {
        self.line = line
        self.bytes = bytes
        self.ends = ends
        self.lineBreakFields = lineBreakFields
    }

    /// Creates a row from strings, for tests and for rows built in code.
    public init(line: Int, fields: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        self.init(line: line, bytes: bytes, ends: ends)
    }

    /// The index of the first field, 0.
    public var startIndex: Int { 0 }
    /// The number of fields.
    public var endIndex: Int { ends.count }
    /// The number of fields.
    public var count: Int { ends.count }

    /// The text of field `index` (0-based), which must be less than ``count``.
    public subscript(index: Int) -> String {
        precondition(index >= 0 && index < ends.count, "field index \(index) out of range 0..<\(ends.count)")
        return withUTF8(ofField: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The text of field `index` (0-based), or `nil` when the row has fewer fields.
    public func string(at index: Int) -> String? {
        index >= 0 && index < ends.count ? self[index] : nil
    }

    /// Calls `body` with the UTF-8 bytes of field `index` (0-based), without making a `String`.
    public func withUTF8<Result>(
        ofField index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        precondition(index >= 0 && index < ends.count, "field index \(index) out of range 0..<\(ends.count)")
        let start = index == 0 ? 0 : ends[index - 1] + 1
        let end = ends[index]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether field `index` is empty or only spaces and tabs.
    ///
    /// A field past the end of a short row counts as blank.
    public func isBlank(_ index: Int) -> Bool {
        guard index >= 0 && index < ends.count else { return true }
        return withUTF8(ofField: index) { field in field.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }

    /// The 1-based physical line where field `index` (0-based) starts; differs from ``line``
    /// only after a quoted field with line breaks.
    public func line(ofField index: Int) -> Int {
        line + lineBreakFields.lazy.filter { $0 < index }.count
    }

    /// Whether every field is blank, like an empty line or Excel's `;;;`.
    public var isEmptyRow: Bool {
        indices.allSatisfy(isBlank)
    }

    /// All fields as strings.
    public func strings() -> [String] {
        Array(self)
    }

    /// The line and the fields, for debugging.
    public var description: String {
        "\(line): \(strings())"
    }

    /// Whether two rows start on the same line and have the same fields (however they were
    /// delimited in the file).
    public static func == (lhs: CSVRow, rhs: CSVRow) -> Bool {
        lhs.line == rhs.line && lhs.count == rhs.count
            && lhs.indices.allSatisfy { i in
                lhs.withUTF8(ofField: i) { a in rhs.withUTF8(ofField: i) { b in a.elementsEqual(b) } }
            }
    }
}
