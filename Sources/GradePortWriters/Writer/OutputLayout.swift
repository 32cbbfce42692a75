/// Whether a format is one stream of bytes or a set of files.
public enum OutputLayout: Sendable, Hashable {
    /// One stream of bytes, for standard output or one file (`json`, `csv`, `classroom-roster`).
    case stream
    /// Several files, written into a folder or a `.zip` archive (`oneroster`, `sds`).
    case fileSet
}
