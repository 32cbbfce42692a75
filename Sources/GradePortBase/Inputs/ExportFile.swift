import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input as the user named it: a file, or a folder holding an API dump.
///
/// An export file carries only what sniffing needs (the first bytes, the folder's file names), so
/// that detection stays cheap; adapters open the file themselves with a streaming reader. What
/// several sniffers derive from the head (a table's decoded first rows, say) is computed once and
/// kept with the input: see ``shared(_:_:)``.
public struct ExportFile: Sendable, Hashable {
    /// How many bytes of a file ``head`` holds at most.
    public static let headLength = 64 * 1024

    /// The path as the user gave it; diagnostics name the input by it.
    public let path: String
    /// Whether the path names a folder.
    public let isDirectory: Bool
    /// The file's size in bytes; `nil` for a folder.
    public let size: Int64?
    /// The first bytes of a file (``headLength``, or more to hold a long header row); empty for a folder.
    public let head: [UInt8]
    /// For a folder, the names of the regular files in it, sorted; empty for a file.
    public let entries: [String]
    /// What sniffers derived from the head, shared by every copy of this value.
    private let derived = DerivedValues()

    /// Opens the input at `path` far enough to sniff it.
    ///
    /// - Throws: ``ExportFileError`` when it does not exist or cannot be read.
    public init(path: String) throws(ExportFileError) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ExportFileError(path: path, reason: "no such file or folder")
        }
        isDirectory = isFolder.boolValue
        if isDirectory {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                throw ExportFileError(path: path, reason: "the folder cannot be listed")
            }
            entries = names.filter { name in
                var childIsFolder: ObjCBool = false
                let child = (path as NSString).appendingPathComponent(name)
                return !name.hasPrefix(".")
                    && FileManager.default.fileExists(atPath: child, isDirectory: &childIsFolder)
                    && !childIsFolder.boolValue
            }.sorted()
            head = []
            size = nil
        } else {
            // A device, a pipe or a socket never ends or blocks on opening (`/dev/zero`, a FIFO with no
            // writer): refused before it is opened, whatever the name says.
            if let kind = Self.irregularKind(atPath: path) {
                throw ExportFileError(
                    path: path, reason: "not a regular file (\(kind)); save the export to a file and name that")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ExportFileError(path: path, reason: "the file cannot be opened for reading")
            }
            defer { try? handle.close() }
            do {
                head = try Self.readHead(handle)
                size = Int64(try handle.seekToEnd())
            } catch {
                throw ExportFileError(path: path, reason: "the file cannot be read (an I/O error)")
            }
            entries = []
        }
    }

    /// The first ``headLength`` bytes, or more when they hold fewer than three lines: a header row
    /// longer than the head (a grades export with thousands of assignments) is read to its end and
    /// a little beyond, up to ``InputLimits/maxHeaderBytes``, so that sniffing sees it whole.
    private static func readHead(_ handle: FileHandle) throws -> [UInt8] {
        func lineBreaks(_ bytes: [UInt8]) -> Int { bytes.lazy.filter { $0 == 0x0A || $0 == 0x0D }.count }
        var head = Array(try handle.read(upToCount: headLength) ?? Data())
        var lastReadWasFull = head.count == headLength
        var breaks = lineBreaks(head)
        while lastReadWasFull, breaks < 3, head.count < InputLimits.standard.maxHeaderBytes {
            let more = Array(try handle.read(upToCount: headLength) ?? Data())
            head += more
            breaks += lineBreaks(more)
            lastReadWasFull = more.count == headLength
        }
        return head
    }

    /// Creates an export file from bytes already in memory, for tests and for sniffing a buffer.
    public init(path: String, head: [UInt8], size: Int64? = nil) {
        self.path = path
        self.isDirectory = false
        self.head = Array(head.prefix(Self.headLength))
        self.size = size ?? Int64(head.count)
        self.entries = []
    }

    /// What a path that is neither a folder nor a regular file names (following links): `a device`,
    /// `a pipe`, `a socket`; `nil` for a regular file or a folder.
    public static func irregularKind(atPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFIFO: return "a pipe"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }

    /// The last path component, e.g. `7А Математика.csv`.
    public var fileName: String { (path as NSString).lastPathComponent }

    /// The file name without its extension.
    public var baseName: String { (fileName as NSString).deletingPathExtension }

    /// The lower-cased extension without the dot, e.g. `csv`; empty when there is none.
    public var fileExtension: String { (fileName as NSString).pathExtension.lowercased() }

    /// The full path of an entry of a folder.
    public func path(ofEntry name: String) -> String { (path as NSString).appendingPathComponent(name) }
}

extension ExportFile {
    /// A value derived from this input's head, computed the first time any sniffer asks for it and
    /// shared by every later one (and by the adapter that reads the input), instead of each sniffer
    /// decoding the same 64 KiB again.
    ///
    /// The value's type is the key: one type, one derived value per input.
    ///
    /// ```swift
    /// struct FirstLine: Sendable { var text: String }
    /// let line = file.shared(FirstLine.self) { FirstLine(text: String(decoding: $0.head.prefix(80), as: UTF8.self)) }
    /// ```
    public func shared<Value: Sendable>(_ type: Value.Type = Value.self, _ derive: (ExportFile) -> Value) -> Value {
        let key = ObjectIdentifier(type)
        if let known = derived.value(for: key) as? Value { return known }
        // Derived outside the lock, so that a derivation may ask for another shared value; two threads
        // racing derive twice and keep the first.
        return derived.store(derive(self), for: key)
    }

    /// Two export files are equal when they describe the same input: path, kind, size, head and entries.
    public static func == (lhs: ExportFile, rhs: ExportFile) -> Bool {
        lhs.path == rhs.path && lhs.isDirectory == rhs.isDirectory && lhs.size == rhs.size && lhs.head == rhs.head
            && lhs.entries == rhs.entries
    }

    /// Hashes what ``==(_:_:)`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(isDirectory)
        hasher.combine(size)
        hasher.combine(head)
        hasher.combine(entries)
    }
}

/// The values derived from one input's head, by type; guarded by a lock so sniffing may run on any
/// thread.
private final class DerivedValues: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: any Sendable] = [:]

    func value(for key: ObjectIdentifier) -> (any Sendable)? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store<Value: Sendable>(_ value: Value, for key: ObjectIdentifier) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] as? Value { return known }
        values[key] = value
        return value
    }
}
