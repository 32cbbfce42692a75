import ArgumentParser
import ExternalAdapters
import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import GradePortWriters
import JournalProfiles

/// `gradeport adapters list | check`: the adapters GradePort knows, and the conformance check of an
/// external adapter program.
struct AdaptersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adapters",
        abstract: "List the adapters (built-in, profile, external) or check an external adapter program.",
        discussion: """
            External adapters are programs speaking gradeport-adapter/1 (docs/plugins.md), found in \
            this order: --adapter PATH, the folders in GRADEPORT_ADAPTER_PATH, \
            $XDG_DATA_HOME/gradeport/adapters (default ~/.local/share/gradeport/adapters), then \
            gradeport-adapter-* programs on PATH. Never the current folder unless named.

            Examples:
              gradeport adapters list
              gradeport adapters check Plugins/moodle/gradeport-adapter-moodle.py Samples/Moodle/*.csv
            """,
        subcommands: [AdaptersListCommand.self, AdaptersCheckCommand.self]
    )
}

/// `gradeport adapters list`.
struct AdaptersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every adapter: id, name, origin (built-in, profile, external), path, version, protocol.")

    @Flag(name: .long, help: "Write JSON instead of a table.")
    var json = false

    @OptionGroup var profileOption: ProfileOption

    func run() throws {
        let registry = try profileOption.registry().registry
        let loaded = try profileOption.externalAdapters.load()
        var profiles: [PlatformID: String] = [:]
        for platform in ProfileLibrary.profiles(in: registry) {
            profiles[platform.descriptor.id] = ProfileLibrary.source(of: platform)
        }
        var out = JSONTextBuffer()
        out.beginObject()
        out.key("adapters")
        out.beginArray()
        var text = ""
        for platform in registry.platforms {
            let descriptor = platform.descriptor
            let external = platform as? ExternalAdapter
            let origin = external != nil ? "external" : profiles[descriptor.id] != nil ? "profile" : "built-in"
            let path = external?.program.path ?? profiles[descriptor.id]
            out.nextElement()
            out.beginObject()
            out.member("id", descriptor.id)
            out.member("name", descriptor.displayName)
            out.member("origin", origin)
            out.member("path", path)
            out.member("version", external?.description.version)
            out.member("protocol", external.map { _ in "gradeport-adapter/1" })
            out.member("foundThrough", external?.program.origin.description)
            out.endObject()
            text += "\(descriptor.id)  \(descriptor.displayName)  \(origin)"
            if let external {
                text += "  \(external.program.path)  version \(external.description.version)  gradeport-adapter/1"
                text += "  (\(external.program.origin))"
            } else if let path {
                text += "  \(path)"
            }
            text += "\n"
        }
        out.endArray()
        out.key("refused")
        out.beginArray()
        for refusal in loaded.refusals {
            out.nextElement()
            out.beginObject()
            out.member("path", refusal.path)
            out.member("foundThrough", refusal.origin.description)
            out.member("reason", refusal.message)
            out.endObject()
            text += "refused: \(refusal.path) (\(refusal.origin)): \(refusal.message)\n"
        }
        out.endArray()
        out.endObject()
        FileHandle.standardOutput.write(json ? Data(out.bytes + [0x0A]) : Data(text.utf8))
    }
}

/// `gradeport adapters check PATH [SAMPLE...]`.
struct AdaptersCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an external adapter program against the protocol and the shared conformance checks.",
        discussion: """
            Prints one line per check, PASS or FAIL, and exits with status 1 when any check fails.
            The samples are the adapter's own exports; --golden compares the gradeport/1 JSON of \
            reading them (as `gradeport convert SAMPLE... --adapter PATH --to json` writes it) with a file.
            """)

    @Argument(help: "The adapter program.")
    var path: String

    @Argument(help: "Sample exports the adapter must read.")
    var samples: [String] = []

    @Option(name: .long, help: ArgumentHelp("Expected gradeport/1 JSON of reading the samples.", valueName: "FILE"))
    var golden: String?

    func run() throws {
        let host = AdapterHost(settings: .fromEnvironment())
        let program: AdapterProgram
        switch AdapterProgram.at(
            path, origin: .option, searchPath: AdapterDiscovery.folders(ProcessInfo.processInfo.environment["PATH"]))
        {
        case .success(let found): program = found
        case .failure(let refusal):
            throw CommandFailure(FileManager.default.fileExists(atPath: path) ? .unreadable : .usage, refusal.message)
        }
        var lines: [String] = []
        var failed = false
        func verdict(_ passed: Bool, _ check: String, _ detail: String) {
            failed = failed || !passed
            lines.append("\(passed ? "PASS" : "FAIL")  \(check): \(detail)")
        }
        let adapter: ExternalAdapter
        do {
            adapter = try host.adapter(program)
            verdict(true, "describe", "\(adapter.description.id) \(adapter.description.version), gradeport-adapter/1")
        } catch {
            verdict(false, "describe", error.description)
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitStatus.rejected.exitCode
        }
        if BuiltInPlatforms.registry.platform(id: adapter.description.id) != nil {
            verdict(false, "own-id", "'\(adapter.description.id)' is a built-in platform's id; the host refuses it")
        } else {
            verdict(true, "own-id", "'\(adapter.description.id)' is not a built-in id")
        }
        for outcome in ProtocolCheck(adapter: adapter, samples: samples).run() {
            verdict(outcome.passed, outcome.check, outcome.detail)
        }
        let failures = PlatformConformance(adapter, samples: samples).run()
        let checks = [
            "descriptor", "has-samples", "sample-exists", "sniffs-own-samples", "reads-own-samples", "deterministic",
            "counts-rows", "references", "keeps-raw", "provenance", "graded-has-score", "no-negative-scores",
            "max-score", "damaged-input",
        ]
        for check in checks {
            let found = failures.filter { $0.check == check }
            if found.isEmpty {
                if check != "has-samples" || !samples.isEmpty { verdict(true, "conformance/\(check)", "ok") }
            } else {
                verdict(false, "conformance/\(check)", found.map(\.description).joined(separator: "; "))
            }
        }
        for failure in failures where !checks.contains(failure.check) {
            verdict(false, "conformance/\(failure.check)", failure.description)
        }
        if let golden {
            verdict(goldenMatches(adapter, golden: golden), "golden", golden)
        }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        if failed { throw ExitStatus.rejected.exitCode }
    }

    private func goldenMatches(_ adapter: ExternalAdapter, golden: String) -> Bool {
        guard let expected = FileManager.default.contents(atPath: golden),
            let registry = try? PlatformRegistry([adapter])
        else { return false }
        let book = registry.readGradebook(from: samples).gradebook
        return Data(GradebookJSONWriter().encode(book)) == expected
    }
}
