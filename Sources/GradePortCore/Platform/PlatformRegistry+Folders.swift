import Foundation

extension PlatformRegistry {
    /// The inputs a list of paths names, folders walked: a folder that an adapter recognises (an API
    /// dump) stays one input; any other folder stands for the files and folders inside it, walked
    /// recursively in a stable order (names sorted by their UTF-8 bytes, hidden names left out), so
    /// that `gradeport import city/` imports every school folder's exports.
    ///
    /// With `platformID`, a folder is one input when that adapter's sniff takes it (detection of the
    /// other adapters is skipped). A folder that holds no file at all stays as given, so that reading
    /// it reports the folder (it is empty, or nothing in it is an export). Paths that do not name a
    /// folder (files, `-`, missing paths) are kept as they are, in their place.
    ///
    /// - Parameters:
    ///   - paths: The inputs as the user named them.
    ///   - platformID: The adapter every input is read with, if one was named.
    /// - Returns: The inputs, each a file or a folder an adapter reads as one export.
    public func inputs(expanding paths: [String], platformID: PlatformID? = nil) -> [String] {
        var expanded: [String] = []
        for path in paths {
            let before = expanded.count
            walk(path, platformID: platformID, into: &expanded)
            if expanded.count == before { expanded.append(path) }
        }
        return expanded
    }

    /// Appends the inputs under `path` (itself when it is a file or a recognised folder).
    private func walk(_ path: String, platformID: PlatformID?, into inputs: inout [String]) {
        var isFolder: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            let file = try? ExportFile(path: path), !isOneExport(file, platformID: platformID),
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else {
            inputs.append(path)
            return
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for name in names.filter({ !$0.hasPrefix(".") }).sorted(by: {
            Array($0.utf8).lexicographicallyPrecedes($1.utf8)
        }) {
            let child = prefix + name
            var childIsFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &childIsFolder) else { continue }
            if childIsFolder.boolValue {
                walk(child, platformID: platformID, into: &inputs)
            } else {
                inputs.append(child)
            }
        }
    }

    /// Whether a folder is one export (an API dump an adapter recognises).
    private func isOneExport(_ folder: ExportFile, platformID: PlatformID?) -> Bool {
        if let platformID {
            guard let chosen = platform(id: platformID) else { return true }
            return chosen.sniff(folder).map { $0.confidence > .none } ?? false
        }
        return !detect(folder).isEmpty
    }
}
