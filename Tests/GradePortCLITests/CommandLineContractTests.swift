import Foundation
import GradePortCore
import Testing

@Suite struct CommandLineContractTests {
    @Test(arguments: [[], ["platforms"], ["detect"], ["convert"]])
    func everyCommandHasHelpWithAnExample(command: [String]) throws {
        let run = try GradePortProcess.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Examples:"))
        #expect(run.standardOutput.contains("USAGE: gradeport"))
    }

    @Test(arguments: [
        ["convert"],
        ["detect"],
        ["convert", "x.csv", "--to", "yaml"],
        ["convert", "x.csv", "--platform", "moodle"],
        ["convert", "x.csv", "--to", "oneroster"],
        ["convert", "x.csv", "--to", "sds"],
        ["convert", "x.csv", "--to", "oneroster", "-o", "-"],
        ["convert", "x.csv", "--excel"],
        ["convert", "x.csv", "--to", "csv", "--sds-version", "1"],
        ["convert", "x.csv", "--to", "sds", "--sds-version", "3", "-o", "out"],
        ["frobnicate"],
        ["platforms", "--no-such-flag"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let run = try GradePortProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("Error:") || run.standardError.contains("error:"))
    }

    @Test func unknownPlatformNamesTheKnownOnes() throws {
        let run = try GradePortProcess.run(["convert", "x.csv", "--platform", "moodle"])
        #expect(run.standardError.contains("unknown platform 'moodle'; known: "))
    }

    @Test func missingInputExitsWithThreeAndSaysWhere() throws {
        let run = try GradePortProcess.run(["convert", "/no/such/7A.csv"])
        #expect(run.status == 3)
        #expect(run.standardError.contains("/no/such/7A.csv: error: no such file or folder [unreadable-input]"))
        #expect(run.standardOutput.contains("\"format\":\"gradeport/1\""))
        #expect(run.standardOutput.contains("\"code\":\"unreadable-input\""))
    }

    @Test func emptyAndBinaryInputsExitWithThree() throws {
        let folder = GradePortProcess.temporaryFolder()
        let empty = folder + "/empty.csv"
        let binary = folder + "/photo.csv"
        FileManager.default.createFile(atPath: empty, contents: Data())
        FileManager.default.createFile(atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0xFF, 0]))
        let emptyRun = try GradePortProcess.run(["convert", empty])
        #expect(emptyRun.status == 3)
        #expect(emptyRun.standardError.contains("empty.csv: error: the file is empty [empty-input]"))
        let binaryRun = try GradePortProcess.run(["convert", binary])
        #expect(binaryRun.status == 3)
        #expect(binaryRun.standardError.contains("photo.csv: error: binary file"))
        let detectRun = try GradePortProcess.run(["detect", empty])
        #expect(detectRun.status == 3)
    }

    @Test func platformsListsEveryAdapterAsJSON() throws {
        let run = try GradePortProcess.run(["platforms", "--json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let platforms = try #require(object?["platforms"] as? [[String: Any]])
        #expect(platforms.count == BuiltInPlatformIDs.all.count)
        #expect(platforms.compactMap { $0["id"] as? String } == BuiltInPlatformIDs.all)
    }

    @Test func versionIsPrintedAndListedWithThePlatforms() throws {
        let run = try GradePortProcess.run(["--version"])
        #expect(run.status == 0)
        #expect(run.standardOutput == GradePortVersion.current + "\n")
        #expect(GradePortVersion.current.split(separator: ".").count == 3)
        let listed = try GradePortProcess.run(["platforms", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any]
        #expect(object?["version"] as? String == GradePortVersion.current)
        #expect(listed.standardOutput.hasPrefix("{\"version\":\"\(GradePortVersion.current)\",\"platforms\":["))
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = GradePortProcess.temporaryFolder()
        let run = try GradePortProcess.run(["convert", "/no/such.csv", "-o", folder + "/out.json"])
        #expect(run.status == 3)
        #expect(run.standardOutput.isEmpty)
        let written = try String(contentsOfFile: folder + "/out.json", encoding: .utf8)
        #expect(written.hasPrefix("{\n\"format\":\"gradeport/1\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
    }
}

/// The platform ids the built-in registry must list, in order.
enum BuiltInPlatformIDs {
    static let all: [String] = [
        "google-classroom", "teams", "kundelik", "bilimclass", "onlinemektep", "bilimland", "opiq", "oneroster",
        "journal",
    ]
}

@Suite struct OutputDestinationTests {
    /// `-o` naming something that is not a regular file (a named pipe here, `/dev/null` for users)
    /// writes into it; it must never be replaced by a regular file.
    @Test func namedPipeIsWrittenInPlace() throws {
        let folder = GradePortProcess.temporaryFolder()
        let pipe = folder + "/out.fifo"
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = Thread {
            // Opening the pipe for reading blocks until gradeport opens it for writing.
            if let handle = FileHandle(forReadingAtPath: pipe) {
                let data = handle.readDataToEndOfFile()
                FileManager.default.createFile(atPath: folder + "/received.json", contents: data)
            }
        }
        reader.start()
        let run = try GradePortProcess.run(["convert", "/no/such.csv", "-o", pipe])
        #expect(run.status == 3)
        while !FileManager.default.fileExists(atPath: folder + "/received.json") { usleep(10_000) }
        let received = try String(contentsOfFile: folder + "/received.json", encoding: .utf8)
        #expect(received.hasPrefix("{\n\"format\":\"gradeport/1\""))
        let type = try FileManager.default.attributesOfItem(atPath: pipe)[.type] as? FileAttributeType
        #expect(type != nil && type != .typeRegular)
    }
}
