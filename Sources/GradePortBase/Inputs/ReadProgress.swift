import Foundation

/// How far the readers have got through one input: the bytes of its file (or of the files of its
/// folder) they have taken so far, for a page that shows a long read's progress.
///
/// A watcher names the input's path; every streaming byte source of the readers (the table readers'
/// text and ZIP files, the XML reader's input) asks ``tally(opening:)`` when it opens a file and
/// counts through the ``ReadTally`` it gets what it takes from the file; the JSON reader, which
/// loads a file whole, counts how far its parsing has got.
/// A path nobody watches gets no tally, so nothing is counted; no reader's API changes.
///
/// A file read twice (detection, then the adapter) counts as far as the furthest reading got, so
/// ``bytesRead`` never passes ``totalBytes``.
///
/// ```swift
/// let progress = ReadProgress(watching: path)
/// defer { progress.stop() }
/// // … read the input on another thread; poll progress.bytesRead meanwhile.
/// ```
package final class ReadProgress: @unchecked Sendable {
    /// The input watched: a file, or a folder whose files are counted together.
    package let path: String
    /// The size of the file, or of the regular files in the folder (and its subfolders).
    package let totalBytes: Int64
    private let lock = NSLock()
    /// The furthest count a reading of each file reached.
    private var furthest: [String: Int64] = [:]

    /// Starts counting what the readers take from `path` (a file, or every file under a folder).
    package init(watching path: String) {
        self.path = path
        totalBytes = Self.size(of: path)
        Self.watched.add(self)
    }

    /// Stops counting: files opened afterwards are not counted for this input.
    package func stop() {
        Self.watched.remove(self)
    }

    /// The bytes taken so far, at most ``totalBytes``.
    package var bytesRead: Int64 {
        let sum = lock.withLock { furthest.values.reduce(0, +) }
        return min(sum, totalBytes)
    }

    /// A tally for a reader opening `file`, when `file` is a watched input or inside a watched folder.
    package static func tally(opening file: String) -> ReadTally? {
        watched.progress(covering: file).map { ReadTally(progress: $0, file: file) }
    }

    fileprivate func record(_ count: Int64, of file: String) {
        lock.withLock {
            if count > furthest[file, default: 0] { furthest[file] = count }
        }
    }

    fileprivate func covers(_ file: String) -> Bool {
        file == path || file.hasPrefix(path.hasSuffix("/") ? path : path + "/")
    }

    private static let watched = WatchList()

    private static func size(of path: String) -> Int64 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        func fileSize(_ file: String) -> Int64 {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { return 0 }
            return (attributes[.size] as? NSNumber)?.int64Value ?? 0
        }
        guard isFolder.boolValue else { return fileSize(path) }
        guard let files = FileManager.default.enumerator(atPath: path) else { return 0 }
        var total: Int64 = 0
        for case let relative as String in files {
            total += fileSize((path as NSString).appendingPathComponent(relative))
        }
        return total
    }
}

/// What one opened file has given a reader so far, counted for the ``ReadProgress`` watching it.
///
/// Owned by the byte source that opened the file, and used by its thread only.
package final class ReadTally {
    private let progress: ReadProgress
    private let file: String
    private var count: Int64 = 0

    fileprivate init(progress: ReadProgress, file: String) {
        self.progress = progress
        self.file = file
    }

    /// Counts `bytes` more taken from the file.
    package func add(_ bytes: Int) {
        guard bytes > 0 else { return }
        count += Int64(bytes)
        progress.record(count, of: file)
    }

    /// Counts the file as taken up to `offset`: for a reader that loads the file whole and then
    /// parses it (JSON), how far its parsing has got.
    package func reach(_ offset: Int64) {
        guard offset > count else { return }
        count = offset
        progress.record(count, of: file)
    }
}

/// The inputs being watched, looked up when a reader opens a file.
private final class WatchList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ReadProgress] = []

    func add(_ progress: ReadProgress) {
        lock.withLock { items.append(progress) }
    }

    func remove(_ progress: ReadProgress) {
        lock.withLock { items.removeAll { $0 === progress } }
    }

    func progress(covering file: String) -> ReadProgress? {
        lock.withLock { items.last { $0.covers(file) } }
    }
}
