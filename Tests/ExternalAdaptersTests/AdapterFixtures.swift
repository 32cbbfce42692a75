import ExternalAdapters
import Foundation
import GradePortCore
import GradePortTesting

/// The fixture adapters of these tests: `gradeport-adapter-plainjournal.py`, written from PLUGINS.md
/// alone, and `misbehaving.py`, which breaks one rule per file name.
enum AdapterFixtures {
    /// This folder's `Fixtures`.
    static let folder = (#filePath as NSString).deletingLastPathComponent + "/Fixtures"

    /// The well-behaved adapter.
    static let plainJournal = folder + "/gradeport-adapter-plainjournal.py"

    /// Its sample.
    static let sample = folder + "/sample.csv"

    /// The folders of `PATH`.
    static var searchPath: [String] { AdapterDiscovery.folders(ProcessInfo.processInfo.environment["PATH"]) }

    /// Settings with a short read limit and warnings collected instead of printed.
    static func settings(readLimit: Double = 120, warnings: ConcurrentLog = ConcurrentLog()) -> AdapterHostSettings {
        var settings = AdapterHostSettings()
        settings.readLimit = .idle(readLimit)
        settings.warn = { warnings.append($0) }
        return settings
    }

    /// The adapter at `path`, described.
    static func adapter(_ path: String, settings: AdapterHostSettings = settings()) throws -> ExternalAdapter {
        let program = try AdapterProgram.at(path, origin: .direct, searchPath: searchPath).get()
        return try AdapterHost(settings: settings).adapter(program)
    }

    /// A folder holding `gradeport-adapter-<mode>.py`, a link to `misbehaving.py`, and an input `input.bad`.
    static func misbehaving(_ mode: String) throws -> (folder: TemporaryFolder, program: String, input: String) {
        let temporary = try TemporaryFolder(prefix: "gradeport-misbehaving")
        let program = temporary.file("gradeport-adapter-\(mode).py")
        try FileManager.default.createSymbolicLink(atPath: program, withDestinationPath: folder + "/misbehaving.py")
        let input = try temporary.write("input.bad", "anything\n")
        return (temporary, program, input)
    }

    /// Whether every process that was reading `input` is gone within a few seconds: none has it on
    /// its command line, and the process whose id the adapter wrote next to it (when it got that far)
    /// is neither running nor a zombie.
    ///
    /// On a loaded machine the adapter may be stopped before it even wrote its id; and a process the
    /// host killed is reaped a moment later: so this looks at every process and waits a little.
    static func processIsGone(wroteNextTo input: String) -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if !anyProcessReads(input) && !recordedProcessExists(wroteNextTo: input) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    private static func recordedProcessExists(wroteNextTo input: String) -> Bool {
        guard let text = try? String(contentsOfFile: input + ".pid", encoding: .utf8), let pid = Int32(text) else {
            return false
        }
        return FileManager.default.fileExists(atPath: "/proc/\(pid)") || kill(pid, 0) == 0
    }

    private static func anyProcessReads(_ input: String) -> Bool {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return processes.contains { entry in
            guard Int32(entry) != nil, let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else {
                return false
            }
            return String(decoding: line, as: UTF8.self).contains(input)
        }
    }
}
