import JSONStream

/// The positions of the values inside some records of a dump file, so that a diagnostic or a
/// result can name the line of one mark inside a large record (the `quarter` response is a single
/// object holding every lesson's marks).
///
/// Built with one extra pass over the file that builds no values: the pass descends into every
/// container, and inside a requested record notes where each value starts, by its path of keys and
/// array indices (`["0a1b…", "sor"]`, `["schedules", "3"]`), down to ``depth`` levels.
struct JSONPositionIndex: Sendable {
    /// How many levels below a record are indexed.
    static let depth = 4

    private var positions: [DumpLocation: [[String]: DumpLocation]] = [:]

    /// An empty index: every lookup falls back to the record's own position.
    init() {}

    /// Indexes the values inside the records of `file` that start at `starts`.
    ///
    /// A file that cannot be read, or is damaged, yields the positions found before the damage.
    init(file: String, recordStarts starts: Set<DumpLocation>) {
        guard !starts.isEmpty, let reader = try? JSONReader(path: file) else { return }
        var walk = Walk(reader: reader, file: file, starts: starts)
        try? walk.value(record: nil, path: [])
        positions = walk.found
    }

    /// Merges another file's index into this one.
    mutating func merge(_ other: JSONPositionIndex) {
        positions.merge(other.positions) { $1 }
    }

    /// Where the value at `path` inside the record starting at `record` starts; the deepest indexed
    /// prefix of the path, or the record itself, when the value was not indexed.
    func position(in record: DumpLocation, at path: [String]) -> DumpLocation {
        guard let inside = positions[record] else { return record }
        var path = path
        while !path.isEmpty {
            if let found = inside[path] { return found }
            path.removeLast()
        }
        return record
    }

    /// One pass over a file.
    private struct Walk {
        let reader: JSONReader
        let file: String
        let starts: Set<DumpLocation>
        var found: [DumpLocation: [[String]: DumpLocation]] = [:]

        /// Reads the next value: `record` is the requested record it lies in, if any, and `path`
        /// its path inside that record.
        mutating func value(record: DumpLocation?, path: [String]) throws {
            let here = DumpLocation(file: file, line: reader.line, column: reader.column)
            let kind = try reader.peekKind()
            var record = record
            var path = path
            if record == nil, starts.contains(here) {
                record = here
                path = []
            } else if let record, !path.isEmpty {
                found[record, default: [:]][path] = here
            }
            let deepEnough = record != nil && path.count >= JSONPositionIndex.depth
            switch kind {
            case .object where !deepEnough:
                try reader.beginObject()
                while let key = try reader.nextKey() { try value(record: record, path: path + [key]) }
            case .array where !deepEnough:
                try reader.beginArray()
                var index = 0
                while try reader.hasNextElement() {
                    try value(record: record, path: path + [String(index)])
                    index += 1
                }
            default:
                try reader.skipValue()
            }
        }
    }
}
