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

    /// Item 10: a file set (OneRoster, folder or `.zip`) that cannot be written whole — here a
    /// file-size limit stands in for a full disk — is an output failure (status 4) that names the
    /// file as the user will look for it, and leaves the destination and its folder as they were.
    @Test(arguments: ["out.zip", "out"])
    func aFileSetThatCannotBeWrittenIsAnOutputFailure(destination: String) throws {
        let folder = try TemporaryFolder(prefix: "gradeport-file-set-limit")
        let limited = try GradePortProcess.run(
            [
                "-c", "ulimit -f 4; exec \"$0\" \"$@\"", GradePortProcess.executable.path, "convert", Self.grades,
                "--to", "oneroster", "-o", destination,
            ],
            in: folder.path, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(limited.status == 4, "\(limited.standardError)")
        let named = destination.hasSuffix(".zip") ? "users.csv of out.zip" : "out/users.csv"
        #expect(
            limited.standardError.hasSuffix(
                "gradeport: error: cannot write \(named): the file is too large; \(destination) was left as it was\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    /// Item 12: a store the user cannot write — a read-only file in a folder they cannot write, as on
    /// a read-only medium or in a colleague's folder — is still read by `history` and `report`
    /// (SQLite cannot make the WAL index beside it), and `import` says it is read-only (status 3).
    /// Run as an ordinary user: as root, permissions would not apply, so the commands run as `nobody`.
    @Test func aStoreTheUserCannotWriteIsStillRead() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-readonly-store")
        let storeFolder = folder.file("store")
        let store = storeFolder + "/gradeport.sqlite"
        try FileManager.default.createDirectory(atPath: storeFolder, withIntermediateDirectories: false)
        let imported = try GradePortProcess.run(["import", Self.grades, "--store", store])
        #expect(imported.status == 0, "\(imported.standardError)")
        // A copy of the executable that any user may run, whatever the checkout's permissions.
        let executable = folder.file("gradeport")
        try FileManager.default.copyItem(atPath: GradePortProcess.executable.path, toPath: executable)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: executable)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: storeFolder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: storeFolder) }
        let asUser = { (arguments: [String]) throws -> GradePortProcess.Run in
            guard getuid() == 0 else {
                return try GradePortProcess.run(arguments, executable: URL(fileURLWithPath: executable))
            }
            return try GradePortProcess.run(
                ["-u", "nobody", "--", executable] + arguments, in: "/",
                executable: URL(fileURLWithPath: "/usr/sbin/runuser"))
        }
        let history = try asUser(["history", "--store", store])
        #expect(history.status == 0, "\(history.standardError)")
        #expect(history.standardOutput.contains("google-classroom grades-csv       64"))
        let report = try asUser(["report", "--store", store, "--format", "csv"])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(report.standardOutput.split(separator: "\n").count == 24)
        let again = try asUser(["import", Self.grades, "--store", store])
        #expect(again.status == 3)
        #expect(again.standardError.contains("is read-only"))
        // Nothing was written beside the store: no WAL index, no journal.
        #expect(try FileManager.default.contentsOfDirectory(atPath: storeFolder) == ["gradeport.sqlite"])
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

    /// Item 10: what is read from standard input is called `-`, as the user named it, in messages,
    /// provenance and `detect`; the temporary copy's path appears nowhere.
    @Test func standardInputIsNamedAsGiven() throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.grades)))
        let json = try GradePortProcess.run(["convert", "-", "--to", "json"], input: bytes)
        #expect(json.status == 0, "\(json.standardError)")
        #expect(json.standardOutput.contains("\"file\":\"-\""))
        let detect = try GradePortProcess.run(["detect", "-"], input: bytes)
        #expect(detect.standardOutput.hasPrefix("-: google-classroom grades-csv"))
        // The third line's score cell is not a score: the error is at -:3:5.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        bytes = Array((lines[0..<2] + ["Иванов,Иван,ivanov@school.kz,90,zz"]).joined(separator: "\n").utf8)
        let bad = try GradePortProcess.run(["convert", "-", "--to", "csv"], input: bytes)
        #expect(bad.standardError.contains("-:3:5: error: "))
        // Standard input is in no folder: --school-from-folder cannot scope it, and says so.
        for command in ["convert", "detect", "import"] {
            let scoped = try GradePortProcess.run([command, "-", "--school-from-folder"], input: bytes)
            #expect(scoped.status == 2)
            #expect(scoped.standardError.contains("standard input (-) is in no folder"))
        }
        let store = try TemporaryFolder(prefix: "gradeport-stdin-import")
        let imported = try GradePortProcess.run(
            ["import", "-", "--store", store.file("s.sqlite")],
            input: Array(try Data(contentsOf: URL(fileURLWithPath: Self.grades))))
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.hasPrefix("import 1: - (google-classroom grades-csv): 64 added"))
        let history = try GradePortProcess.run(["history", "--store", store.file("s.sqlite")])
        #expect(history.standardOutput.contains("0  -\n") || history.standardOutput.hasSuffix(" -\n"))
        for run in [json, detect, bad, imported, history] {
            #expect(!(run.standardOutput + run.standardError).contains("gradeport-stdin"))
        }
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
