import GradePortCore

/// An export a test writes itself: its bytes go to a file in a ``TemporaryFolder``, an adapter reads
/// the file the way `gradeport convert --platform` does, and the folder is removed again.
///
/// Use it for inputs too small or too odd to be samples:
///
/// ```swift
/// @Test func negativeScoreIsAnError() throws {
///     let book = try TemporaryExport.read("Name,Quiz\nАружан,-1\n", named: "7A.csv", with: MyPlatform())
///     #expect(book.diagnostics(.negativeScore).count == 1)
/// }
/// ```
///
/// The file name matters: adapters sniff by extension and may take a class or course from the name.
/// Diagnostics and sources name the file by its temporary path, which is gone once this returns.
public enum TemporaryExport {
    /// Writes `bytes` to a temporary file called `name` and reads it with `platform`.
    public static func read(
        _ bytes: [UInt8], named name: String, with platform: any LearningPlatform
    ) throws
        -> Gradebook
    {
        let folder = try TemporaryFolder(prefix: "gradeport-export")
        let path = try folder.write(name, bytes)
        return try withExtendedLifetime(folder) { try Fixtures.readGradebook(path, with: platform) }
    }

    /// Writes `text` as UTF-8 (no byte order mark) to a temporary file called `name` and reads it with
    /// `platform`.
    public static func read(
        _ text: String, named name: String, with platform: any LearningPlatform
    ) throws
        -> Gradebook
    {
        try read(Array(text.utf8), named: name, with: platform)
    }
}
