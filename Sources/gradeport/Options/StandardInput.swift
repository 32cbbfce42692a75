import ArgumentParser
import Foundation
import GradePortCore

/// `-` (or `/dev/stdin`) as an input: standard input is copied once to a file in a temporary folder,
/// so that the readers, which sniff the head and may read twice, read it like any export.
///
/// The file is named `stdin` with an extension that its first bytes suggest (`.json`, `.xml`,
/// `.xlsx` or `.zip`, else `.csv`); at most ``InputLimits/maxInputBytes`` are taken.
enum StandardInput {
    /// Whether `path` names standard input.
    static func names(_ path: String) -> Bool { path == "-" || path == "/dev/stdin" }

    /// The inputs with standard input replaced by its copy.
    ///
    /// - Throws: ``CommandFailure`` (usage) when standard input is named twice, (unreadable) when it
    ///   cannot be read or is larger than the limit.
    static func resolve(_ paths: [String]) throws -> [String] {
        guard paths.contains(where: names) else { return paths }
        guard paths.count(where: names) == 1 else {
            throw CommandFailure(.usage, "standard input (-) can be read only once; name it once")
        }
        let copy = try spool()
        return paths.map { names($0) ? copy : $0 }
    }

    /// The usage error when standard input is among `paths` and each input's school is to come from
    /// its folder: standard input is in no folder, and its copy's folder names no school.
    static func refuseWithSchoolFromFolder(_ paths: [String]) throws {
        if paths.contains(where: names) {
            throw ValidationError(
                "standard input (-) is in no folder, so --school-from-folder cannot name its school; "
                    + "save it in its school's folder, or read it on its own with --school NAME")
        }
    }

    /// The name the user gave standard input, for messages and provenance.
    static let name = "-"

    /// Whether `path` is this process's copy of standard input.
    static func isCopy(_ path: String) -> Bool { path.hasPrefix(folder + "/stdin.") }

    /// `path` as the user named it: `-` for the copy of standard input, else `path` itself.
    static func displayName(_ path: String) -> String { isCopy(path) ? name : path }

    /// The names to give inputs: `-` for the copy of standard input, if it is among `paths`.
    static func names(in paths: [String]) -> [String: String] {
        paths.first(where: isCopy).map { [$0: name] } ?? [:]
    }

    /// The outcome with the copy of standard input, if it was read, named `-` everywhere.
    static func renamingCopy(in outcome: ReadOutcome, read paths: [String]) -> ReadOutcome {
        guard let copy = paths.first(where: isCopy) else { return outcome }
        var outcome = outcome
        outcome.gradebook.renameInput(copy, to: name)
        outcome.unreadableInputs = outcome.unreadableInputs.map(displayName)
        return outcome
    }

    /// The private folder standard input is copied to.
    private static var folder: String {
        NSTemporaryDirectory() + "gradeport-stdin-\(ProcessInfo.processInfo.processIdentifier)"
    }

    private static func spool() throws -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let limit = InputLimits.standard.maxInputBytes
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure(
                    .unreadable, "standard input cannot be read: \(IOErrorText.posixReason(errno))")
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > limit {
                throw CommandFailure(
                    .unreadable, "standard input is larger than \(InputLimit.inputSize.describe()); save it to a file")
            }
        }
        let path = folder + "/stdin." + fileExtension(bytes)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(
                .unreadable, "standard input cannot be kept in \(folder): \(IOErrorText.reason(error))")
        }
        atexit { try? FileManager.default.removeItem(atPath: StandardInput.folder) }
        return path
    }

    /// The extension the content suggests.
    private static func fileExtension(_ bytes: [UInt8]) -> String {
        let head = bytes.prefix(4096).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let text = String(decoding: bytes.prefix(1 << 20), as: UTF8.self)
            return text.contains("manifest.csv") ? "zip" : "xlsx"
        }
        if let first = head.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return "json" }
        if head.starts(with: Array("<?xml".utf8)) || head.starts(with: Array("<Workbook".utf8)) { return "xml" }
        return "csv"
    }
}
