import Foundation

/// The program `gradeport serve --open` opens the page with: the first usable command of `$BROWSER`
/// (commands separated by `:`, as Python's `webbrowser` and `man` read it; `%s` in a command stands
/// for the address, which is otherwise added at the end), else `xdg-open` found on `PATH` (`open`
/// on macOS). Nothing is run through a shell.
public struct BrowserOpener: Sendable, Hashable {
    /// The program's path.
    public var program: String
    /// Its arguments, the address among them.
    public var arguments: [String]
    /// Where it came from, for messages: `$BROWSER` or the program's name.
    public var origin: String

    /// The opener for `url` under `environment` (`BROWSER`, `PATH`); `nil` when there is none.
    public static func find(for url: String, environment: [String: String]) -> BrowserOpener? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for command in (environment["BROWSER"] ?? "").split(separator: ":") {
            var words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !words.isEmpty, let program = executable(words.removeFirst(), in: folders) else { continue }
            let arguments =
                words.contains { $0.contains("%s") } ? words.map { replaceAddress(in: $0, with: url) } : words + [url]
            return BrowserOpener(program: program, arguments: arguments, origin: "$BROWSER")
        }
        #if os(macOS)
            if let program = executable("/usr/bin/open", in: folders) {
                return BrowserOpener(program: program, arguments: [url], origin: "open")
            }
        #else
            if let program = executable("xdg-open", in: folders) {
                return BrowserOpener(program: program, arguments: [url], origin: "xdg-open")
            }
        #endif
        return nil
    }

    /// What to tell the user when no opener exists.
    public static var missing: String {
        #if os(macOS)
            "--open: no program to open a browser with (no $BROWSER, no /usr/bin/open); open the address above in a browser"
        #else
            "--open: no program to open a browser with ($BROWSER is not set and xdg-open is not on PATH); "
                + "open the address above in a browser"
        #endif
    }

    /// Starts the program; `report` gets a line for the user if it cannot start or ends with a failure.
    ///
    /// - Returns: The running process, or `nil` when it could not start.
    @discardableResult
    public func open(report: @escaping @Sendable (String) -> Void) -> Process? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let name = (program as NSString).lastPathComponent
        process.terminationHandler = { ended in
            guard ended.terminationReason != .exit || ended.terminationStatus != 0 else { return }
            let how =
                ended.terminationReason == .exit
                ? "exited with status \(ended.terminationStatus)" : "was stopped by signal \(ended.terminationStatus)"
            report("--open: \(name) (from \(origin)) \(how); open the address above in a browser")
        }
        do {
            try process.run()
        } catch {
            report("--open: \(name) (from \(origin)) could not be started; open the address above in a browser")
            return nil
        }
        return process
    }

    /// `word` with each `%s` replaced by `url`.
    private static func replaceAddress(in word: String, with url: String) -> String {
        word.replacingOccurrences(of: "%s", with: url)
    }

    /// The path of an executable named `name` (a path, or a name looked up in `folders`).
    private static func executable(_ name: String, in folders: [String]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: path)
            {
                return path
            }
        }
        return nil
    }
}
