/// What reading an ``APIDump`` found besides the records, so that nothing vanishes silently.
public struct APIDumpSummary: Sendable, Equatable {
    /// A key (or a file) the read did not take records from.
    public struct IgnoredKey: Sendable, Hashable, CustomStringConvertible {
        /// The key: a top-level key such as `"nextPageToken"`, a dotted key inside a collection's
        /// wrapper such as `"students.nextPageToken"` or `"quarter.success"`, or for a folder dump
        /// the name of a JSON file that matched no collection.
        public let key: String
        /// The file holding the key.
        public let file: String
        /// The 1-based line of the key's value (0 for a whole file).
        public let line: Int
        /// The 1-based column of the key's value (0 for a whole file).
        public let column: Int

        /// `FILE:LINE:COLUMN: key`.
        public var description: String { line > 0 ? "\(file):\(line):\(column): \(key)" : "\(file): \(key)" }
    }

    /// How many records each requested collection yielded, by ``APIDumpCollection/name``;
    /// collections that were found but empty count 0.
    public internal(set) var recordCounts: [String: Int] = [:]
    /// Keys the read passed over.
    ///
    /// Keys present in the dump that no requested collection named, and wrapper members that
    /// are neither the list nor routine metadata (`@odata.context`, an empty `nextPageToken`).
    /// A non-empty `nextPageToken` or an `@odata.nextLink` appears here: the dump lacks pages.
    public internal(set) var ignoredKeys: [IgnoredKey] = []
    /// The requested collections the dump does not hold, by name, in request order.
    public internal(set) var missingCollections: [String] = []
    /// The files records were read from, in reading order.
    public internal(set) var files: [String] = []
}
