import Foundation

extension TemporaryFolder {
    /// A folder that lives as long as the test process and is removed, with everything in it, when
    /// the process exits: for files a helper hands out by path (a child process's captured output, a
    /// fixture written for a reader) without a ``TemporaryFolder`` value to keep alive.
    public static let ofThisProcess: TemporaryFolder = {
        let folder = try! TemporaryFolder(prefix: "gradeport-test-process-\(getpid())")
        atexit { try? FileManager.default.removeItem(atPath: TemporaryFolder.ofThisProcess.path) }
        return folder
    }()

    /// A new, empty folder inside ``ofThisProcess``; its path.
    ///
    /// - Parameter prefix: The start of the folder's name (a UUID follows).
    public static func scratch(prefix: String = "scratch") throws -> String {
        let path = ofThisProcess.file("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
