import Foundation

/// Runs the built `gradeport` executable and captures what it writes (for the tests of the command
/// line and of the stores, whose test targets depend on the `gradeport` product so that it is built).
///
/// ```swift
/// let run = try GradePortProcess.run(["history", "--store", path])
/// #expect(run.status == 0)
/// ```
public struct GradePortProcess {
    /// What a run produced.
    public struct Run: Sendable {
        /// The exit status (or the signal that ended it).
        public var status: Int32
        /// What it wrote to standard output.
        public var standardOutput: String
        /// What it wrote to standard error.
        public var standardError: String
    }

    /// The executable next to the test bundle (SwiftPM builds both into the same folder).
    public static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" || folder.path.hasSuffix(".xctest/Contents") {
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("gradeport")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gradeport")
    }()

    /// Runs `gradeport` with the arguments, in `directory` when given, with `environment` added to
    /// (or, for a value of `nil`, removed from) this process's environment (whose locale is set to
    /// `C.UTF-8`), and `input` as its standard input (else the test's own).
    public static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String?] = [:],
        input: [UInt8]? = nil, executable: URL = GradePortProcess.executable
    ) throws -> Run {
        let process = Process()
        if let input {
            // A file, not a pipe: a pipe's buffer would block a writer larger than it.
            let inputPath = temporaryFolder() + "/stdin"
            FileManager.default.createFile(atPath: inputPath, contents: Data(input))
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        }
        process.executableURL = executable
        process.arguments = arguments
        // The report's language follows the locale (`report --lang`): every run gets the same neutral
        // one (Russian reports) whatever the developer's or CI's locale, unless a test sets its own.
        var variables = ProcessInfo.processInfo.environment
        variables["LC_ALL"] = nil
        variables["LC_MESSAGES"] = nil
        variables["LANG"] = "C.UTF-8"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Standard error goes to a file and standard output through a pipe read to the end,
        // so that neither can fill up and block the child.
        let errorPath = temporaryFolder() + "/stderr"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let errorFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorFile
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorFile.close()
        let errText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: errText)
    }

    /// A fresh temporary folder, removed with the others when the test process exits.
    public static func temporaryFolder() -> String {
        try! TemporaryFolder.scratch(prefix: "gradeport-cli")
    }
}
