import GradePortBase

/// Bounds that protect a reader from hostile or broken input.
///
/// Exceeding a bound raises a ``JSONReadError`` with code ``JSONReadError/Code/limitExceeded``
/// instead of exhausting the stack or memory.
public struct JSONLimits: Sendable, Equatable {
    /// The deepest nesting of arrays and objects accepted (default 512).
    public var maxDepth: Int
    /// The longest string accepted, in UTF-8 bytes after unescaping (default 64 MiB).
    public var maxStringBytes: Int
    /// The longest number literal accepted, in characters (default 1,024).
    public var maxNumberLength: Int

    /// Creates limits; the defaults suit any real gradebook export.
    public init(
        maxDepth: Int = InputLimits.standard.maxJSONDepth,
        maxStringBytes: Int = InputLimits.standard.maxJSONStringBytes,
        maxNumberLength: Int = 1024
    ) {
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
        self.maxNumberLength = maxNumberLength
    }
}
