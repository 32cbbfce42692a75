/// How a CSV writer lays out its text: delimiter, decimal separator, byte order mark, line ends and
/// what happens to line breaks inside a field.
///
/// Every CSV file GradePort writes goes through one field encoder (the package's `CSVRecordBuffer`)
/// configured with a format, so quoting and formula neutralisation (see `FormulaGuard`) are the
/// same in all of them.
///
/// ```swift
/// let csv = ResultsCSVWriter(format: .excel).encode(book)   // UTF-8 BOM, ';', decimal comma, CRLF
/// ```
public struct CSVFormat: Sendable, Hashable {
    /// The byte between fields.
    public enum Delimiter: UInt8, Sendable, Hashable {
        /// `,` — RFC 4180 and every machine-read format.
        case comma = 0x2C
        /// `;` — what Excel reads and writes in locales with a decimal comma (Russian, Kazakh).
        case semicolon = 0x3B
    }

    /// How number cells write their fraction.
    public enum DecimalSeparator: UInt8, Sendable, Hashable {
        /// `18.5`.
        case point = 0x2E
        /// `18,5`, as Russian and Kazakh Excel expect.
        case comma = 0x2C
    }

    /// The bytes that end a record.
    public enum LineEnding: Sendable, Hashable {
        /// `\n`.
        case lineFeed
        /// `\r\n`, as RFC 4180 and Windows programs expect.
        case carriageReturnLineFeed
    }

    /// What happens to line breaks inside a text field.
    public enum FieldLineBreaks: Sendable, Hashable {
        /// Kept as they are, inside a quoted field (RFC 4180).
        case keep
        /// `\r\n` and a lone `\r` become `\n`: for formats that forbid carriage returns in fields
        /// (OneRoster CSV).
        case lineFeedOnly
        /// Every `\r` and `\n` becomes a space: for formats that accept no line breaks in data
        /// (Microsoft School Data Sync).
        case spaces
    }

    /// The field delimiter.
    public var delimiter: Delimiter
    /// The decimal separator of number cells.
    public var decimalSeparator: DecimalSeparator
    /// Whether the text starts with a UTF-8 byte order mark (Excel needs one to read UTF-8).
    public var byteOrderMark: Bool
    /// The record terminator.
    public var lineEnding: LineEnding
    /// What happens to line breaks inside text fields.
    public var fieldLineBreaks: FieldLineBreaks

    /// Creates a format.
    public init(
        delimiter: Delimiter = .comma, decimalSeparator: DecimalSeparator = .point, byteOrderMark: Bool = false,
        lineEnding: LineEnding = .lineFeed, fieldLineBreaks: FieldLineBreaks = .keep
    ) {
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
        self.fieldLineBreaks = fieldLineBreaks
    }

    /// UTF-8 without BOM, `,`, `.` decimals, `\n` line ends: GradePort's own CSV output.
    public static let standard = CSVFormat()

    /// UTF-8 with BOM, `;`, decimal commas and CRLF: a file that Russian and Kazakh Excel open
    /// straight into columns, with numbers as numbers and Cyrillic intact.
    public static let excel = CSVFormat(
        delimiter: .semicolon, decimalSeparator: .comma, byteOrderMark: true, lineEnding: .carriageReturnLineFeed)

    /// UTF-8 without BOM, `,`, `.` decimals, CRLF, no carriage return inside a field: the OneRoster
    /// CSV binding (RFC 4180, "no carriage returns inside a field").
    public static let oneRoster = CSVFormat(lineEnding: .carriageReturnLineFeed, fieldLineBreaks: .lineFeedOnly)

    /// UTF-8 without BOM, `,`, `.` decimals, CRLF, no line break in any field: Microsoft School Data
    /// Sync ("we don't accept line breaks in incoming data").
    public static let schoolDataSync = CSVFormat(lineEnding: .carriageReturnLineFeed, fieldLineBreaks: .spaces)
}
