import ArgumentParser
import ExternalAdapters
import Foundation
import GradePortAdapters
import GradePortCore

/// `--adapter PATH` (repeatable) and `--no-external-adapters`: which external adapters
/// (`gradeport-adapter/1` programs, docs/plugins.md) join the built-in platforms for this run.
struct ExternalAdapterOptions: ParsableArguments {
    @Option(
        name: .customLong("adapter"),
        help: ArgumentHelp(
            "Use this external adapter program, or the gradeport-adapter-* programs in this folder (repeatable).",
            valueName: "PATH"))
    var adapters: [String] = []

    @Flag(
        name: .customLong("no-external-adapters"),
        help:
            "Do not look for external adapters (GRADEPORT_ADAPTER_PATH, the adapters folder, PATH); --adapter still works."
    )
    var noExternalAdapters = false

    /// The discovery these options and the environment describe.
    var discovery: AdapterDiscovery {
        AdapterDiscovery.fromEnvironment(explicitPaths: adapters, searchesEnvironment: !noExternalAdapters)
    }

    /// The external adapters found, loaded once per run (validation and the command share them).
    ///
    /// An adapter named with `--adapter` that cannot be loaded stops the command: status 2 when the
    /// path is not there, 3 when the program misbehaved; one found by discovery is a warning and is
    /// left out.
    func load() throws -> AdapterHost.Loaded {
        let loaded = LoadedAdapters.shared.load(discovery, reservedIDs: Set(BuiltInPlatforms.all.map(\.descriptor.id)))
        if let refusal = loaded.refusals.first(where: { $0.origin == .option }) {
            let missing = !FileManager.default.fileExists(atPath: refusal.path)
            throw CommandFailure(missing ? .usage : .unreadable, refusal.message)
        }
        return loaded
    }

    /// Adds the external adapters to a registry, after the adapters it holds.
    func add(to registry: inout PlatformRegistry) throws {
        for adapter in try load().adapters where registry.platform(id: adapter.descriptor.id) == nil {
            try? registry.register(adapter)
        }
    }
}

/// The adapters loaded in this process, by discovery: `validate()` and `run()` of a command load
/// them once, and warnings about refused programs are printed once.
private final class LoadedAdapters: @unchecked Sendable {
    static let shared = LoadedAdapters()
    private let lock = NSLock()
    private var loaded: [AdapterDiscovery: AdapterHost.Loaded] = [:]

    func load(_ discovery: AdapterDiscovery, reservedIDs: Set<PlatformID>) -> AdapterHost.Loaded {
        lock.lock()
        defer { lock.unlock() }
        if let done = loaded[discovery] { return done }
        let host = AdapterHost(settings: .fromEnvironment())
        let result = host.load(discovery, reservedIDs: reservedIDs)
        for refusal in result.refusals where refusal.origin != .option {
            host.settings.warn("\(refusal.message) (found through \(refusal.origin))")
        }
        loaded[discovery] = result
        return result
    }
}
