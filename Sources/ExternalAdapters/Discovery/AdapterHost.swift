import Foundation
import GradePortCore

/// Finds external adapters, has each describe itself (or takes its cached description), and
/// refuses the ones that break the rules: another protocol version, a built-in platform's id, an
/// id already taken by an adapter found earlier, a broken `describe`.
public struct AdapterHost: Sendable {
    /// The environment every adapter process gets on top of the host's.
    public static let environment = [
        "GRADEPORT_ADAPTER_PROTOCOL": "1", "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8",
    ]

    /// The limits, cache and warning sink.
    public var settings: AdapterHostSettings

    /// Creates a host.
    public init(settings: AdapterHostSettings) {
        self.settings = settings
    }

    /// What loading found.
    public struct Loaded: Sendable {
        /// The adapters, in discovery order.
        public var adapters: [ExternalAdapter]
        /// The programs not loaded, and why.
        public var refusals: [AdapterRefusal]
    }

    /// Loads the adapters discovery finds; `reservedIDs` are the ids of the platforms already in the
    /// registry (built-in adapters, profiles), which no external adapter may take.
    public func load(_ discovery: AdapterDiscovery, reservedIDs: Set<PlatformID>) -> Loaded {
        let found = discovery.programs()
        let programs = found.programs
        var refusals = found.refusals
        var cache = settings.describeCacheFile.map(DescribeCache.init(file:))
        defer { cache?.save() }
        var adapters: [ExternalAdapter] = []
        var taken: [PlatformID: String] = [:]
        for program in programs {
            let description: AdapterDescription
            do {
                description = try describe(program, cache: &cache)
            } catch {
                refusals.append(AdapterRefusal(path: program.path, origin: program.origin, message: error.description))
                continue
            }
            if reservedIDs.contains(description.id) {
                refusals.append(
                    AdapterRefusal(
                        path: program.path, origin: program.origin,
                        message: "adapter '\(description.id)' (\(program.path)) takes the id of a built-in platform; "
                            + "it is not loaded: give it another id"))
                continue
            }
            if let first = taken[description.id] {
                // First found wins; a later one of the same id is shadowed, which only an explicit one is told about.
                if program.origin == .option {
                    refusals.append(
                        AdapterRefusal(
                            path: program.path, origin: program.origin,
                            message: "adapter '\(description.id)' (\(program.path)) has the id of \(first), "
                                + "found first; it is not loaded"))
                }
                continue
            }
            taken[description.id] = program.path
            adapters.append(ExternalAdapter(program: program, description: description, settings: settings))
        }
        return Loaded(adapters: adapters, refusals: refusals)
    }

    /// Has one program describe itself, bypassing discovery (`adapters check`, the Swift SDK's tests).
    public func adapter(_ program: AdapterProgram) throws(AdapterFailure) -> ExternalAdapter {
        var cache: DescribeCache? = nil
        return ExternalAdapter(program: program, description: try describe(program, cache: &cache), settings: settings)
    }

    /// The program's description: from the cache when its size and modification time match, else
    /// from a `describe` run (then cached).
    func describe(_ program: AdapterProgram, cache: inout DescribeCache?) throws(AdapterFailure) -> AdapterDescription {
        let name = "adapter \(program.path)"
        if let lines = cache?.lines(for: program.path),
            let description = try? AdapterDescription.parse(lines.map { Array($0.utf8) }, program: name)
        {
            return description
        }
        var lines: [[UInt8]] = []
        let outcome: AdapterProcess.Outcome
        do {
            outcome = try AdapterProcess(invocation: program.invocation, environment: Self.environment)
                .run(["describe"], limit: settings.describeLimit) { line in
                    switch line {
                    case .text(let bytes): lines.append(bytes)
                    case .tooLong(let prefix, let limit):
                        throw AdapterFailure.lineTooLong(name, prefix: prefix, limit: limit)
                    }
                }
        } catch let failure as AdapterFailure {
            throw failure
        } catch {
            throw AdapterFailure("\(name) cannot be started: \(error)")
        }
        switch outcome.end {
        case .exited(0): break
        case .timedOut(let limit):
            throw .timedOut(name, command: "describe", limit: limit, errorTail: outcome.errorTail)
        default:
            // A wrong protocol version says so even when the program then exits with a failure.
            if let first = lines.first, let message = ProtocolMessage(line: first) {
                _ = try Hello(message, program: name)
            }
            throw .crashed(name, command: "describe", end: outcome.end, errorTail: outcome.errorTail)
        }
        let description = try AdapterDescription.parse(lines, program: name)
        cache?.store(lines.map { String(decoding: $0, as: UTF8.self) }, for: program.path)
        return description
    }
}
