import Foundation
import GradePortCore
import ZIPFoundation

/// A folder uploaded as a `.zip` (an API dump folder, a OneRoster bundle's folder): browsers upload
/// files, not folders. A `.zip` that a platform reads as it is (a OneRoster `.zip`) stays a file.
enum FolderArchive {
    /// The most files a folder archive may hold.
    static let maxEntries = 10_000

    /// The folder to read instead of the `.zip` at `path`: its files extracted next to it (without
    /// the one top folder they may share), or `nil` when `path` is not a `.zip`, a platform reads the
    /// `.zip` itself, or it cannot be extracted safely (then the `.zip` is read, and refused, as it is).
    ///
    /// No entry is written outside the folder: absolute names, `..`, links and anything but plain
    /// files are skipped, and extraction stops at `limit` bytes or ``maxEntries`` files.
    static func expand(_ path: String, limit: Int64, registry: PlatformRegistry) -> String? {
        guard (path as NSString).pathExtension.lowercased() == "zip" else { return nil }
        if let file = try? ExportFile(path: path), !registry.detect(file).isEmpty { return nil }
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else { return nil }
        var files: [(entry: Entry, components: [String])] = []
        var total: UInt64 = 0
        for entry in archive where entry.type == .file {
            let components = entry.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            guard !entry.path.hasPrefix("/"), !components.isEmpty,
                !components.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") }),
                !components.contains(where: { $0.hasPrefix("__MACOSX") || $0.hasPrefix("._") })
            else { continue }
            total += entry.uncompressedSize
            guard total <= UInt64(limit), files.count < maxEntries else { return nil }
            files.append((entry, components))
        }
        guard !files.isEmpty else { return nil }
        let shared = files[0].components.first
        let stripTop = files.allSatisfy { $0.components.count > 1 && $0.components.first == shared }
        let folderName = UploadName.sanitize(
            (((path as NSString).lastPathComponent) as NSString).deletingPathExtension, fallback: "folder")
        let folder = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(folderName)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var written: UInt64 = 0
            for (entry, components) in files {
                let relative = (stripTop ? Array(components.dropFirst()) : components).joined(separator: "/")
                let target = URL(fileURLWithPath: folder).appendingPathComponent(relative).standardizedFileURL
                guard target.path.hasPrefix(folder + "/") else { continue }
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: target.path, contents: nil),
                    let handle = FileHandle(forWritingAtPath: target.path)
                else { throw CocoaError(.fileWriteUnknown) }
                defer { try? handle.close() }
                _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                    written += UInt64(chunk.count)
                    guard written <= UInt64(limit) else { throw CocoaError(.fileWriteOutOfSpace) }
                    try handle.write(contentsOf: chunk)
                }
            }
            try FileManager.default.removeItem(atPath: path)
            return folder
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            return nil
        }
    }
}
