import Foundation
import GradePortCore
import GradePortTesting
import GradePortWriters
import Testing

/// Where a file set goes, and that a failed or refused export leaves nothing behind.
@Suite struct DestinationTests {
    @Test func pathsNameAFolderOrAnArchive() throws {
        #expect(try FileSetDestination(path: "out/export") == .folder("out/export"))
        #expect(try FileSetDestination(path: "out/export.ZIP") == .zip("out/export.ZIP"))
        for bad in ["", "-"] {
            do {
                _ = try FileSetDestination(path: bad)
                Issue.record("\(bad) accepted")
            } catch {
                #expect(error.isDestinationProblem)
            }
        }
        let temporary = try TemporaryFolder(prefix: "gradeport-interchange")
        let folder = temporary.path
        FileManager.default.createFile(atPath: folder + "/file.txt", contents: Data("x".utf8))
        try FileManager.default.createDirectory(atPath: folder + "/dir.zip", withIntermediateDirectories: false)
        #expect(throws: InterchangeError.self) { try FileSetDestination(path: folder + "/file.txt") }
        #expect(throws: InterchangeError.self) { try FileSetDestination(path: folder + "/dir.zip") }
    }

    @Test func aFolderWithOtherFilesIsRefusedAndLeftAlone() throws {
        let temporary = try TemporaryFolder(prefix: "gradeport-interchange")
        let folder = temporary.file("export")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        FileManager.default.createFile(atPath: folder + "/homework.docx", contents: Data("keep".utf8))
        do {
            try OneRosterWriter().write(TestBooks.school(), to: FileSetDestination(path: folder))
            Issue.record("a folder with other files was written into")
        } catch {
            #expect(error.isDestinationProblem)
            #expect(error.message.contains("homework.docx"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["homework.docx"])
        let parent = (folder as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["export"])  // no staging left
    }

    @Test func aPreviousExportIsReplacedWholly() throws {
        let temporary = try TemporaryFolder(prefix: "gradeport-interchange")
        let folder = temporary.file("export")
        try OneRosterWriter().write(TestBooks.school(), to: FileSetDestination(path: folder))
        #expect(FileManager.default.fileExists(atPath: folder + "/results.csv"))
        var rosterOnly = TestBooks.school()
        rosterOnly.assessments = []
        rosterOnly.results = []
        try OneRosterWriter().write(rosterOnly, to: FileSetDestination(path: folder))
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(!names.contains("results.csv") && !names.contains("lineItems.csv") && !names.contains("categories.csv"))
        let manifest = try String(contentsOfFile: folder + "/manifest.csv", encoding: .utf8)
        #expect(manifest.contains("file.results,absent") && manifest.contains("file.users,bulk"))
    }

    @Test func aMissingParentFolderIsADestinationProblem() throws {
        do {
            try OneRosterWriter().write(TestBooks.school(), to: FileSetDestination(path: "/no/such/folder/export.zip"))
            Issue.record("written under a missing folder")
        } catch {
            #expect(error.isDestinationProblem)
            #expect(error.message.contains("/no/such/folder"))
        }
    }
}
