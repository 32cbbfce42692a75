import JSONStream

/// Where a dump record was read: its file, line and column.
struct DumpLocation: Sendable, Hashable {
    /// The JSON file.
    var file: String
    /// The 1-based line where the record starts.
    var line: Int
    /// The 1-based column where the record starts.
    var column: Int

    /// The location of a dump record.
    init(_ record: APIDumpRecord) {
        file = record.file
        line = record.line
        column = record.column
    }
}
