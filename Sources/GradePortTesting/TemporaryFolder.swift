import Foundation

/// A folder made for one test and removed, with everything in it, when the value is released.
///
/// Keep the value in a local constant for as long as the test uses the folder or its files; the
/// folder goes away when the last reference to it does:
///
/// ```swift
/// @Test func readsADumpFolder() throws {
///     let folder = try TemporaryFolder()
///     try folder.write("members.json", #"{"value": []}"#)
///     let book = try Fixtures().read(folder.path, with: MyPlatform())
///     #expect(book.people.isEmpty)
/// }
/// ```
public final class TemporaryFolder: Sendable {
    /// The folder's absolute path.
    public let path: String

    /// Makes a fresh, empty folder under the system's temporary folder.
    ///
    /// - Parameter prefix: The start of the folder's name (a UUID follows), so that a folder left
    ///   behind by a crashed test says where it came from.
    public init(prefix: String = "gradeport") throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The path of `name` inside the folder; the file need not exist.
    ///
    /// `name` may name subfolders (`dump/members.json`).
    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Writes `bytes` to `name` inside the folder, making the subfolders `name` names, and returns the
    /// file's path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = file(name)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes `text` as UTF-8 (no byte order mark) to `name` inside the folder and returns the file's
    /// path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}
