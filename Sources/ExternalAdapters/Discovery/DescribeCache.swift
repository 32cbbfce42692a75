import Foundation
import GradePortWriters
import JSONStream

/// `describe` answers kept between runs, by program path, size and modification time, so that a
/// command does not start every adapter just to learn its id.
///
/// The file holds one JSON object per line: `{"path","size","mtime","lines":[…]}`, `lines` being
/// the `describe` output as the program wrote it. A damaged or unreadable cache is treated as
/// empty and rewritten; writes go to a temporary file renamed over the old one.
struct DescribeCache {
    /// The cache file.
    let file: String
    private var entries: [String: Entry] = [:]
    private var changed = false

    /// One program's answer.
    struct Entry: Hashable {
        var size: Int64
        var modified: String
        var lines: [String]
    }

    /// Loads the cache file (empty when it is missing or damaged).
    init(file: String) {
        self.file = file
        guard let data = FileManager.default.contents(atPath: file) else { return }
        for line in data.split(separator: 0x0A) {
            guard let value = try? JSONReader(bytes: Array(line), name: file).readValue(),
                let path = value["path"]?.string, let size = value["size"]?.number?.int64,
                let modified = value["mtime"]?.string, let lines = value["lines"]?.array?.compactMap(\.string)
            else { continue }
            entries[path] = Entry(size: size, modified: modified, lines: lines)
        }
    }

    /// The cached `describe` lines of the program, if its size and modification time are unchanged.
    func lines(for path: String) -> [String]? {
        guard let stamp = Self.stamp(path), let entry = entries[path], entry.size == stamp.size,
            entry.modified == stamp.modified
        else { return nil }
        return entry.lines
    }

    /// Remembers the program's `describe` lines.
    mutating func store(_ lines: [String], for path: String) {
        guard let stamp = Self.stamp(path) else { return }
        let entry = Entry(size: stamp.size, modified: stamp.modified, lines: lines)
        if entries[path] != entry {
            entries[path] = entry
            changed = true
        }
    }

    /// Writes the cache if it changed; a cache that cannot be written is left alone.
    func save() {
        guard changed else { return }
        var text = JSONTextBuffer()
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text.beginObject()
            text.member("path", path)
            text.member("size", Int(entry.size))
            text.member("mtime", entry.modified)
            text.key("lines")
            text.beginArray()
            for line in entry.lines {
                text.nextElement()
                text.string(line)
            }
            text.endArray()
            text.endObject()
            text.raw("\n")
        }
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.bytes)) else { return }
        if rename(temporary, file) != 0 { unlink(temporary) }
    }

    /// The size and modification time (seconds and nanoseconds) of a file.
    static func stamp(_ path: String) -> (size: Int64, modified: String)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return (Int64(info.st_size), "\(time.tv_sec).\(time.tv_nsec)")
    }
}
