import Foundation
import GradePortTesting
import Testing

/// `-o` never destroys an input, and an export of several files is never written into a folder that
/// was meant to be a file (issue 15, items 9 and 11).
@Suite struct OutputSafetyTests {
    private static let sample = Fixtures(testFile: #filePath).sample("Teams/7A-grades.csv")

    @Test(arguments: [["convert"], ["convert", "--to", "csv"], ["report"]])
    func anOutputThatIsAnInputIsAUsageError(_ command: [String]) throws {
        let folder = try TemporaryFolder(prefix: "gradeport-output")
        let input = folder.file("7A.csv")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: input)
        let link = folder.file("same.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        for output in [input, folder.path + "/./7A.csv", link] {
            let run = try GradePortProcess.run(command + [input, "-o", output])
            #expect(run.status == 2, "\(output): \(run.standardError)")
            #expect(run.standardError.contains("is the input \(input); writing there would destroy it"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        // Another file is fine.
        let run = try GradePortProcess.run(command + [input, "-o", folder.file("out.txt")])
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test(arguments: ["oneroster", "sds"])
    func aFileSetIsNotWrittenIntoAFolderNamedLikeAFile(_ format: String) throws {
        let folder = try TemporaryFolder(prefix: "gradeport-output")
        for name in ["x.csv", "x.json", "x.XLSX"] {
            let output = folder.file(name)
            let run = try GradePortProcess.run(["convert", Self.sample, "--to", format, "-o", output])
            #expect(run.status == 2, "\(name): \(run.standardError)")
            #expect(run.standardError.contains("but this format is several files; name a folder"))
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        let run = try GradePortProcess.run(["convert", Self.sample, "--to", format, "-o", folder.file("7A-export")])
        #expect(run.status == 0, "\(run.standardError)")
    }
}
