import Foundation

/// An adapter program found on disk, before it has described itself.
public struct AdapterProgram: Sendable, Hashable {
    /// The program's absolute path.
    public var path: String
    /// Where it was found.
    public var origin: AdapterOrigin
    /// How it is started: a `.py` file with `python3`, any other file as it is.
    public var invocation: ProgramInvocation

    /// Creates a program with an explicit invocation.
    public init(path: String, origin: AdapterOrigin, invocation: ProgramInvocation) {
        self.path = path
        self.origin = origin
        self.invocation = invocation
    }

    /// The program at `path`, started as the protocol says: a `.py` file with the first `python3` on
    /// `searchPath` (absolute folders only), any other file directly; `nil` for a file that is
    /// neither a `.py` file nor executable, with the reason.
    public static func at(
        _ path: String, origin: AdapterOrigin, searchPath: [String]
    ) -> Result<AdapterProgram, AdapterRefusal> {
        let absolute = Self.absolute(path)
        if absolute.hasSuffix(".py") {
            guard let python = Self.find("python3", in: searchPath) else {
                return .failure(
                    AdapterRefusal(
                        path: absolute, origin: origin,
                        message: "python3 is not on PATH; it is needed to run \(absolute)"))
            }
            return .success(
                AdapterProgram(
                    path: absolute, origin: origin,
                    invocation: ProgramInvocation(executable: python, leadingArguments: [absolute])))
        }
        guard FileManager.default.isExecutableFile(atPath: absolute) else {
            return .failure(
                AdapterRefusal(
                    path: absolute, origin: origin,
                    message: "\(absolute) is not executable (chmod +x it, or name a Python adapter *.py)"))
        }
        return .success(
            AdapterProgram(path: absolute, origin: origin, invocation: ProgramInvocation(executable: absolute)))
    }

    /// The id the file name gives (`gradeport-adapter-moodle.py` → `moodle`), if it follows the convention.
    public var idFromName: String? {
        var name = (path as NSString).lastPathComponent
        guard name.hasPrefix(AdapterDiscovery.namePrefix) else { return nil }
        name.removeFirst(AdapterDiscovery.namePrefix.count)
        if let dot = name.firstIndex(of: ".") { name = String(name[..<dot]) }
        return name.isEmpty ? nil : name
    }

    /// The first executable called `name` in the absolute folders of `searchPath`.
    static func find(_ name: String, in searchPath: [String]) -> String? {
        for folder in searchPath where folder.hasPrefix("/") {
            let candidate = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The path made absolute against the current folder, `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}

/// An adapter the host did not load, and why.
public struct AdapterRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The program's path.
    public var path: String
    /// Where it was found.
    public var origin: AdapterOrigin
    /// Why it was not loaded, in a sentence.
    public var message: String

    /// Creates a refusal.
    public init(path: String, origin: AdapterOrigin, message: String) {
        self.path = path
        self.origin = origin
        self.message = message
    }

    /// The sentence.
    public var description: String { message }
}
