import Foundation
import GradePortCore

/// Where machine output goes: standard output, or a file named with `-o`.
///
/// A regular file is written under a temporary name and moved into place at the end, so that an
/// interrupted run never leaves half an output behind under the real name. Anything else that exists
/// — `/dev/null`, `/dev/stdout`, a named pipe — is written in place: replacing it would destroy it.
struct OutputDestination {
    private let handle: FileHandle
    /// The destination as the user named it, for messages.
    private let name: String
    private let temporaryPath: String?
    private let finalPath: String?

    /// Opens the destination: `nil` or `-` is standard output.
    init(path: String?) throws {
        name = path ?? "standard output"
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            finalPath = nil
            return
        }
        if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
            type != .typeRegular
        {
            guard let special = FileHandle(forWritingAtPath: path) else { throw UsageError("cannot write to \(path)") }
            handle = special
            temporaryPath = nil
            finalPath = nil
            return
        }
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let file = FileHandle(forWritingAtPath: temporary)
        else {
            throw UsageError("cannot write to \(path)")
        }
        handle = file
        temporaryPath = temporary
        finalPath = path
    }

    /// Writes bytes.
    ///
    /// - Throws: ``CommandFailure`` (``ExitStatus/outputFailed``) naming the destination and the
    ///   reason in plain words ("the disk is full"); the partial file is removed.
    func write(_ bytes: ArraySlice<UInt8>) throws {
        do {
            try bytes.withUnsafeBytes { try handle.write(contentsOf: $0) }
        } catch {
            throw failure(error)
        }
    }

    /// Finishes the output: closes a file and moves it into place.
    func finish() throws {
        if handle !== FileHandle.standardOutput {
            do { try handle.close() } catch { throw failure(error) }
        }
        guard let temporaryPath, let finalPath else { return }
        // rename(2) replaces the old file in one step: a reader sees the old output or the new one.
        guard rename(temporaryPath, finalPath) == 0 else {
            throw UsageError("cannot move the output into place at \(finalPath)")
        }
    }
}

extension OutputDestination {
    /// The failure to write: the partial file goes, and the message says why in plain words.
    private func failure(_ error: any Error) -> CommandFailure {
        if let temporaryPath {
            try? handle.close()
            unlink(temporaryPath)
        }
        return CommandFailure(.outputFailed, "cannot write \(name): \(IOErrorText.reason(error)); nothing was written")
    }
}

/// A command-line mistake found while running (reported with exit status 2).
struct UsageError: Error, CustomStringConvertible {
    /// What is wrong.
    var description: String

    init(_ description: String) { self.description = description }
}
