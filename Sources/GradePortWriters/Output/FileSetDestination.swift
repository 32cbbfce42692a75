import Foundation

/// Where an export of several files goes: a folder, or a `.zip` archive.
///
/// ```swift
/// let destination = try FileSetDestination(path: "export.zip")   // .zip → an archive, else a folder
/// ```
public enum FileSetDestination: Sendable, Hashable {
    /// A folder, created if it does not exist. An existing folder may hold only files the export
    /// writes (a previous export of the same kind), which are replaced.
    case folder(String)
    /// A ZIP archive, replaced whole if it exists.
    case zip(String)

    /// The destination a path names: an archive when it ends in `.zip` (any case), else a folder.
    ///
    /// - Throws: ``InterchangeError`` (a destination problem) for `-` or an empty path, a `.zip` path
    ///   that is an existing folder, or a folder path that is an existing file.
    public init(path: String) throws(InterchangeError) {
        guard !path.isEmpty, path != "-" else {
            throw InterchangeError(
                "an export of several files cannot go to standard output; name a folder or a .zip file",
                isDestinationProblem: true)
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if path.lowercased().hasSuffix(".zip") {
            if exists && isFolder.boolValue {
                throw InterchangeError("\(path) is a folder; name a new .zip file", isDestinationProblem: true)
            }
            self = .zip(path)
        } else {
            if exists && !isFolder.boolValue {
                throw InterchangeError(
                    "\(path) is a file; name a folder (created if missing) or a path ending in .zip",
                    isDestinationProblem: true)
            }
            let fileExtension = (path as NSString).pathExtension.lowercased()
            if !exists && Self.fileExtensions.contains(fileExtension) {
                throw InterchangeError(
                    "\(path) names a .\(fileExtension) file, but this format is several files; name a folder "
                        + "(created if missing) or a path ending in .zip",
                    isDestinationProblem: true)
            }
            self = .folder(path)
        }
    }

    /// Extensions of single files that a new folder is never named with: `-o x.csv` is a slip, not a
    /// folder called `x.csv`.
    static let fileExtensions: Set<String> = ["csv", "tsv", "txt", "json", "xlsx", "xls", "xml", "html", "pdf"]

    /// The path.
    public var path: String {
        switch self {
        case .folder(let path), .zip(let path): path
        }
    }
}
