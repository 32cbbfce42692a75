import Foundation
import GradePortTesting
import Testing

/// The `gradeport/1` JSON as an input: convert → JSON → convert gives the same bytes, for every
/// sample; a converted file merges with other inputs and reports as its export does.
@Suite struct NativeInputTests {
    static let fixtures = Fixtures(testFile: #filePath)

    @Test(arguments: fixtures.everySample)
    func convertingTheJSONAgainGivesTheSameBytes(_ sample: String) throws {
        let folder = try TemporaryFolder(prefix: "gradeport-native")
        let first = try GradePortProcess.run(["convert", Self.fixtures.sample(sample), "-o", folder.file("1.json")])
        #expect(first.status == 0 || first.status == 1, "\(first.standardError)")
        let again = try GradePortProcess.run(["convert", folder.file("1.json"), "-o", folder.file("2.json")])
        #expect(again.status == first.status, "\(again.standardError)")
        let written = try Data(contentsOf: folder.url.appendingPathComponent("1.json"))
        let readBack = try Data(contentsOf: folder.url.appendingPathComponent("2.json"))
        #expect(written.count > 100)
        #expect(readBack == written)
        // The provenance still names the export, not the JSON file.
        #expect(String(decoding: readBack, as: UTF8.self).contains("\"file\":\"\(Self.fixtures.sample(sample))\""))
    }

    @Test func aMergedFileReadsBackByteForByte() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-native")
        let merged = folder.file("merged.json")
        let inputs = [
            "Merge/kundelik-7A-dump.json", "Merge/7А Математика 2-тоқсан.csv", "Merge/bilimclass-7A-nurlanov.json",
        ].map(Self.fixtures.sample)
        _ = try GradePortProcess.run(["convert"] + inputs + ["-o", merged])
        // A merged file (three sources, a merge summary) reads back byte for byte too.
        let again = try GradePortProcess.run(["convert", merged])
        #expect(Data(again.standardOutput.utf8) == (try Data(contentsOf: URL(fileURLWithPath: merged))))
        #expect(again.standardOutput.contains("\"merge\":{\"preference\":\"last\",\"inputs\":3"))
    }

    @Test func aConvertedExportIsImportedAsThatExport() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-native")
        let export = Self.fixtures.sample("Teams/7A-grades.csv")
        let json = folder.file("7A.json")
        let store = folder.file("school.sqlite")
        _ = try GradePortProcess.run(["convert", export, "-o", json])
        let imported = try GradePortProcess.run(["import", json, "--store", store])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(
            imported.standardOutput.contains(
                "import 1: \(export) (teams grades-csv): 55 added, 0 changed, 0 unchanged, 0 rejected; 12 new people"))
        // The export itself is the same content: recognised by its fingerprint.
        let again = try GradePortProcess.run(["import", export, "--store", store])
        #expect(again.standardOutput.contains("\(export): already imported as import 1 (same SHA-256)"))

        let merged = folder.file("merged.json")
        _ = try GradePortProcess.run(
            ["convert", export, Self.fixtures.sample("Kundelik/7A-api-dump.json"), "-o", merged])
        let refused = try GradePortProcess.run(["import", merged, "--store", store])
        #expect(refused.status == 3)
        #expect(refused.standardError.contains("\(merged): error: this gradeport/1 file holds 2 inputs (a merge)"))
    }

    @Test func detectNamesTheNativeFormat() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-native")
        let json = folder.file("7A.json")
        _ = try GradePortProcess.run(["convert", Self.fixtures.sample("Teams/7A-grades.csv"), "-o", json])
        let run = try GradePortProcess.run(["detect", json])
        #expect(run.status == 0)
        #expect(
            run.standardOutput
                == "\(json): gradeport gradeport/1 (confidence 100: GradePort's own JSON (\"format\":\"gradeport/1\"), "
                + "read back as written)\n")
    }

    @Test func aConvertedFileMergesWithAnotherInputAndReportsAsItsExport() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-native")
        let kundelik = Self.fixtures.sample("Merge/kundelik-7A-dump.json")
        let table = Self.fixtures.sample("Merge/7А Математика 2-тоқсан.csv")
        let json = folder.file("kundelik.json")
        _ = try GradePortProcess.run(["convert", kundelik, "-o", json])

        let direct = try GradePortProcess.run(["convert", kundelik, table])
        let throughJSON = try GradePortProcess.run(["convert", json, table])
        #expect(throughJSON.status == direct.status)
        #expect(throughJSON.standardOutput == direct.standardOutput)
        #expect(throughJSON.standardOutput.contains("\"merge\":{\"preference\":\"last\",\"inputs\":2"))

        let report = try GradePortProcess.run(["report", kundelik, "--format", "csv"])
        let reportFromJSON = try GradePortProcess.run(["report", json, "--format", "csv"])
        #expect(report.status == 0)
        #expect(reportFromJSON.standardOutput == report.standardOutput)
        #expect(report.standardOutput.split(separator: "\n").count > 10)
    }

    @Test(arguments: [
        (
            "{\"format\":\"gradeport/1\",\n\"sources\":[\n{\"id\":\"s1\",\"file\":\"a.csv\",\"platform\":\"teams\"}\n]}",
            "bad.json:3:1: error: source: 'export' is missing [malformed-input]"
        ),
        (
            "{\"format\":\"gradeport/1\",\n\"sources\":[],\n\"people\":[\n{\"id\":\"p\",\"role\":\"pupil\"}]}",
            "bad.json:4:1: error: person: 'role' must be one of student, teacher, found 'pupil' [malformed-input]"
        ),
        (
            "{\"format\":\"gradeport/1\",\n\"people\":[{\"id\":\"p\",\"role\":\"student\",\"nickname\":\"x\"}]}",
            "bad.json:2:11: error: person: unknown field 'nickname'"
        ),
        (
            "{\"format\":\"gradeport/1\",\n\"results\":[\n{\"person\":\"p\",\"assessment\":\"a\",\"status\":\"graded\","
                + "\"score\":5,\"source\":{\"id\":\"s9\"}}]}",
            "bad.json:3:1: error: result: the source 's9' is not in the file's 'sources' [malformed-input]"
        ),
        (
            "{\"format\":\"gradeport/1\",\"sources\":[{\"id\":\"s1\",\"file\":\"a\",\"platform\":\"t\",\"export\":\"e\"}],"
                + "\n\"results\":[{\"person\":\"p\",\"assessment\":\"a\",\"status\":\"graded\",\"score\":5,"
                + "\"maxScore\":10,\"percent\":60,\"source\":{\"id\":\"s1\"}}]}",
            "bad.json:2:12: error: result: 'percent' 60 does not match score/maxScore (50) [malformed-input]"
        ),
        (
            "{\"format\":\"gradeport/1\",\n\"results\":[\n{\"person\":\"p\",\"assessment\":\"a\",\"status\":\"graded\","
                + "\"score\":\"5\"}]}",
            "bad.json:3:1: error: result: 'source' is missing [malformed-input]"
        ),
        (
            "{\"format\":\"gradeport/1\",\n\"sources\":[\n",
            "bad.json:3:1: error:"
        ),
    ])
    func aDamagedFileIsAnErrorAtItsLineAndColumn(text: String, message: String) throws {
        let folder = try TemporaryFolder(prefix: "gradeport-native")
        let path = try folder.write("bad.json", text)
        let run = try GradePortProcess.run(["convert", path])
        #expect(run.status == 3)
        #expect(run.standardError.contains(path.dropLast("bad.json".count) + message), "\(run.standardError)")
    }
}
