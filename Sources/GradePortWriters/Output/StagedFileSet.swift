import Foundation
import GradePortCore
import ZIPFoundation

/// The files of one export, written into a staging folder beside the destination and moved into
/// place (or packed into the archive) only when every one of them is complete.
///
/// An interrupted export leaves the destination as it was. A destination folder that already exists
/// may hold only files this kind of export writes (a previous export); they are replaced, and those
/// this export does not write again are removed, so the folder never mixes two exports.
final class StagedFileSet {
    let destination: FileSetDestination
    let format: CSVFormat
    /// The names an export of this kind may write; anything else in an existing folder stops it.
    let knownNames: Set<String>
    private let staging: String
    private var tables: [CSVTableFile] = []
    private var committed = false

    /// Every ZIP entry gets this modification time, so that the same export gives the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01T00:00:00Z

    init(destination: FileSetDestination, format: CSVFormat, knownNames: Set<String>) throws(InterchangeError) {
        self.destination = destination
        self.format = format
        self.knownNames = knownNames
        let target = URL(fileURLWithPath: destination.path)
        let parent = target.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw InterchangeError(
                "the folder \(parent) does not exist; create it or choose another destination",
                isDestinationProblem: true)
        }
        if case .folder(let path) = destination, FileManager.default.fileExists(atPath: path) {
            let present = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let foreign = present.filter { !$0.hasPrefix(".") && !knownNames.contains($0) }.sorted()
            if !foreign.isEmpty {
                throw InterchangeError(
                    "\(path) holds files this export does not write (\(foreign.prefix(3).joined(separator: ", "))"
                        + "\(foreign.count > 3 ? ", …" : "")); choose an empty or new folder",
                    isDestinationProblem: true)
            }
        }
        staging = (parent as NSString).appendingPathComponent(
            ".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        )
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw InterchangeError("cannot create a staging folder in \(parent): \(IOErrorText.reason(error))")
        }
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Starts a table file with its header row.
    ///
    /// - Parameter first: Whether the file goes first in the archive (a manifest written last).
    func table(_ name: String, columns: [String], first: Bool = false) throws(InterchangeError) -> CSVTableFile {
        let label =
            switch destination {
            case .folder(let path): (path as NSString).appendingPathComponent(name)
            case .zip(let path): "\(name) of \(path)"
            }
        let table = try CSVTableFile(name: name, columns: columns, folder: staging, format: format, label: label)
        if first { tables.insert(table, at: 0) } else { tables.append(table) }
        return table
    }

    /// Closes a table; a table without data rows is deleted (formats such as OneRoster forbid them).
    ///
    /// - Returns: Whether the file was kept.
    @discardableResult
    func finish(_ table: CSVTableFile, keepEmpty: Bool = false) throws(InterchangeError) -> Bool {
        try table.close()
        guard table.rows == 0 && !keepEmpty else { return true }
        try? FileManager.default.removeItem(atPath: (staging as NSString).appendingPathComponent(table.name))
        tables.removeAll { $0 === table }
        return false
    }

    /// The names of the files kept so far, in the order they were started.
    var fileNames: [String] { tables.map(\.name) }

    /// Moves the files into the destination folder, or packs them into the destination archive.
    func commit() throws(InterchangeError) {
        switch destination {
        case .folder(let path): try commitFolder(path)
        case .zip(let path): try commitArchive(path)
        }
        committed = true
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func commitFolder(_ path: String) throws(InterchangeError) {
        let manager = FileManager.default
        do {
            if !manager.fileExists(atPath: path) {
                try manager.moveItem(atPath: staging, toPath: path)
                return
            }
            let written = Set(fileNames)
            for stale in try manager.contentsOfDirectory(atPath: path)
            where knownNames.contains(stale) && !written.contains(stale) {
                try manager.removeItem(atPath: (path as NSString).appendingPathComponent(stale))
            }
            for name in fileNames {
                // rename(2) replaces each file in one step.
                let from = (staging as NSString).appendingPathComponent(name)
                let to = (path as NSString).appendingPathComponent(name)
                guard rename(from, to) == 0 else {
                    throw InterchangeError("cannot move \(name) into \(path): \(String(cString: strerror(errno)))")
                }
            }
        } catch let error as InterchangeError {
            throw error
        } catch {
            throw InterchangeError("cannot write into \(path): \(IOErrorText.reason(error))")
        }
    }

    private func commitArchive(_ path: String) throws(InterchangeError) {
        let partial = (staging as NSString).appendingPathComponent("archive.zip")
        do {
            let archive = try Archive(url: URL(fileURLWithPath: partial), accessMode: .create)
            for name in fileNames {
                let file = (staging as NSString).appendingPathComponent(name)
                guard let handle = FileHandle(forReadingAtPath: file) else {
                    throw InterchangeError("cannot read back \(file)")
                }
                defer { try? handle.close() }
                let size = Int64(try handle.seekToEnd())
                try handle.seek(toOffset: 0)
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: size, modificationDate: Self.entryDate,
                    permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 16
                ) { _, chunk in
                    try handle.read(upToCount: chunk) ?? Data()
                }
            }
        } catch let error as InterchangeError {
            throw error
        } catch {
            throw InterchangeError("cannot write the archive \(path): \(IOErrorText.reason(error))")
        }
        guard rename(partial, path) == 0 else {
            throw InterchangeError("cannot move the archive into place at \(path): \(String(cString: strerror(errno)))")
        }
    }
}
