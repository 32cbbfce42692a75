/// How the builder learns each input's school when the export does not name one.
///
/// - ``none``: inputs are not scoped (the default; single-school output keeps its ids);
/// - ``named(_:)``: every input belongs to one school (`--school NAME`);
/// - ``folder``: each input belongs to the school named by the folder that holds it
///   (`--school-from-folder`: `city/Школа 12/7А.csv` belongs to `Школа 12`).
public enum InputSchools: Sendable, Hashable {
    /// No school is given.
    case none
    /// Every input belongs to this school.
    case named(SchoolScope)
    /// Each input belongs to the school its folder names.
    case folder

    /// The school of the input at `path`, if any: for ``folder``, the last component of the folder
    /// holding it (`nil` for an input given without a folder, as a bare file name).
    public func scope(forInput path: String) -> SchoolScope? {
        switch self {
        case .none: return nil
        case .named(let scope): return scope
        case .folder: return InputSchools.folderName(of: path).flatMap { SchoolScope(parsing: $0) }
        }
    }

    /// The name of the folder holding `path` (trailing slashes ignored): `a/b/c.csv` → `b`; `nil`
    /// when the path has no folder part, or names `.` or `..`.
    public static func folderName(of path: String) -> String? {
        var components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard components.count >= 2 else { return nil }
        components.removeLast()
        let name = String(components.last!)
        return name == "." || name == ".." ? nil : name
    }

    /// The folder holding `path` as written (`a/b/c.csv` → `a/b`); `""` for a bare file name.
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        return String(trimmed[..<slash])
    }
}
