import Foundation
import GradePortTesting
import Testing

/// Inputs that are not regular files — a name linked to `/dev/zero`, a FIFO nobody writes to — are
/// refused at once as unreadable, by every command that reads inputs; none of them is opened or
/// hashed (before the fix, `import` read `/dev/zero` for ever and a FIFO blocked on opening).
@Suite(.timeLimit(.minutes(1))) struct IrregularInputTests {
    /// A folder with `zero.csv` linked to `/dev/zero` and `journal.csv`, a FIFO without a writer.
    private static func inputs() throws -> (folder: TemporaryFolder, zero: String, fifo: String) {
        let folder = try TemporaryFolder(prefix: "gradeport-irregular")
        let zero = folder.file("zero.csv")
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let fifo = folder.file("journal.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        return (folder, zero, fifo)
    }

    @Test(arguments: [["convert"], ["convert", "--platform", "teams"], ["report"], ["detect"]])
    func readingCommandsRefuseThemAsUnreadable(_ command: [String]) throws {
        let (folder, zero, fifo) = try Self.inputs()
        defer { withExtendedLifetime(folder) {} }
        let run = try GradePortProcess.run(command + [zero, fifo])
        #expect(run.status == 3, "\(run.standardError)")
        #expect(run.standardError.contains("zero.csv: error: not a regular file (a device)"))
        #expect(run.standardError.contains("journal.csv: error: not a regular file (a pipe)"))
    }

    @Test func importRefusesThemWithoutHashingAndStoresNothing() throws {
        let (folder, zero, fifo) = try Self.inputs()
        let store = folder.file("gradeport.sqlite")
        let run = try GradePortProcess.run(["import", "--store", store, zero, fifo])
        #expect(run.status == 3, "\(run.standardError)")
        #expect(run.standardError.contains("not a regular file (a device); save the export to a file and name that"))
        #expect(run.standardOutput.contains("zero.csv: not imported: it could not be read"))
        #expect(run.standardOutput.contains("journal.csv: not imported: it could not be read"))
    }

    /// A 2 GB all-NUL `.csv` is sniffed (its first 64 KiB) and refused before anything hashes it:
    /// `import` answers at once instead of reading 2 GB first.
    @Test func importSniffsBeforeItHashes() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-irregular")
        let path = folder.file("nul.csv")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 2 << 30)  // sparse: nothing is written to the disk
        try handle.close()
        let run = try GradePortProcess.run(["import", "--store", folder.file("gradeport.sqlite"), path])
        #expect(run.status == 3, "\(run.standardError)")
        #expect(run.standardError.contains("nul.csv: error: binary file: not a CSV, JSON or XML export"))
        #expect(run.standardOutput.contains("nul.csv: not imported: it could not be read"))
    }
}
