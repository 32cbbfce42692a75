import ExternalAdapters
import Foundation
import GradePortCore
import GradePortTesting
import Testing

/// Adapters are found in the protocol's order, first found wins, never in the current folder, and
/// their `describe` answers are cached by path, size and modification time.
@Suite struct DiscoveryTests {
    /// A folder holding a copy of the plain-journal adapter under `name`.
    private func folderWithAdapter(named name: String = "gradeport-adapter-plainjournal.py") throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "gradeport-discovery")
        let path = folder.file(name)
        try FileManager.default.copyItem(atPath: AdapterFixtures.plainJournal, toPath: path)
        return folder
    }

    private func load(_ discovery: AdapterDiscovery, cache: String? = nil) -> AdapterHost.Loaded {
        var settings = AdapterFixtures.settings()
        settings.describeCacheFile = cache
        return AdapterHost(settings: settings).load(discovery, reservedIDs: ["kundelik"])
    }

    @Test func findsAnAdapterInEachPlace() throws {
        let option = try folderWithAdapter()
        let environment = try folderWithAdapter()
        let data = try TemporaryFolder()
        let user = data.file("gradeport/adapters")
        try FileManager.default.createDirectory(atPath: user, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: AdapterFixtures.plainJournal, toPath: user + "/gradeport-adapter-plainjournal.py")
        let bin = try folderWithAdapter(named: "gradeport-adapter-plainjournal")
        let path = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""]
        let places: [(AdapterDiscovery, AdapterOrigin, String)] = [
            (
                .fromEnvironment(
                    explicitPaths: [option.file("gradeport-adapter-plainjournal.py")], searchesEnvironment: false,
                    environment: path), .option, option.file("gradeport-adapter-plainjournal.py")
            ),
            (
                .fromEnvironment(explicitPaths: [option.path], searchesEnvironment: false, environment: path), .option,
                option.file("gradeport-adapter-plainjournal.py")
            ),
            (
                .fromEnvironment(
                    explicitPaths: [], searchesEnvironment: true,
                    environment: [
                        "GRADEPORT_ADAPTER_PATH": "/nonexistent:" + environment.path,
                        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "",
                    ]), .environment, environment.file("gradeport-adapter-plainjournal.py")
            ),
            (
                .fromEnvironment(
                    explicitPaths: [], searchesEnvironment: true,
                    environment: [
                        "XDG_DATA_HOME": data.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "",
                    ]), .userFolder, user + "/gradeport-adapter-plainjournal.py"
            ),
            (
                .fromEnvironment(
                    explicitPaths: [], searchesEnvironment: true,
                    environment: [
                        "HOME": "/nonexistent",
                        "PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? ""),
                    ]), .path, bin.file("gradeport-adapter-plainjournal")
            ),
        ]
        for (discovery, origin, path) in places {
            let loaded = load(discovery)
            #expect(loaded.refusals.isEmpty, "\(loaded.refusals)")
            #expect(loaded.adapters.map(\.descriptor.id) == ["plainjournal"])
            #expect(loaded.adapters.first?.program.origin == origin)
            #expect(loaded.adapters.first?.program.path == path)
        }
    }

    @Test func theFirstFoundWinsAndDiscoveryCanBeTurnedOff() throws {
        let option = try folderWithAdapter()
        let environment = try folderWithAdapter()
        let variables = [
            "GRADEPORT_ADAPTER_PATH": environment.path, "HOME": "/nonexistent",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "",
        ]
        let both = load(
            .fromEnvironment(explicitPaths: [option.path], searchesEnvironment: true, environment: variables))
        #expect(both.adapters.map(\.program.path) == [option.file("gradeport-adapter-plainjournal.py")])
        let off = load(.fromEnvironment(explicitPaths: [], searchesEnvironment: false, environment: variables))
        #expect(off.adapters.isEmpty)
    }

    @Test func neverLooksInTheCurrentFolderOrRelativePathEntries() throws {
        let folder = try folderWithAdapter(named: "gradeport-adapter-plainjournal")
        let discovery = AdapterDiscovery.fromEnvironment(
            explicitPaths: [], searchesEnvironment: true,
            environment: ["PATH": ".::" + "relative/bin", "GRADEPORT_ADAPTER_PATH": ".", "HOME": "/nonexistent"])
        let previous = FileManager.default.currentDirectoryPath
        // Discovery only lists folders; the current folder never enters, whatever it is.
        #expect(discovery.programs().programs.isEmpty)
        #expect(FileManager.default.currentDirectoryPath == previous)
        _ = folder
    }

    @Test func aMissingOrNonExecutableProgramIsRefusedWithItsReason() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("gradeport-adapter-x", "#!/bin/sh\n")
        let loaded = load(
            AdapterDiscovery(
                explicitPaths: [folder.file("missing"), text], searchesEnvironment: false, adapterPath: [],
                userFolder: nil,
                executablePath: []))
        #expect(
            loaded.refusals.map(\.message) == [
                "--adapter \(folder.file("missing")): no such file or folder",
                "\(text) is not executable (chmod +x it, or name a Python adapter *.py)",
            ])
    }

    @Test func describeAnswersAreCachedByPathSizeAndTime() throws {
        let folder = try folderWithAdapter()
        let cacheFolder = try TemporaryFolder()
        let cache = cacheFolder.file("gradeport/adapters-describe.jsonl")
        let program = folder.file("gradeport-adapter-plainjournal.py")
        let discovery = AdapterDiscovery(
            explicitPaths: [program], searchesEnvironment: false, adapterPath: [], userFolder: nil,
            executablePath: AdapterFixtures.searchPath)
        #expect(load(discovery, cache: cache).adapters.first?.descriptor.displayName == "Plain journal (test adapter)")
        // The cached answer is used while the program is unchanged: edit the cache to tell it apart.
        let cached = try String(contentsOfFile: cache, encoding: .utf8)
        #expect(cached.contains(program))
        try cached.replacingOccurrences(of: "Plain journal (test adapter)", with: "Cached journal")
            .write(toFile: cache, atomically: true, encoding: .utf8)
        #expect(load(discovery, cache: cache).adapters.first?.descriptor.displayName == "Cached journal")
        // A changed program is described again.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: program)
        #expect(load(discovery, cache: cache).adapters.first?.descriptor.displayName == "Plain journal (test adapter)")
        // A damaged cache is ignored and rewritten.
        try "{not json\n\u{0}garbage".write(toFile: cache, atomically: true, encoding: .utf8)
        #expect(load(discovery, cache: cache).adapters.first?.descriptor.displayName == "Plain journal (test adapter)")
        #expect(try String(contentsOfFile: cache, encoding: .utf8).hasPrefix("{\"path\":"))
    }

    @Test func detectOverManyFilesStartsOneSniffPerAdapter() throws {
        let (folder, program, _) = try AdapterFixtures.misbehaving("counter")
        let adapter = try AdapterFixtures.adapter(program)
        var files: [ExportFile] = []
        for index in 0..<40 {
            files.append(try ExportFile(path: try folder.write("j\(index).bad", "x\n")))
        }
        files.append(try ExportFile(path: try folder.write("other.csv", "x\n")))
        let registry = try PlatformRegistry([adapter])
        registry.prepareToDetect(files)
        let detections = files.map { registry.detect($0).first?.platform.rawValue }
        #expect(detections == Array(repeating: "counter", count: 40) + [nil])
        // One sniff run, for the 40 inputs with the declared extension only.
        let log = try String(contentsOfFile: folder.file("sniff.log"), encoding: .utf8)
        #expect(log == "40\n")
    }
}
