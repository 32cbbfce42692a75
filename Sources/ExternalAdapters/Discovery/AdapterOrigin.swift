/// Where the host found an external adapter, in discovery order.
public enum AdapterOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Named with `--adapter PATH`.
    case option
    /// In a folder of `GRADEPORT_ADAPTER_PATH`.
    case environment
    /// In the user's adapters folder (`$XDG_DATA_HOME/gradeport/adapters`).
    case userFolder
    /// A `gradeport-adapter-*` program on `PATH`.
    case path
    /// Given to the host directly by a program (the Swift SDK's tests, `adapters check`).
    case direct

    /// `--adapter`, `GRADEPORT_ADAPTER_PATH`, `adapters folder`, `PATH`, `given`.
    public var description: String {
        switch self {
        case .option: "--adapter"
        case .environment: "GRADEPORT_ADAPTER_PATH"
        case .userFolder: "adapters folder"
        case .path: "PATH"
        case .direct: "given"
        }
    }
}
