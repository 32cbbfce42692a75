import Foundation
import GradePortTesting
import Testing

/// `gradeport convert --to oneroster|sds|classroom-roster` and `--excel`, run as a user would.
@Suite struct InterchangeCommandTests {
    static let fixtures = Fixtures(testFile: #filePath)

    static func json(_ run: GradePortProcess.Run) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    @Test(arguments: ["bundle", "bundle.zip"])
    func oneRosterExportReadsBackToTheSameResults(_ name: String) throws {
        let folder = GradePortProcess.temporaryFolder()
        let input = Self.fixtures.sample("Kundelik/api-dump")
        let export = try GradePortProcess.run(["convert", input, "--to", "oneroster", "-o", folder + "/" + name])
        #expect(export.status == 0)
        #expect(export.standardOutput.isEmpty)
        #expect(export.standardError.contains("gradeport: wrote \(folder)/\(name): manifest.csv (25), orgs.csv (1)"))
        #expect(export.standardError.contains("results.csv (142)"))
        let detect = try GradePortProcess.run(["detect", folder + "/" + name])
        #expect(
            detect.standardOutput.contains("oneroster csv-\(name.hasSuffix(".zip") ? "zip" : "folder") (confidence 100")
        )
        let original = try Self.json(try GradePortProcess.run(["convert", input]))
        let back = try Self.json(try GradePortProcess.run(["convert", folder + "/" + name]))
        #expect((back["results"] as? [Any])?.count == 142)
        for key in ["people", "classes", "subjects", "terms"] {
            let ids = { (json: [String: Any]) in
                (json[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            }
            #expect(ids(back) == ids(original), "\(key)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [name])
    }

    @Test func fileSetsNeedAFolderOrAZip() throws {
        let folder = GradePortProcess.temporaryFolder()
        let input = Self.fixtures.sample("Teams/7A-grades.csv")
        let missing = try GradePortProcess.run(["convert", input, "--to", "oneroster"])
        #expect(missing.status == 2)
        #expect(
            missing.standardError.contains("--to oneroster writes several files; name a folder or a .zip file with -o"))
        FileManager.default.createFile(atPath: folder + "/grades.json", contents: Data("{}".utf8))
        let file = try GradePortProcess.run(["convert", input, "--to", "sds", "-o", folder + "/grades.json"])
        #expect(file.status == 2)
        #expect(file.standardError.contains("is a file; name a folder"))
        try FileManager.default.createDirectory(atPath: folder + "/mine", withIntermediateDirectories: false)
        FileManager.default.createFile(atPath: folder + "/mine/notes.txt", contents: Data("keep".utf8))
        let foreign = try GradePortProcess.run(["convert", input, "--to", "oneroster", "-o", folder + "/mine"])
        #expect(foreign.status == 2)
        #expect(foreign.standardError.contains("holds files this export does not write (notes.txt)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/mine") == ["notes.txt"])
        let noParent = try GradePortProcess.run(["convert", input, "--to", "oneroster", "-o", folder + "/a/b.zip"])
        #expect(noParent.status == 2)
        #expect(noParent.standardError.contains("does not exist"))
    }

    @Test func rejectedRowsStillGiveTheExportAndExitOne() throws {
        let folder = GradePortProcess.temporaryFolder()
        let run = try GradePortProcess.run([
            "convert", Self.fixtures.sample("GoogleClassroom/bad/negative-score.csv"), "--to", "oneroster", "-o",
            folder + "/out.zip",
        ])
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: negative score"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out.zip"))
    }

    @Test func schoolDataSyncVersionsAndOmissions() throws {
        let folder = GradePortProcess.temporaryFolder()
        let teams = try GradePortProcess.run([
            "convert", Self.fixtures.sample("Teams/graph-dump"), "--to", "sds", "-o", folder + "/v2",
        ])
        #expect(teams.status == 0)
        let users = try String(contentsOfFile: folder + "/v2/users.csv", encoding: .utf8)
        #expect(
            users.hasPrefix(
                "sourcedId,username,givenName,familyName,password,activeDirectoryMatchId,email,phone,sms\r\n"))
        #expect(!teams.standardError.contains("left out"))
        let kundelik = try GradePortProcess.run([
            "convert", Self.fixtures.sample("Kundelik/api-dump"), "--to", "sds", "--sds-version", "1", "-o",
            folder + "/v1.zip",
        ])
        #expect(kundelik.status == 0)
        #expect(
            kundelik.standardError.contains(
                "gradeport: warning: Серікқызы Аружан Ерланқызы (kundelik:person:2120551935349716683) left out: "
                    + "no e-mail address"))
        #expect(kundelik.standardError.contains("School.csv (1), Section.csv (3), Student.csv (0)"))
    }

    @Test func classroomRosterToStandardOutput() throws {
        let run = try GradePortProcess.run([
            "convert", Self.fixtures.sample("GoogleClassroom/7A-physics-grades.csv"), "--to", "classroom-roster",
        ])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.first == "class,email,name,family_name,given_name")
        #expect(lines.count == 13)
        #expect(lines[1].hasPrefix("7А physics,") && lines[1].contains("@school.example,"))
    }

    @Test func aClassroomCSVBecomesAWorkbook() throws {
        let folder = GradePortProcess.temporaryFolder()
        let input = Self.fixtures.sample("GoogleClassroom/7A-physics-grades.csv")
        let run = try GradePortProcess.run(["convert", input, "--to", "xlsx", "-o", folder + "/7A.xlsx"])
        #expect(run.status == 0)
        #expect(run.standardOutput.isEmpty)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/7A.xlsx")))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // The workbook is a table file GradePort reads: detection sees a workbook, not an unknown file.
        let detect = try GradePortProcess.run(["detect", folder + "/7A.xlsx"])
        #expect(!detect.standardError.contains("binary file"))
        let refused = try GradePortProcess.run(["convert", input, "--to", "xlsx", "--excel", "-o", folder + "/x.xlsx"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--excel applies to"))
    }

    @Test func excelCSVBytes() throws {
        let folder = GradePortProcess.temporaryFolder()
        let run = try GradePortProcess.run([
            "convert", Self.fixtures.sample("GoogleClassroom/7A-physics-grades.csv"), "--to", "csv", "--excel", "-o",
            folder + "/excel.csv",
        ])
        #expect(run.status == 0)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/excel.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("student;student_id;email;class;subject;term;assessment;assessment_id;kind;score;max;"))
        #expect(text.contains(";18,5;20;92,5;graded;"))
        #expect(text.contains("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n\n"))
        let usage = try GradePortProcess.run(["convert", Self.fixtures.sample("Teams/7A-grades.csv"), "--excel"])
        #expect(usage.status == 2)
        #expect(usage.standardError.contains("--excel applies to --to csv and --to classroom-roster only"))
    }
}
