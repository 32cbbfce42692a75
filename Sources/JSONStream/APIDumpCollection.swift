/// A collection a caller wants from an ``APIDump``: its name and the other keys it may appear under.
///
/// Names match top-level keys exactly (case-sensitive). In a folder dump they match file names
/// case-insensitively (see ``APIDump``). The alias `""` stands for a file whose top-level value
/// is a bare array:
///
/// ```swift
/// APIDumpCollection("criteriaMarksTotals", aliases: ["criteria-marks-totals-light", ""])
/// ```
public struct APIDumpCollection: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The name records are reported under (``APIDumpRecord/collection``).
    public let name: String
    /// Other keys or file names holding the same collection.
    public let aliases: [String]

    /// Creates a collection with optional aliases.
    public init(_ name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    /// Creates a collection without aliases.
    public init(stringLiteral name: String) {
        self.init(name)
    }

    /// The name followed by the aliases.
    var names: [String] { [name] + aliases }
}
