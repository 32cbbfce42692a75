import Foundation

/// Where the host looks for adapter programs, in the protocol's order (first found wins):
/// `--adapter PATH` (a file or a folder), the folders of `GRADEPORT_ADAPTER_PATH`, the user's
/// adapters folder, then `gradeport-adapter-*` programs on `PATH`. The current folder is never
/// searched unless it is named.
public struct AdapterDiscovery: Sendable, Hashable {
    /// The prefix of an adapter program's name.
    public static let namePrefix = "gradeport-adapter-"

    /// Paths given with `--adapter`: programs, or folders holding `gradeport-adapter-*` programs.
    public var explicitPaths: [String]
    /// Whether to search the environment, the user's folder and `PATH` (`--no-external-adapters` turns it off).
    public var searchesEnvironment: Bool
    /// The folders of `GRADEPORT_ADAPTER_PATH`.
    public var adapterPath: [String]
    /// The user's adapters folder, if there is a home.
    public var userFolder: String?
    /// The folders of `PATH`, also where `python3` is looked up.
    public var executablePath: [String]

    /// Creates a discovery from explicit values.
    public init(
        explicitPaths: [String], searchesEnvironment: Bool, adapterPath: [String], userFolder: String?,
        executablePath: [String]
    ) {
        self.explicitPaths = explicitPaths
        self.searchesEnvironment = searchesEnvironment
        self.adapterPath = adapterPath
        self.userFolder = userFolder
        self.executablePath = executablePath
    }

    /// The discovery the environment describes: `GRADEPORT_ADAPTER_PATH`, `XDG_DATA_HOME` (or
    /// `HOME/.local/share`) and `PATH`.
    public static func fromEnvironment(
        explicitPaths: [String], searchesEnvironment: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> AdapterDiscovery {
        let dataHome: String? =
            if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
                xdg
            } else if let home = environment["HOME"], home.hasPrefix("/") {
                home + "/.local/share"
            } else {
                nil
            }
        return AdapterDiscovery(
            explicitPaths: explicitPaths, searchesEnvironment: searchesEnvironment,
            adapterPath: Self.folders(environment["GRADEPORT_ADAPTER_PATH"]),
            userFolder: dataHome.map { $0 + "/gradeport/adapters" },
            executablePath: Self.folders(environment["PATH"]))
    }

    /// The programs found, in discovery order, each path once; and the explicit paths that are not
    /// adapters (missing, not executable), with the reason.
    public func programs() -> (programs: [AdapterProgram], refusals: [AdapterRefusal]) {
        var programs: [AdapterProgram] = []
        var refusals: [AdapterRefusal] = []
        var seen: Set<String> = []
        func add(_ path: String, _ origin: AdapterOrigin) {
            switch AdapterProgram.at(path, origin: origin, searchPath: executablePath) {
            case .success(let program):
                if seen.insert(program.path).inserted { programs.append(program) }
            case .failure(let refusal):
                refusals.append(refusal)
            }
        }
        for path in explicitPaths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                refusals.append(
                    AdapterRefusal(path: path, origin: .option, message: "--adapter \(path): no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                for program in Self.adapterFiles(in: path, requireExecutable: false) { add(program, .option) }
            } else {
                add(path, .option)
            }
        }
        guard searchesEnvironment else { return (programs, refusals) }
        for folder in adapterPath where folder.hasPrefix("/") {
            for program in Self.adapterFiles(in: folder, requireExecutable: false) { add(program, .environment) }
        }
        if let userFolder {
            for program in Self.adapterFiles(in: userFolder, requireExecutable: false) { add(program, .userFolder) }
        }
        for folder in executablePath where folder.hasPrefix("/") {
            for program in Self.adapterFiles(in: folder, requireExecutable: true) { add(program, .path) }
        }
        return (programs, refusals)
    }

    /// The `gradeport-adapter-*` files of a folder, sorted by name; on `PATH` only executable ones
    /// (a `.py` file there must be executable too, as any program on `PATH`).
    static func adapterFiles(in folder: String, requireExecutable: Bool) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && $0.count > namePrefix.count && !$0.hasSuffix("~") }
            .sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
            .filter { path in
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                    return false
                }
                return !requireExecutable || FileManager.default.isExecutableFile(atPath: path)
            }
    }

    /// The non-empty entries of a `:`-separated list.
    public static func folders(_ list: String?) -> [String] {
        (list ?? "").split(separator: ":", omittingEmptySubsequences: true).map(String.init)
    }
}
