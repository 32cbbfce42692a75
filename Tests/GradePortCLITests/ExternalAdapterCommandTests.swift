import Foundation
import GradePortTesting
import Testing

/// External adapters on the command line: found in each discovery place, detected, converted,
/// merged with a built-in platform's export, listed and checked; misbehaving ones refused with
/// their message and exit status; an import from a failed adapter commits nothing.
@Suite struct ExternalAdapterCommandTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let adapterFixtures = fixtures.packageRoot + "/Tests/ExternalAdaptersTests/Fixtures"
    static let plain = adapterFixtures + "/gradeport-adapter-plainjournal.py"
    static let sample = adapterFixtures + "/sample.csv"
    static let moodle = fixtures.packageRoot + "/Plugins/moodle/gradeport-adapter-moodle.py"

    /// An empty folder standing for the user's data and cache folders (the describe cache is written there).
    static let isolatedHome = GradePortProcess.temporaryFolder()

    /// An environment in which nothing is discovered unless a test adds it.
    static func isolated(_ extra: [String: String?] = [:]) -> [String: String?] {
        var environment: [String: String?] = [
            "GRADEPORT_ADAPTER_PATH": nil, "XDG_DATA_HOME": isolatedHome + "/data",
            "XDG_CACHE_HOME": isolatedHome + "/cache",
            "GRADEPORT_ADAPTER_TIMEOUT": nil,
        ]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// A temporary folder holding a copy of the plain-journal adapter named `name`.
    static func folder(with name: String) throws -> String {
        let folder = GradePortProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: plain, toPath: folder + "/" + name)
        return folder
    }

    /// A folder with `gradeport-adapter-<mode>.py` linked to the misbehaving fixture, and an input.
    static func misbehaving(_ mode: String) throws -> (program: String, input: String) {
        let folder = GradePortProcess.temporaryFolder()
        let program = folder + "/gradeport-adapter-\(mode).py"
        try FileManager.default.createSymbolicLink(
            atPath: program, withDestinationPath: adapterFixtures + "/misbehaving.py")
        let input = folder + "/input.bad"
        try "anything\n".write(toFile: input, atomically: true, encoding: .utf8)
        return (program, input)
    }

    @Test func detectsAnAdapterFoundInEachPlace() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let option = try Self.folder(with: "gradeport-adapter-plainjournal.py")
        let environment = try Self.folder(with: "gradeport-adapter-plainjournal.py")
        let data = GradePortProcess.temporaryFolder()
        try FileManager.default.createDirectory(atPath: data + "/gradeport/adapters", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Self.plain, toPath: data + "/gradeport/adapters/gradeport-adapter-plainjournal.py")
        let bin = try Self.folder(with: "gradeport-adapter-plainjournal")
        let places: [(arguments: [String], environment: [String: String?], path: String)] = [
            (["--adapter", option], [:], option + "/gradeport-adapter-plainjournal.py"),
            ([], ["GRADEPORT_ADAPTER_PATH": environment], environment + "/gradeport-adapter-plainjournal.py"),
            ([], ["XDG_DATA_HOME": data], data + "/gradeport/adapters/gradeport-adapter-plainjournal.py"),
            ([], ["PATH": bin + ":" + path], bin + "/gradeport-adapter-plainjournal"),
        ]
        for place in places {
            let run = try GradePortProcess.run(
                ["detect", Self.sample, "--json"] + place.arguments, environment: Self.isolated(place.environment))
            #expect(run.status == 0, "\(run.standardError)")
            #expect(
                run.standardOutput.contains(
                    "\"platform\":\"plainjournal\",\"export\":\"journal-csv\",\"confidence\":95"))
            let platforms = try GradePortProcess.run(
                ["platforms"] + place.arguments, environment: Self.isolated(place.environment))
            #expect(
                platforms.standardOutput.contains(
                    "plainjournal  Plain journal (test adapter)  (external 1.0, \(place.path))"))
            // --no-external-adapters turns discovery off; --adapter still works.
            let off = try GradePortProcess.run(
                ["detect", Self.sample, "--json", "--no-external-adapters"] + place.arguments,
                environment: Self.isolated(place.environment))
            #expect(off.standardOutput.contains("\"platform\":\"plainjournal\"") == !place.arguments.isEmpty)
        }
    }

    @Test func neverFindsAnAdapterInTheCurrentFolder() throws {
        let folder = try Self.folder(with: "gradeport-adapter-plainjournal")
        let run = try GradePortProcess.run(
            ["detect", Self.sample], in: folder,
            environment: Self.isolated(["PATH": ".:" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]))
        #expect(!run.standardOutput.contains("plainjournal journal-csv"))
    }

    @Test func convertsWithExactValuesAndPlatformOption() throws {
        let run = try GradePortProcess.run(
            ["convert", Self.sample, "--adapter", Self.plain, "--platform", "plainjournal", "--to", "csv"],
            environment: Self.isolated())
        #expect(run.status == 1)
        #expect(
            run.standardOutput.contains(
                "Серікқызы Аружан,plainjournal:p6,aruzhan@school.kz,7А,Алгебра,plainjournal:2025-2026/Q2,СОЧ,plainjournal:a5,termSummative,17.5,20,87.5,graded,\"17,5\""
            ))
        #expect(run.standardError.contains("sample.csv:8:4: error: negative score -3 rejected [negative-score]"))
    }

    @Test(arguments: [
        (
            "stdoutlog", Int32(1),
            "wrote a line that is not JSON on standard output: \"Reading the file now...\"; adapters must log to standard error"
        ),
        (
            "hang", 3,
            "gave no answer to 'read' within the limit of 1 s without a new line (set GRADEPORT_ADAPTER_TIMEOUT to allow longer); it was stopped"
        ),
        ("crash", 1, "failed during 'read' (exit status 7); its standard error ended with:"),
        ("nosummary", 1, "ended 'read' (exit status 0) without its summary line: its output is incomplete"),
        (
            "undefinedref", 1,
            "'result' line: person 'ghost' was not defined by an earlier person line; skipped [dangling-reference]"
        ),
        ("longline", 1, "wrote a line longer than the protocol's limit of 1 MiB"),
        ("stderrflood", 0, "1 result(s)"),
        (
            "protocol99", 3,
            "speaks gradeport-adapter/99, but this GradePort speaks gradeport-adapter/1: update the adapter (or GradePort) so that both speak the same version"
        ),
        ("builtinid", 3, "takes the id of a built-in platform; it is not loaded: give it another id"),
    ])
    func aMisbehavingAdapterGivesItsMessageAndStatus(_ mode: String, _ status: Int32, _ message: String) throws {
        let (program, input) = try Self.misbehaving(mode)
        let start = ContinuousClock.now
        let run = try GradePortProcess.run(
            ["convert", input, "--adapter", program, "--to", "csv"],
            environment: Self.isolated(mode == "hang" ? ["GRADEPORT_ADAPTER_TIMEOUT": "1"] : [:]))
        #expect(run.status == status, "\(run.standardError)")
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(ContinuousClock.now - start < .seconds(30))
        // The adapter process is gone: neither running nor a zombie.
        if let pid = try? String(contentsOfFile: input + ".pid", encoding: .utf8) {
            #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"))
        }
    }

    @Test func aRefusedAdapterKeepsItsStatusWithPlatformNamed() throws {
        let (program, input) = try Self.misbehaving("protocol99")
        let run = try GradePortProcess.run(
            ["convert", input, "--adapter", program, "--platform", "protocol99"], environment: Self.isolated())
        #expect(run.status == 3)
        #expect(run.standardError.hasPrefix("gradeport: error: adapter \(program) speaks gradeport-adapter/99"))
        let missing = try GradePortProcess.run(
            ["convert", input, "--adapter", "/no/such/adapter", "--platform", "x"], environment: Self.isolated())
        #expect(missing.status == 2)
        #expect(missing.standardError == "gradeport: error: --adapter /no/such/adapter: no such file or folder\n")
    }

    @Test func anImportFromAnAdapterThatFailedMidwayCommitsNothing() throws {
        let (program, input) = try Self.misbehaving("crash")
        let store = GradePortProcess.temporaryFolder() + "/store.sqlite"
        let run = try GradePortProcess.run(
            ["import", input, "--adapter", program, "--store", store], environment: Self.isolated())
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("not imported: its adapter failed part-way"))
        let history = try GradePortProcess.run(["history", "--store", store, "--json"], environment: Self.isolated())
        #expect(!history.standardOutput.contains("input.bad"))
    }

    @Test func moodlePassesTheCheck() throws {
        let samples = ["7A-physics-grades.csv", "8B-algebra-grades-excel.csv", "7A-physics-grades.xml"].map {
            Self.fixtures.sample("Moodle/" + $0)
        }
        let run = try GradePortProcess.run(["adapters", "check", Self.moodle] + samples, environment: Self.isolated())
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(!run.standardOutput.contains("FAIL"))
        #expect(run.standardOutput.contains("PASS  unicode-round-trip: "))
        #expect(run.standardOutput.split(separator: "\n").count == 24)
    }

    @Test func checkComparesWithAGoldenFile() throws {
        let root = Self.fixtures.packageRoot
        let sample = "Samples/Moodle/8B-algebra-grades-excel.csv"
        let golden = GradePortProcess.temporaryFolder() + "/golden.json"
        let made = try GradePortProcess.run(
            ["convert", sample, "--adapter", "Plugins/moodle", "--to", "json", "-o", golden], in: root,
            environment: Self.isolated())
        #expect(made.status == 1)  // the cell "двадцать" is rejected
        let check = ["adapters", "check", "Plugins/moodle/gradeport-adapter-moodle.py", sample, "--golden", golden]
        let passed = try GradePortProcess.run(check, in: root, environment: Self.isolated())
        #expect(passed.standardOutput.contains("PASS  golden: \(golden)"))
        #expect(passed.status == 0, "\(passed.standardOutput)")
        let text = try String(contentsOfFile: golden, encoding: .utf8)
        try text.replacingOccurrences(of: "\"17.5\"", with: "\"17.4\"").replacingOccurrences(
            of: ":17.5,", with: ":17.4,"
        )
        .write(toFile: golden, atomically: true, encoding: .utf8)
        let failed = try GradePortProcess.run(check, in: root, environment: Self.isolated())
        #expect(failed.status == 1)
        #expect(failed.standardOutput.contains("FAIL  golden: \(golden)"))
    }

    @Test func checkReportsABrokenAdapter() throws {
        let (program, input) = try Self.misbehaving("nosummary")
        let run = try GradePortProcess.run(["adapters", "check", program, input], environment: Self.isolated())
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("FAIL  hello-and-summary: read \(input): the last line is not summary"))
    }

    @Test func anAdapterWrittenFromTheProtocolAloneMergesWithABuiltInExport() throws {
        let run = try GradePortProcess.run(
            [
                "convert", Self.adapterFixtures + "/7A-physics.csv",
                Self.fixtures.sample("GoogleClassroom/7A-physics-grades.csv"), "--adapter", Self.plain, "--to", "csv",
            ], environment: Self.isolated())
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardError.contains(
                "merged 2 inputs: 16 people records → 12 people (matched by iin 0, email 4, platform link 0, name 0"))
        // One person, results from both platforms: the plain journal's СОР 2 and Classroom's СОР 1.
        let aruzhan = run.standardOutput.split(separator: "\n").filter { $0.hasPrefix("Серікқызы Аружан,") }
        #expect(aruzhan.contains { $0.contains(",СОР 2 по разделу «Динамика»,") && $0.contains(",19,20,95,graded,") })
        #expect(
            aruzhan.contains { $0.contains(",СОР 1 по разделу «Кинематика»,") && $0.contains(",18.5,20,92.5,graded,") })
        #expect(Set(aruzhan.map { $0.split(separator: ",")[1] }).count == 1)
    }

    @Test func moodleMergesWithTheGoogleClassroomExportOfTheSameClass() throws {
        let run = try GradePortProcess.run(
            [
                "convert", "Samples/Moodle/7A-physics-grades.csv", "Samples/GoogleClassroom/7A-physics-grades.csv",
                "--adapter", "Plugins/moodle", "--to", "json",
            ], in: Self.fixtures.packageRoot, environment: Self.isolated())
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("merged 2 inputs: 20 people records → 12 people (matched by iin 0, email 8"))
        let differences = Self.fixtures.golden("GradePortCLITests/Golden/moodle-merge-7A.json")
            .differences(from: run.standardOutput)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func platformsJSONAndReportUseTheAdapterLikeABuiltInOne() throws {
        let platforms = try GradePortProcess.run(
            ["platforms", "--json", "--adapter", Self.plain], environment: Self.isolated())
        #expect(platforms.status == 0)
        #expect(
            platforms.standardOutput.contains(
                "\"id\":\"plainjournal\",\"name\":\"Plain journal (test adapter)\",\"profile\":false,\"external\":true,"
                    + "\"path\":\"\(Self.plain)\",\"version\":\"1.0\""))
        let report = try GradePortProcess.run(
            ["report", Self.sample, "--adapter", Self.plain, "--format", "csv"], environment: Self.isolated())
        #expect(report.status == 1)  // the negative score is rejected
        #expect(report.standardOutput.contains("plainjournal:p6,Серікқызы Аружан,7А,Алгебра,"))
    }

    @Test func adaptersListShowsOriginPathVersionAndProtocol() throws {
        let run = try GradePortProcess.run(["adapters", "list", "--adapter", Self.plain], environment: Self.isolated())
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("kundelik  Kundelik"))
        #expect(run.standardOutput.contains("  built-in\n"))
        #expect(
            run.standardOutput.contains(
                "plainjournal  Plain journal (test adapter)  external  \(Self.plain)  version 1.0  gradeport-adapter/1  (--adapter)"
            ))
    }
}
