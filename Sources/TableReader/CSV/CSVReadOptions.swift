import GradePortBase

/// Settings for a ``CSVReader``: forced dialect parts, buffer size and safety limits.
public struct CSVReadOptions: Sendable {
    /// The encoding to use instead of detecting it; a byte order mark matching it is skipped.
    public var encoding: TextEncoding?
    /// The delimiter to use instead of detecting it (a `sep=` line is still skipped).
    public var delimiter: CSVDelimiter?
    /// How many bytes are read from the file at a time.
    ///
    /// Memory use is a small multiple of this plus the largest row, whatever the file size.
    /// Small values are useful in tests.
    public var chunkSize: Int
    /// The largest allowed field, in UTF-8 bytes after unescaping (default 1 MiB).
    public var maxFieldBytes: Int
    /// The largest allowed row, in UTF-8 bytes after unescaping (default 16 MiB).
    public var maxRowBytes: Int
    /// The largest allowed number of fields in a row (default 100,000).
    public var maxFieldsPerRow: Int
    /// How many warnings are kept; later ones are counted but dropped (default 1,000).
    public var maxWarnings: Int

    /// Creates options; by default everything is detected and the limits protect against
    /// binary or hostile input without getting in the way of real gradebooks.
    public init(
        encoding: TextEncoding? = nil, delimiter: CSVDelimiter? = nil, chunkSize: Int = 1 << 20,
        maxFieldBytes: Int = InputLimits.standard.maxFieldBytes, maxRowBytes: Int = InputLimits.standard.maxLineBytes,
        maxFieldsPerRow: Int = InputLimits.standard.maxColumns,
        maxWarnings: Int = 1_000
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.chunkSize = max(1, chunkSize)
        self.maxFieldBytes = maxFieldBytes
        self.maxRowBytes = maxRowBytes
        self.maxFieldsPerRow = maxFieldsPerRow
        self.maxWarnings = maxWarnings
    }
}
