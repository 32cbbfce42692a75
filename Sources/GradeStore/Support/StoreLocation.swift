/// Where the store is: `--store PATH`, else the `GRADEPORT_STORE` environment variable, else
/// `gradeport.sqlite` in the working folder.
public enum StoreLocation {
    /// The file name used when nothing else names the store.
    public static let defaultPath = "gradeport.sqlite"

    /// The environment variable that names the store.
    public static let environmentVariable = "GRADEPORT_STORE"

    /// The store's path.
    ///
    /// - Parameters:
    ///   - option: The path given on the command line, if any.
    ///   - environment: The process environment.
    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let named = environment[environmentVariable], !named.isEmpty { return named }
        return defaultPath
    }
}
