import Foundation
import GradePortCore

/// An adapter program speaking `gradeport-adapter/1`, wrapped as one more `LearningPlatform`: the
/// registry, `detect`, `convert`, `report` and `import` use it exactly as a built-in adapter.
///
/// `sniff` answers come from one batched run per set of inputs (``prepareToSniff(_:)``), limited to
/// inputs with an extension one of its export kinds declares; `read` runs the program once and puts
/// its records through ``ReadSession``'s checks into the builder, ids namespaced `<id>:`.
public struct ExternalAdapter: LearningPlatform {
    /// The descriptor the type stands for; each value answers with its program's own ``descriptor``.
    public static let descriptor = PlatformDescriptor(
        id: "external", displayName: "External adapter (gradeport-adapter/1)", exports: [])

    /// The program.
    public let program: AdapterProgram
    /// What the program's `describe` said.
    public let description: AdapterDescription
    /// The limits and the warning sink.
    public let settings: AdapterHostSettings
    private let sniffs = SniffCache()

    /// Wraps a program that has described itself.
    public init(program: AdapterProgram, description: AdapterDescription, settings: AdapterHostSettings) {
        self.program = program
        self.description = description
        self.settings = settings
    }

    /// The program's id, name and export kinds.
    public var descriptor: PlatformDescriptor { description.descriptor }

    /// `adapter 'moodle' (/path/to/gradeport-adapter-moodle.py)`, for messages.
    public var name: String { "adapter '\(description.id)' (\(program.path))" }

    // MARK: - Sniffing

    /// Asks the program about every input it may read, in one `sniff` run (in batches of 200 paths).
    public func prepareToSniff(_ files: [ExportFile]) {
        let asked = files.filter { accepts($0) && !sniffs.contains(key($0)) }
        var start = 0
        while start < asked.count {
            let batch = Array(asked[start..<min(start + 200, asked.count)])
            runSniff(batch)
            start += 200
        }
    }

    /// The program's answer about the input, from the batched run or from a run for this input alone.
    public func sniff(_ file: ExportFile) -> Detection? {
        guard accepts(file) else { return nil }
        if let answer = sniffs.answer(for: key(file)) { return answer }
        runSniff([file])
        return sniffs.answer(for: key(file)) ?? nil
    }

    /// Whether an input has an extension one of the export kinds declares (a kind that declares none
    /// takes any input, folders included).
    func accepts(_ file: ExportFile) -> Bool {
        if description.exports.contains(where: { $0.extensions.isEmpty }) { return true }
        if file.isDirectory { return false }
        let suffix = "." + file.fileExtension
        return description.exports.contains { $0.extensions.contains(suffix) }
    }

    private func key(_ file: ExportFile) -> String { "\(file.path)\u{0}\(file.size ?? -1)" }

    private func runSniff(_ files: [ExportFile]) {
        var found: [String: Detection] = [:]
        var helloSeen = false
        let byPath = Dictionary(files.map { ($0.path, key($0)) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        do {
            let outcome = try process.run(["sniff"] + files.map(\.path), limit: settings.sniffLimit) { line in
                guard case .text(let bytes) = line, let message = ProtocolMessage(line: bytes) else {
                    let bytes: [UInt8]
                    switch line {
                    case .text(let text): bytes = text
                    case .tooLong(let prefix, _): bytes = prefix
                    }
                    problems.append(AdapterFailure.notJSON(name, line: bytes).diagnosticMessage)
                    return
                }
                if !helloSeen {
                    _ = try Hello(message, program: name)
                    helloSeen = true
                    return
                }
                guard message.type == "detection", let path = message.fields["file"]?.string, let key = byPath[path]
                else { return }
                guard let confidence = message.fields["confidence"]?.number?.int64,
                    let export = message.fields["export"]?.string,
                    description.exports.contains(where: { $0.kind.rawValue == export })
                else {
                    problems.append(
                        "\(name) wrote a detection of \(path) without a confidence and a declared export kind")
                    return
                }
                found[key] = Detection(
                    platform: description.id, export: ExportKindID(rawValue: export),
                    confidence: Confidence(rawValue: Int(clamping: confidence)),
                    reason: message.fields["reason"]?.string ?? "")
            }
            switch outcome.end {
            case .exited(0): break
            case .timedOut(let limit):
                problems.append(
                    AdapterFailure.timedOut(name, command: "sniff", limit: limit, errorTail: outcome.errorTail)
                        .diagnosticMessage)
            default:
                problems.append(
                    AdapterFailure.crashed(name, command: "sniff", end: outcome.end, errorTail: outcome.errorTail)
                        .diagnosticMessage)
            }
        } catch {
            problems.append("\(error)")
        }
        for problem in problems { settings.warn(problem) }
        sniffs.store(found, asked: files.map(key))
    }

    // MARK: - Reading

    /// Runs `read FILE --export KIND` and puts the records into the builder.
    ///
    /// - Throws: ``AdapterFailure`` when the program writes `fatal`, crashes, runs past its limit or
    ///   ends without its summary; the records it wrote before stay in the builder, and its rows are
    ///   counted (the input lines its records came from), so the input reads as truncated.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    ) throws {
        var session = ReadSession(adapterID: description.id, program: name)
        let outcome: AdapterProcess.Outcome
        do {
            outcome = try process.run(["read", file.path, "--export", export.rawValue], limit: settings.readLimit) {
                try session.handle($0, into: &gradebook)
            }
        } catch let failure as AdapterFailure {
            gradebook.countRows(session.recordLines.count)
            throw failure
        } catch {
            throw AdapterFailure("\(name) could not be started: \(error)")
        }
        if let rows = session.summaryRows, session.fatal == nil, case .exited(0) = outcome.end {
            gradebook.countRows(rows)
            // What the adapter logged: a note, which `--verbose` shows.
            if !outcome.errorTail.allSatisfy(\.isWhitespace) {
                gradebook.diagnose(
                    .info, .adapterLog, "\(name) wrote on standard error" + AdapterFailure.tail(outcome.errorTail))
            }
            return
        }
        gradebook.countRows(session.summaryRows ?? session.recordLines.count)
        if let fatal = session.fatal { throw fatal }
        switch outcome.end {
        case .timedOut(let limit):
            throw AdapterFailure.timedOut(name, command: "read", limit: limit, errorTail: outcome.errorTail)
        case .exited(0):
            throw AdapterFailure.missingSummary(name, command: "read", end: outcome.end, errorTail: outcome.errorTail)
        default:
            throw AdapterFailure.crashed(name, command: "read", end: outcome.end, errorTail: outcome.errorTail)
        }
    }

    private var process: AdapterProcess {
        AdapterProcess(invocation: program.invocation, environment: AdapterHost.environment)
    }
}
