import GradePortCore

/// An input uploaded into a session: where the server keeps it, the name the user gave it, and
/// how it was read.
struct SessionInput: Sendable {
    /// The input's number in its session (its card's and its routes' id).
    var number: Int
    /// The file's name as the user's browser gave it, reduced to one safe path component.
    var name: String
    /// Where the server keeps it, inside the session's folder.
    var path: String
    /// Its size in bytes.
    var size: Int64
    /// The platform the user chose for it, instead of detecting it.
    var platformOverride: PlatformID?
    /// How it was read: its card (the gradebook itself is not kept with the input; it is read again
    /// when needed, so that a session holds one large gradebook at a time, not one per file).
    var card: InputCard
}
