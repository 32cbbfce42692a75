/// One pass over an ``APIDump``: finds the requested collections, unwraps them and delivers their records.
struct DumpWalk {
    typealias Body = (APIDumpRecord) throws -> Void

    let collections: [APIDumpCollection]
    var summary = APIDumpSummary()
    /// The `@odata.context` of the wrapper being read, given to its records.
    private var context: String?

    init(collections: [APIDumpCollection]) {
        self.collections = collections
    }

    /// The collection a top-level key names (exact match on a name or alias).
    func collection(forKey key: String) -> APIDumpCollection? {
        collections.first { $0.names.contains(key) }
    }

    /// The collection a folder file's name names: the longest name or alias that equals the file
    /// name without `.json`, or that starts it followed by something other than a letter
    /// (`students-2.json`, `students_p2.json`, `studentSubmissions.page1.json`), ignoring case.
    func collection(forFileName fileName: String) -> (collection: APIDumpCollection, key: String)? {
        var stem = fileName.lowercased()
        if stem.hasSuffix(".json") { stem.removeLast(5) }
        var best: (collection: APIDumpCollection, key: String)?
        for collection in collections {
            for name in collection.names where !name.isEmpty {
                let lowered = name.lowercased()
                guard stem.hasPrefix(lowered) else { continue }
                let rest = stem.dropFirst(lowered.count)
                if let next = rest.first, next.isLetter { continue }
                if best == nil || name.count > best!.key.count { best = (collection, name) }
            }
        }
        return best
    }

    /// Reads a dump file: an object of collections, or a bare array.
    mutating func readFile(_ reader: JSONReader, file: String, _ body: Body) throws {
        switch try reader.peekKind() {
        case .object:
            try reader.beginObject()
            while let key = try reader.nextKey() {
                if let collection = collection(forKey: key) {
                    try readCollection(reader, collection: collection, key: key, file: file, body)
                } else {
                    summary.ignoredKeys.append(.init(key: key, file: file, line: reader.line, column: reader.column))
                    try reader.skipValue()
                }
            }
        case .array:
            let fileName = file.split(separator: "/").last.map(String.init) ?? file
            if let collection = collection(forKey: "") {
                try readCollection(reader, collection: collection, key: "", file: file, body)
            } else if let match = collection(forFileName: fileName) {
                try readCollection(reader, collection: match.collection, key: match.key, file: file, body)
            } else {
                summary.ignoredKeys.append(.init(key: "", file: file, line: reader.line, column: reader.column))
                try reader.skipValue()
            }
        case let kind:
            throw JSONReadError(
                .notADump("the top-level value is \(kind), not an object of collections or an array of records"),
                file: file, line: reader.line, column: reader.column)
        }
    }

    /// Reads the value of one collection at the reader's position, unwrapping an API's wrapper.
    mutating func readCollection(
        _ reader: JSONReader, collection: APIDumpCollection, key: String, file: String, _ body: Body
    ) throws {
        if summary.recordCounts[collection.name] == nil { summary.recordCounts[collection.name] = 0 }
        if !summary.files.contains(file) { summary.files.append(file) }
        switch try reader.peekKind() {
        case .array:
            try readRecords(reader, collection: collection, key: key, file: file, body)
        case .object:
            guard let listKey = try wrapperListKey(reader, collection: collection) else {
                try deliver(reader, collection: collection, key: key, file: file, body)
                return
            }
            try reader.beginObject()
            context = nil
            defer { context = nil }
            while let member = try reader.nextKey() {
                if member == listKey {
                    switch try reader.peekKind() {
                    case .array: try readRecords(reader, collection: collection, key: key, file: file, body)
                    case .object: try deliver(reader, collection: collection, key: key, file: file, body)
                    case .null: try reader.skipValue()
                    case let kind: throw notRecords(kind, in: "\(key).\(member)", reader: reader)
                    }
                } else {
                    let line = reader.line
                    let column = reader.column
                    let value = try reader.readValue()
                    if member == "@odata.context" { context = value.string }
                    if !DumpWalk.isRoutineMetadata(member, value) {
                        summary.ignoredKeys.append(
                            .init(key: "\(key).\(member)", file: file, line: line, column: column))
                    }
                }
            }
        case .null:
            try reader.skipValue()
        case let kind:
            throw notRecords(kind, in: key, reader: reader)
        }
    }

    private func notRecords(_ kind: JSONValueKind, in key: String, reader: JSONReader) -> JSONReadError {
        JSONReadError(
            .notADump("collection '\(key)' holds \(kind), not an array or object of records"),
            file: reader.name, line: reader.line, column: reader.column)
    }

    private mutating func readRecords(
        _ reader: JSONReader, collection: APIDumpCollection, key: String, file: String, _ body: Body
    ) throws {
        try reader.beginArray()
        while try reader.hasNextElement() {
            try deliver(reader, collection: collection, key: key, file: file, body)
        }
    }

    private mutating func deliver(
        _ reader: JSONReader, collection: APIDumpCollection, key: String, file: String, _ body: Body
    ) throws {
        let line = reader.line
        let column = reader.column
        let value = try reader.readValue()
        summary.recordCounts[collection.name, default: 0] += 1
        try body(
            APIDumpRecord(
                collection: collection.name, key: key, value: value, file: file, line: line, column: column,
                context: context))
    }

    /// If the object at the reader's position is an API wrapper, the member holding its records.
    ///
    /// Looks ahead over the object's members (skipping their values) and then rewinds. When the object
    /// is cut short or damaged, the members before the damage decide, so that a truncated page still
    /// gives the records before the damage (the error is met again, and thrown, while reading them).
    private func wrapperListKey(_ reader: JSONReader, collection: APIDumpCollection) throws -> String? {
        let saved = reader.scanner
        defer { reader.scanner = saved }
        var members: [(key: String, kind: JSONValueKind)] = []
        try reader.beginObject()
        do {
            while let key = try reader.nextKey() {
                members.append((key, try reader.peekKind()))
                try reader.skipValue()
            }
        } catch {
            guard !members.isEmpty else { throw error }
        }
        let plain = members.filter { !$0.key.hasPrefix("@") }
        // Microsoft Graph: {"@odata.context": …, "value": [...], "@odata.nextLink": …}
        if plain.count == 1, plain[0].key == "value", plain[0].kind == .array { return "value" }
        // Google Classroom: {"students": [...], "nextPageToken": …}
        if let list = plain.first(where: {
            collection.names.contains($0.key) && ($0.kind == .array || $0.kind == .null)
        }),
            plain.allSatisfy({ $0.key == list.key || $0.key == "nextPageToken" })
        {
            return list.key
        }
        // BilimClass: {"data": …} beside scalar status members.
        if plain.contains(where: { $0.key == "data" }),
            plain.allSatisfy({ $0.key == "data" || ($0.kind != .array && $0.kind != .object) })
        {
            return "data"
        }
        return nil
    }

    /// Wrapper members that carry no information worth a diagnostic.
    private static func isRoutineMetadata(_ key: String, _ value: JSONValue) -> Bool {
        switch key {
        case "@odata.context", "@odata.count", "@odata.type", "@odata.etag": true
        case "nextPageToken": value.isNull || value.string == ""
        default: false
        }
    }
}
