/// Where a record or a diagnostic came from: which input, and where in it.
///
/// Lines and columns are 1-based. For a CSV file the column is the field number (column B of a
/// spreadsheet is column 2); for JSON and XML it is the character column the parser reports.
public struct SourceReference: Sendable, Hashable {
    /// The ``Source/id`` of the input.
    public var source: Source.ID
    /// For an input that is a folder (an API dump saved as several files), the name of the file in
    /// it that holds the record; `nil` for a single-file input.
    public var file: String?
    /// The line where the record starts, when the input has lines.
    public var line: Int?
    /// The column, when it is known.
    public var column: Int?

    /// Creates a reference into an input.
    public init(source: Source.ID, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.source = source
        self.file = file
        self.line = line
        self.column = column
    }
}
