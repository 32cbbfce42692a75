/// Where a dump record, or a value inside one, starts: its JSON file, line and column.
///
/// Adapters keep one with each record they read from an ``APIDump``, so that a reference or a
/// diagnostic can name `FILE:LINE:COLUMN` after the record's value has been taken apart:
///
/// ```swift
/// try dump.records(in: ["marks"]) { record in
///     let location = DumpLocation(record)   // the file, line and column where the record starts
/// }
/// ```
public struct DumpLocation: Sendable, Hashable {
    /// The JSON file.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Where a dump record starts.
    public init(_ record: APIDumpRecord) {
        self.init(file: record.file, line: record.line, column: record.column)
    }

    /// A location from its parts.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
