import Foundation
import GradePortTesting
import Testing

/// Issue 15 as a user meets it on the command line: a full disk, standard input, the default store,
/// control characters in file names, a refusal that detection used to hide, a bad byte in a CSV.
@Suite(.timeLimit(.minutes(2))) struct HostileInputTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let grades = fixtures.sample("GoogleClassroom/7A-physics-grades.csv")

    /// Item 10: a full disk is exit 4 with a plain message, never Foundation's error text.
    @Test func fullDiskIsAPlainMessageAndItsOwnStatus() throws {
        let run = try GradePortProcess.run(["convert", Self.grades, "-o", "/dev/full"])
        #expect(run.status == 4, "\(run.standardError)")
        #expect(
            run.standardError.hasSuffix(
                "gradeport: error: cannot write /dev/full: the disk is full; nothing was written\n"))
        #expect(!run.standardError.contains("Domain"))
    }

    /// Item 10: `-` reads standard input, as a file would be read.
    @Test func dashReadsStandardInput() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.grades)))
        let fromFile = try GradePortProcess.run(["convert", Self.grades, "--to", "csv"])
        let fromInput = try GradePortProcess.run(["convert", "-", "--to", "csv"], input: bytes)
        #expect(fromInput.status == 0, "\(fromInput.standardError)")
        let rows = { (text: String) in text.split(separator: "\n").count }
        #expect(rows(fromInput.standardOutput) == rows(fromFile.standardOutput))
        #expect(rows(fromInput.standardOutput) > 10)
        let twice = try GradePortProcess.run(["convert", "-", "/dev/stdin"], input: bytes)
        #expect(twice.status == 2)
        #expect(twice.standardError.contains("standard input (-) can be read only once"))
    }

    /// Item 14: `report` with no inputs reads the default store, `./gradeport.sqlite`.
    @Test func reportUsesTheDefaultStore() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-default-store")
        let imported = try GradePortProcess.run(["import", Self.grades], in: folder.path)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.file("gradeport.sqlite")))
        let report = try GradePortProcess.run(["report", "--format", "csv"], in: folder.path)
        #expect(report.status == 0, "\(report.standardError)")
        #expect(report.standardOutput.contains("Серікқызы"))
        let empty = try TemporaryFolder(prefix: "gradeport-no-store")
        let none = try GradePortProcess.run(["report"], in: empty.path)
        #expect(none.status == 2)
    }

    /// Item 14: control characters in a file name reach the terminal escaped.
    @Test func controlCharactersInFileNamesAreEscaped() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-names")
        let path = try folder.write("7A\u{1B}[2J\rfake.csv", "nothing to see\n")
        let run = try GradePortProcess.run(["convert", path])
        #expect(run.status == 3)
        #expect(!run.standardError.contains("\u{1B}"))
        #expect(!run.standardError.contains("\r"))
        #expect(run.standardError.contains("7A\\u{1B}[2J\\u{D}fake.csv"))
    }

    /// Item 13: without --platform, an XML document that declares entities is refused as such, not
    /// as "no platform recognises this file".
    @Test func detectionSurfacesTheRealRefusal() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-refusal")
        let xxe = try folder.write(
            "grades.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n")
        let run = try GradePortProcess.run(["convert", xxe])
        #expect(run.status == 3)
        #expect(run.standardError.contains("[xml-entity-declaration]"), "\(run.standardError)")
        #expect(!run.standardError.contains("no platform recognises"))
        #expect(!run.standardError.contains("root:"))
        let latin1 = try folder.write("grades.csv", Array("Name,Score\nM".utf8) + [0xFC] + Array("ller,5\n".utf8))
        let encoding = try GradePortProcess.run(["convert", latin1])
        #expect(encoding.status == 3)
        #expect(
            encoding.standardError.contains(
                "grades.csv: error: unknown text encoding (not UTF-8, UTF-16 or Windows-1251)"),
            "\(encoding.standardError)")
    }

    /// Item 13: a Markdown README is no platform's export.
    @Test func markdownReadmeIsNotAnExport() throws {
        let run = try GradePortProcess.run(["detect", "--json", Self.fixtures.sample("Teams/README.md")])
        #expect(!run.standardOutput.contains("\"platform\":\"teams\""), "\(run.standardOutput)")
    }

    /// Item 6: one bad byte in row 3 of a Classroom export costs that cell: every later pupil is
    /// imported, and the import reports the one rejected cell, not a rejected file.
    @Test func oneBadByteIsOneRejectedCell() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-bad-byte")
        var bytes = Array("Last Name,First Name,Email Address,СОР 1 (20)\n".utf8)
        for index in 1...200 {
            bytes += Array("Pupil\(index),Name,p\(index)@school.example,".utf8)
            bytes += index == 3 ? [0x31, 0xFF] : Array("1\(index % 10)".utf8)
            bytes += [0x0A]
        }
        let path = try folder.write("7А Физика.csv", bytes)
        let run = try GradePortProcess.run(["import", "--store", folder.file("s.sqlite"), path])
        #expect(run.status == 1, "\(run.standardError)")
        #expect(
            run.standardError.contains(":4:4: warning: invalid UTF-8 (bytes FF) replaced by"), "\(run.standardError)")
        #expect(
            run.standardOutput.contains("199 result(s)") || run.standardOutput.contains("199 added"),
            "\(run.standardOutput)")
        #expect(run.standardOutput.contains("1 rejected"), "\(run.standardOutput)")
    }
}
