/// How a CSV or TSV file is written: its encoding, delimiter and number style.
///
/// A ``CSVReader`` detects the dialect from the first bytes of the file (or takes the parts
/// forced in ``CSVReadOptions``) before it returns the first row.
public struct CSVDialect: Hashable, Sendable, CustomStringConvertible {
    /// The text encoding of the file.
    public var encoding: TextEncoding
    /// The field delimiter.
    public var delimiter: CSVDelimiter
    /// Whether the file starts with an Excel `sep=X` line (which the reader skips).
    public var hasSepLine: Bool
    /// The decimal separator numbers in the file probably use.
    public var decimalSeparator: DecimalSeparator

    /// Creates a dialect; the decimal separator defaults to what the delimiter implies.
    public init(
        encoding: TextEncoding, delimiter: CSVDelimiter, hasSepLine: Bool = false,
        decimalSeparator: DecimalSeparator? = nil
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.hasSepLine = hasSepLine
        self.decimalSeparator = decimalSeparator ?? DecimalSeparator(impliedBy: delimiter)
    }

    /// A short summary such as `utf-8, delimiter ";", decimal ",", sep= line`.
    public var description: String {
        "\(encoding.rawValue), delimiter \"\(delimiter)\", decimal \"\(decimalSeparator.rawValue)\""
            + (hasSepLine ? ", sep= line" : "")
    }
}

extension CSVDialect {
    /// The character between the integer and fractional part of numbers (`12.5` or `12,5`).
    public enum DecimalSeparator: String, Hashable, Sendable {
        /// `12.5`.
        case period = "."
        /// `12,5`: Excel in comma-decimal locales writes `;`-separated (or tab-separated) files.
        case comma = ","

        /// A comma when the delimiter is `;` or tab (a comma cannot be both), else a period.
        public init(impliedBy delimiter: CSVDelimiter) {
            self = delimiter == .semicolon || delimiter == .tab ? .comma : .period
        }
    }
}
