import ArgumentParser
import Foundation

/// `gradeport-bench adapters`: what external adapters cost. The same Classroom CSV converted
/// in-process and through the protocol (the built-in adapter served by `gradeport-builtin-adapters`
/// under another id); a Python adapter's start-up (`describe` of the Moodle plugin, against a bare
/// `python3 -c pass`); and `detect` over 100 files with two external adapters installed, with the
/// `describe` cache cold and warm, against no external adapters.
struct MeasureAdapters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adapters", abstract: "Measure the external-adapter phases only.")

    @Option(help: "The gradeport executable (gradeport-builtin-adapters must be next to it).")
    var gradeport: String

    @Option(help: "Where to write the synthetic files.")
    var data = "bench-data"

    @Option(help: "The Moodle adapter (a Python adapter) to measure start-up with.")
    var moodle = "Plugins/moodle/gradeport-adapter-moodle.py"

    @Option(help: "The Moodle sample copied 50 times for detect.")
    var moodleSample = "Samples/Moodle/7A-physics-grades.csv"

    func run() throws {
        var table = BenchTable()
        try Self.measure(gradeport: gradeport, data: data, moodle: moodle, moodleSample: moodleSample, into: &table)
        print(table.render())
    }

    /// Adds the adapter phases to the table.
    static func measure(
        gradeport: String, data: String, moodle: String, moodleSample: String, into table: inout BenchTable
    ) throws {
        let folder = data + "/adapters"
        let installed = folder + "/installed"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: installed, withIntermediateDirectories: true)
        let builtIn = (gradeport as NSString).deletingLastPathComponent + "/gradeport-builtin-adapters"
        let proxy = installed + "/gradeport-adapter-classroom-proxy"
        let script = "#!/bin/sh\nexec '\(builtIn)' google-classroom --as classroom-proxy \"$@\"\n"
        guard
            FileManager.default.createFile(
                atPath: proxy, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        else { throw ValidationError("cannot write \(proxy)") }
        let moodlePath = URL(fileURLWithPath: moodle).standardizedFileURL.path
        try FileManager.default.createSymbolicLink(
            atPath: installed + "/gradeport-adapter-moodle.py", withDestinationPath: moodlePath)
        setenv("XDG_CACHE_HOME", folder + "/cache", 1)
        unsetenv("GRADEPORT_ADAPTER_PATH")

        // 1. The same file in-process and through the protocol.
        var generator = SyntheticExports()
        let csv = folder + "/classroom-2000x300.csv"
        try generator.writeClassroomCSV(to: csv, students: 2000, assignments: 300)
        let results = generator.resultCount
        let inProcess = try ChildProcess.run(
            [gradeport, "convert", csv, "--platform", "google-classroom", "--no-external-adapters", "--to", "json"],
            discardOutput: true)
        table.addConvert("convert in-process", file: csv, results: results, inProcess)
        let throughProtocol = try ChildProcess.run(
            [
                gradeport, "convert", csv, "--adapter", proxy, "--platform", "classroom-proxy",
                "--no-external-adapters",
                "--to", "json",
            ], discardOutput: true)
        table.addConvert("convert through the protocol", file: csv, results: results, throughProtocol)

        // 2. A Python adapter's start-up: `describe`, against python3 doing nothing.
        // python3 on PATH is what the host runs a .py adapter with (it may be a pyenv shim); /usr/bin/python3
        // is measured too when it is another program.
        var pythons = [which("python3")].compactMap { $0 }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), pythons.first != "/usr/bin/python3" {
            pythons.append("/usr/bin/python3")
        }
        for python in pythons {
            let runs = 20
            var bare = 0.0
            var describe = 0.0
            for _ in 0..<runs {
                bare += try ChildProcess.run([python, "-c", "pass"], discardOutput: true).seconds
                describe += try ChildProcess.run([python, moodlePath, "describe"], discardOutput: true).seconds
            }
            table.addNote(
                "Python adapter start-up",
                input: python == "/usr/bin/python3"
                    ? "/usr/bin/python3, \(runs) runs" : "python3 on PATH, \(runs) runs",
                "moodle describe \(String(format: "%.1f", describe / Double(runs) * 1000)) ms per run (python3 -c "
                    + "pass: \(String(format: "%.1f", bare / Double(runs) * 1000)) ms)")
        }

        // 3. detect over 100 files (50 Moodle exports, 50 Classroom CSVs) with the two adapters installed.
        let inputs = folder + "/detect-100"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        var files: [String] = []
        for index in 0..<50 {
            let copy = inputs + "/moodle-\(index).csv"
            try FileManager.default.copyItem(atPath: moodleSample, toPath: copy)
            let classroom = inputs + "/classroom-\(index).csv"
            try generator.writeClassroomCSV(to: classroom, students: 30, assignments: 40, firstStudent: index * 30)
            files += [copy, classroom]
        }
        let none = try ChildProcess.run([gradeport, "detect", "--no-external-adapters"] + files, discardOutput: true)
        setenv("GRADEPORT_ADAPTER_PATH", installed, 1)
        let cold = try ChildProcess.run([gradeport, "detect"] + files, discardOutput: true)
        let warm = try ChildProcess.run([gradeport, "detect"] + files, discardOutput: true)
        unsetenv("GRADEPORT_ADAPTER_PATH")
        for (name, measured) in [
            ("no external adapters", none), ("2 external, cache cold", cold), ("2 external, cache warm", warm),
        ] {
            table.addNote(
                "detect 100 files", input: name,
                measured.status > 1
                    ? "failed (status \(measured.status))"
                    : "\(String(format: "%.3f", measured.seconds)) s (\(String(format: "%.1f", measured.seconds * 10)) ms per file)"
            )
        }
    }

    private static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
