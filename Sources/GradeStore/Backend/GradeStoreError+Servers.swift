/// The problems only a store on a database server has.
extension GradeStoreError.Code {
    /// A store location that cannot be understood (a malformed PostgreSQL URL).
    public static let invalidLocation = Self(rawValue: "invalid-location")
    /// The server refused the user name or password.
    public static let authentication = Self(rawValue: "authentication")
    /// The server cannot be reached (refused, timed out, unknown host) or the connection was lost.
    public static let unreachable = Self(rawValue: "unreachable")
}
