import Foundation
import GradePortBase

/// An API dump: the responses of a platform's REST API saved as JSON, read as a stream of records.
///
/// A dump is either
/// - one JSON file whose top-level object's keys name collections:
///   `{"courses":[…], "students":{"students":[…],"nextPageToken":"x"}, "class":{…}}`;
/// - one JSON file holding a bare array (such as Kundelik's `criteria-marks-totals-light`
///   response), offered under the key `""` or under its file name; or
/// - a folder of such files named after the collections: `students.json`, and pages such as
///   `students-2.json`, `students_p2.json` or `studentSubmissions.page1.json`.
///
/// A collection's value may be a bare array, a single object (Graph's `class`), or an API's
/// wrapper, which is unwrapped: `{"value":[…]}` with `@odata.*` members (Microsoft Graph),
/// `{"<collection>":[…], "nextPageToken":…}` (Google Classroom), `{"data":…}` (BilimClass, where
/// `data` is an array or one object). An object counts as a wrapper only when its members fit one
/// of these shapes; any other object is a single record.
///
/// Records are delivered one at a time: the file's bytes are in memory, but never more than one
/// record's tree. Keys nobody asked for are listed in the returned ``APIDumpSummary``.
///
/// ```swift
/// let dump = try APIDump(path: "classroom-dump")
/// let summary = try dump.records(in: ["courses", "students", "courseWork", "studentSubmissions"]) { record in
///     print(record.collection, record.value["id"]?.idString ?? "-", record.line)
/// }
/// ```
public struct APIDump: Sendable {
    /// The file or folder the dump was opened from.
    public let path: String
    /// Whether the dump is a folder of JSON files.
    public let isFolder: Bool
    /// The JSON files of the dump in reading order: the file itself, or a folder's `*.json` files
    /// sorted by collection, then page number, then name (`students.json`, `students-2.json`,
    /// `students-10.json`).
    public let files: [String]
    /// The entries of a folder dump that are not JSON files, which are not read.
    public let otherFiles: [String]
    /// The collection keys present, in order, for sniffing.
    ///
    /// A file's top-level keys (`[""]` for a bare array), or a folder's file names without `.json`
    /// and page suffix. A damaged file yields the keys before the damage.
    public let collectionKeys: [String]
    /// The limits the dump's files are read with.
    public let limits: JSONLimits

    /// A single file's bytes, kept so that the file is read once.
    private let fileBuffer: JSONBuffer?

    /// Opens the file or folder at `path`.
    ///
    /// - Throws: ``JSONReadError`` with code ``JSONReadError/Code/io`` when the path cannot be read,
    ///   or ``JSONReadError/Code/notADump`` for a folder without JSON files.
    public init(path: String, limits: JSONLimits = .init()) throws {
        self.path = path
        self.limits = limits
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw JSONReadError(.io("no such file or folder"), file: path, line: 0, column: 0)
        }
        isFolder = isDirectory.boolValue
        if !isFolder {
            let buffer = try JSONBuffer.load(path: path, name: path)
            fileBuffer = buffer
            files = [path]
            otherFiles = []
            collectionKeys = APIDump.topLevelKeys(of: JSONReader(buffer: buffer, name: path, limits: limits))
            return
        }
        fileBuffer = nil
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw JSONReadError(
                .io("cannot list folder: \(IOErrorText.reason(error))"), file: path, line: 0, column: 0)
        }
        var jsonNames: [String] = []
        var others: [String] = []
        for name in names where !name.hasPrefix(".") {
            var entryIsDirectory: ObjCBool = false
            let full = APIDump.join(path, name)
            if name.lowercased().hasSuffix(".json"),
                FileManager.default.fileExists(atPath: full, isDirectory: &entryIsDirectory),
                !entryIsDirectory.boolValue
            {
                jsonNames.append(name)
            } else {
                others.append(full)
            }
        }
        guard !jsonNames.isEmpty else {
            throw JSONReadError(.notADump("the folder holds no JSON files"), file: path, line: 0, column: 0)
        }
        let ordered = jsonNames.map { (name: $0, page: FileNamePage($0)) }.sorted { left, right in
            let (a, b) = (left.page, right.page)
            if a.collection.lowercased() != b.collection.lowercased() {
                return a.collection.lowercased() < b.collection.lowercased()
            }
            if a.number != b.number { return a.number < b.number }
            return left.name < right.name
        }
        files = ordered.map { APIDump.join(path, $0.name) }
        otherFiles = others.sorted()
        var keys: [String] = []
        for entry in ordered where !keys.contains(entry.page.collection) { keys.append(entry.page.collection) }
        collectionKeys = keys
    }

    /// Reads the records of the requested collections, in file order, and calls `body` with each.
    ///
    /// - Parameters:
    ///   - collections: The collections wanted, each with optional aliases.
    ///   - body: Called once per record; an error it throws stops the read and is rethrown.
    /// - Returns: What was found besides the records: counts, ignored keys, missing collections.
    /// - Throws: ``JSONReadError`` for malformed JSON, or with code ``JSONReadError/Code/notADump``
    ///   when the dump holds none of the requested collections; or whatever `body` throws.
    @discardableResult
    public func records(
        in collections: [APIDumpCollection], _ body: (APIDumpRecord) throws -> Void
    ) throws -> APIDumpSummary {
        var walk = DumpWalk(collections: collections)
        if let fileBuffer {
            try walk.readFile(JSONReader(buffer: fileBuffer, name: path, limits: limits), file: path, body)
        } else {
            for file in files {
                let name = (file as NSString).lastPathComponent
                guard let collection = walk.collection(forFileName: name) else {
                    walk.summary.ignoredKeys.append(.init(key: name, file: file, line: 0, column: 0))
                    continue
                }
                let reader = JSONReader(buffer: try JSONBuffer.load(path: file, name: file), name: file, limits: limits)
                try walk.readCollection(
                    reader, collection: collection.collection, key: collection.key, file: file, body)
            }
        }
        guard !walk.summary.recordCounts.isEmpty else {
            let wanted = collections.map { "'\($0.name)'" }.joined(separator: ", ")
            let present = collectionKeys.map { "'\($0)'" }.joined(separator: ", ")
            let detail =
                "none of the requested collections (\(wanted)) is in this dump; it holds \(present.isEmpty ? "nothing usable" : present)"
            throw JSONReadError(.notADump(detail), file: path, line: 0, column: 0)
        }
        walk.summary.missingCollections = collections.map(\.name).filter { walk.summary.recordCounts[$0] == nil }
        return walk.summary
    }

    /// Reads the records of the collections named in `collections`, without aliases.
    ///
    /// Collections are read in file order as with the `[APIDumpCollection]` variant.
    @discardableResult
    public func records(in collections: Set<String>, _ body: (APIDumpRecord) throws -> Void) throws -> APIDumpSummary {
        try records(in: collections.sorted().map { APIDumpCollection($0) }, body)
    }

    /// The top-level keys of the JSON file at `path`, passing over their values without building
    /// them; `[""]` when the file holds a bare array, `[]` for any other value.
    ///
    /// - Throws: ``JSONReadError`` when the file cannot be read or is malformed.
    public static func topLevelKeys(ofFileAt path: String, limits: JSONLimits = .init()) throws -> [String] {
        let reader = try JSONReader(path: path, limits: limits)
        var keys: [String] = []
        switch try reader.peekKind() {
        case .object:
            try reader.beginObject()
            while let key = try reader.nextKey() {
                keys.append(key)
                try reader.skipValue()
            }
        case .array: keys = [""]
        default: break
        }
        return keys
    }

    /// The top-level keys found in the first bytes of a JSON file, for cheap sniffing: stops
    /// without error at the end of the prefix or at the first malformed byte.
    ///
    /// `[""]` when the text starts a bare array; `[]` when it starts anything else.
    public static func topLevelKeys(inPrefix bytes: [UInt8], limits: JSONLimits = .init()) -> [String] {
        topLevelKeys(of: JSONReader(bytes: bytes, name: "<prefix>", limits: limits))
    }

    private static func topLevelKeys(of reader: JSONReader) -> [String] {
        var keys: [String] = []
        do {
            switch try reader.peekKind() {
            case .object:
                try reader.beginObject()
                while let key = try reader.nextKey() {
                    keys.append(key)
                    try reader.skipValue()
                }
            case .array: keys = [""]
            default: break
            }
        } catch {}
        return keys
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// A dump file name split into its collection part and page number:
/// `students-2.json` → ("students", 2), `studentSubmissions.page1.json` → ("studentSubmissions", 1),
/// `courses.json` → ("courses", 0).
struct FileNamePage {
    let collection: String
    let number: Int

    init(_ fileName: String) {
        var stem = Substring(fileName)
        if stem.lowercased().hasSuffix(".json") { stem = stem.dropLast(5) }
        if let separator = stem.lastIndex(where: { $0 == "-" || $0 == "_" || $0 == "." }) {
            var suffix = stem[stem.index(after: separator)...].lowercased()[...]
            if suffix.hasPrefix("page") {
                suffix = suffix.dropFirst(4)
            } else if suffix.hasPrefix("p") {
                suffix = suffix.dropFirst()
            }
            if !suffix.isEmpty, suffix.allSatisfy(\.isASCIIDigit), let number = Int(suffix), separator > stem.startIndex
            {
                collection = String(stem[..<separator])
                self.number = number
                return
            }
        }
        collection = String(stem)
        number = 0
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
