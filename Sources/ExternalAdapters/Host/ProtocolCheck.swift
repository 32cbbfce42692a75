import Foundation
import GradePortCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The protocol checks of `gradeport adapters check`: what an adapter program must do beyond
/// reading its samples right (which `PlatformConformance` checks through the host).
///
/// Each check runs the program itself and looks at its raw output: hello first and summary last in
/// every command, nothing but JSON on standard output, references only to what an earlier line
/// defined, exact numbers, `fatal` and exit status 3 for another platform's file and for an empty
/// file, SIGTERM honoured within 3 s, and Cyrillic and Kazakh names written as the sample has them.
public struct ProtocolCheck: Sendable {
    /// One check's verdict.
    public struct Verdict: Sendable, Hashable {
        /// The check's name, e.g. `hello-and-summary`.
        public var check: String
        /// Whether it passed (a skipped check passes).
        public var passed: Bool
        /// What was found, in a few words.
        public var detail: String
    }

    /// The adapter under check.
    public let adapter: ExternalAdapter
    /// Its sample exports.
    public let samples: [String]

    /// Prepares the checks.
    public init(adapter: ExternalAdapter, samples: [String]) {
        self.adapter = adapter
        self.samples = samples
    }

    /// Runs every check, in a fixed order.
    public func run() -> [Verdict] {
        var runs: [(command: String, run: RawRun)] = [("describe", raw(["describe"]))]
        if !samples.isEmpty { runs.append(("sniff", raw(["sniff"] + samples))) }
        for sample in samples { runs.append(("read \(sample)", raw(["read", sample]))) }
        var verdicts = [framing(runs), jsonOnly(runs)]
        let reads = runs.filter { $0.command.hasPrefix("read ") }
        verdicts.append(defineBeforeUse(reads))
        verdicts.append(exactNumbers(reads))
        verdicts.append(contentsOf: fatalChecks())
        verdicts.append(sigterm())
        verdicts.append(unicode(reads))
        return verdicts
    }

    // MARK: - Checks

    private func framing(_ runs: [(command: String, run: RawRun)]) -> Verdict {
        for (command, run) in runs {
            if let problem = run.problem {
                return Verdict(check: "hello-and-summary", passed: false, detail: "\(command): \(problem)")
            }
            guard run.messages.first?.type == "hello" else {
                return Verdict(
                    check: "hello-and-summary", passed: false, detail: "\(command): the first line is not hello")
            }
            guard run.messages.last?.type == "summary" else {
                return Verdict(
                    check: "hello-and-summary", passed: false, detail: "\(command): the last line is not summary")
            }
        }
        return Verdict(check: "hello-and-summary", passed: true, detail: "\(runs.count) command(s)")
    }

    private func jsonOnly(_ runs: [(command: String, run: RawRun)]) -> Verdict {
        for (command, run) in runs {
            if let line = run.badLines.first {
                return Verdict(
                    check: "stdout-json-only", passed: false,
                    detail: "\(command): \(AdapterFailure.quote(line)) is not a protocol line")
            }
        }
        return Verdict(check: "stdout-json-only", passed: true, detail: "every line is a JSON object with a type")
    }

    private func defineBeforeUse(_ reads: [(command: String, run: RawRun)]) -> Verdict {
        let references: [String: [(field: String, kind: String)]] = [
            "class": [("school", "school")],
            "enrollment": [("person", "person"), ("class", "class"), ("subject", "subject")],
            "assessment": [("subject", "subject"), ("class", "class"), ("term", "term")],
            "result": [("person", "person"), ("assessment", "assessment")],
        ]
        for (command, run) in reads {
            var defined: [String: Set<String>] = [:]
            for message in run.messages {
                for (field, kind) in references[message.type] ?? [] {
                    if let id = message.fields[field]?.idString, defined[kind]?.contains(id) != true {
                        return Verdict(
                            check: "define-before-use", passed: false,
                            detail:
                                "\(command): a \(message.type) line names \(kind) '\(id)' before any line defines it")
                    }
                }
                if let id = message.fields["id"]?.idString { defined[message.type, default: []].insert(id) }
            }
        }
        return Verdict(check: "define-before-use", passed: true, detail: "\(reads.count) read(s)")
    }

    private func exactNumbers(_ reads: [(command: String, run: RawRun)]) -> Verdict {
        var count = 0
        for (command, run) in reads {
            for message in run.messages where message.type == "result" || message.type == "assessment" {
                for field in ["score", "maxScore"] {
                    guard let value = message.fields[field], !value.isNull else { continue }
                    count += 1
                    let text = value.number?.text ?? value.string ?? ""
                    let fraction = text.split(separator: ".").dropFirst().first?.count ?? 0
                    if (try? message.decimal(field)) == nil || fraction > DecimalNumber.fractionDigits
                        || text.contains("e") || text.contains("E")
                    {
                        return Verdict(
                            check: "exact-numbers", passed: false,
                            detail: "\(command): \(field) \(text) is not an exact decimal (a float leaked?)")
                    }
                }
            }
        }
        return Verdict(check: "exact-numbers", passed: true, detail: "\(count) number(s)")
    }

    private func fatalChecks() -> [Verdict] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gradeport-check-\(UUID().uuidString)"
        )
        .path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let suffix = adapter.description.exports.first?.extensions.first ?? ".csv"
        let foreign = folder + "/other-platform" + suffix
        let empty = folder + "/empty" + suffix
        // A OneRoster 1.2 orgs.csv: a real export of another platform, in the adapter's file kind.
        let foreignText =
            "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
            + "org-1,active,2025-09-01T00:00:00Z,School No. 1,school,123456789012,\n"
        _ = FileManager.default.createFile(atPath: foreign, contents: Data(foreignText.utf8))
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        return [
            fatal(raw(["read", foreign]), check: "fatal-on-other-platform", what: "another platform's file"),
            fatal(raw(["read", empty]), check: "fatal-on-empty-file", what: "an empty file"),
        ]
    }

    private func fatal(_ run: RawRun, check: String, what: String) -> Verdict {
        let wroteFatal = run.messages.contains { $0.type == "fatal" }
        guard case .exited(3) = run.end, wroteFatal else {
            return Verdict(
                check: check, passed: false,
                detail:
                    "\(what): expected a fatal line and exit status 3, got \(wroteFatal ? "" : "no fatal line, ")\(run.end.map(\.description) ?? "no end")"
            )
        }
        return Verdict(check: check, passed: true, detail: "fatal line, exit status 3")
    }

    private func sigterm() -> Verdict {
        guard let sample = samples.first else {
            return Verdict(check: "sigterm", passed: true, detail: "skipped: no sample")
        }
        var pid: pid_t = 0
        var sentAt: ContinuousClock.Instant?
        let outcome = try? process.run(["read", sample], limit: .idle(5), started: { pid = $0 }) { _ in
            if sentAt == nil {
                sentAt = .now
                kill(-pid, SIGTERM)
            }
        }
        guard let outcome else {
            return Verdict(check: "sigterm", passed: false, detail: "the program could not be started")
        }
        if case .timedOut = outcome.end {
            return Verdict(check: "sigterm", passed: false, detail: "still running 5 s after SIGTERM")
        }
        return Verdict(check: "sigterm", passed: true, detail: "ended (\(outcome.end)) after SIGTERM")
    }

    private func unicode(_ reads: [(command: String, run: RawRun)]) -> Verdict {
        var checked = 0
        for ((command, run), sample) in zip(reads, samples) {
            guard let bytes = FileManager.default.contents(atPath: sample),
                let text = String(data: bytes, encoding: .utf8)
            else { continue }
            for message in run.messages where message.type == "person" {
                for field in ["familyName", "givenName", "patronymic"] {
                    guard let name = message.fields[field]?.string,
                        name.unicodeScalars.contains(where: { $0.value > 0x7F })
                    else { continue }
                    checked += 1
                    if !text.contains(name) {
                        return Verdict(
                            check: "unicode-round-trip", passed: false,
                            detail: "\(command): \(field) '\(name)' does not appear in the sample as written")
                    }
                }
            }
        }
        return Verdict(
            check: "unicode-round-trip", passed: true,
            detail: checked == 0 ? "skipped: no UTF-8 sample with Cyrillic or Kazakh names" : "\(checked) name(s)")
    }

    // MARK: - Running

    /// A command's raw output.
    private struct RawRun {
        var messages: [ProtocolMessage] = []
        var badLines: [[UInt8]] = []
        var end: ProcessEnd?
        var problem: String?
    }

    private var process: AdapterProcess {
        AdapterProcess(invocation: adapter.program.invocation, environment: AdapterHost.environment)
    }

    private func raw(_ arguments: [String]) -> RawRun {
        var run = RawRun()
        do {
            let limit = arguments.first == "read" ? adapter.settings.readLimit : adapter.settings.sniffLimit
            let outcome = try process.run(arguments, limit: limit) { line in
                switch line {
                case .text(let bytes):
                    if let message = ProtocolMessage(line: bytes) {
                        run.messages.append(message)
                    } else {
                        run.badLines.append(bytes)
                    }
                case .tooLong(let prefix, _):
                    run.badLines.append(prefix)
                }
            }
            run.end = outcome.end
            if case .timedOut(let limit) = outcome.end { run.problem = "no answer within \(limit)" }
        } catch {
            run.problem = "\(error)"
        }
        return run
    }
}
