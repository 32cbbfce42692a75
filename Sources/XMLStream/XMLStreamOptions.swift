import GradePortBase

/// Limits that an ``XMLStreamReader`` enforces on untrusted input.
///
/// The defaults suit spreadsheet exports (XLSX sheet parts of several hundred megabytes, Excel 2003 XML). libxml2
/// enforces its own ceilings as well, which these options cannot raise: 256 levels of nesting and 10,000,000
/// bytes per text node.
public struct XMLStreamOptions: Sendable, Equatable {
    /// The deepest element nesting accepted; the root element is at depth 1. Default 256.
    ///
    /// A deeper document fails with ``XMLStreamError/Code/depthExceeded``. libxml2 stops at 256 on its own,
    /// so larger values behave like 256.
    public var maxDepth: Int

    /// The largest input accepted, in bytes. Default 2 GiB.
    ///
    /// A larger input fails with ``XMLStreamError/Code/tooLarge``: a file whose size is known fails when the
    /// reader is created, a stream as soon as the limit is crossed.
    public var maxInputBytes: Int

    /// The largest single text node accepted, in UTF-8 bytes. Default 10,000,000 (libxml2's own ceiling).
    ///
    /// A longer text node fails with ``XMLStreamError/Code/tooLarge``.
    public var maxTextBytes: Int

    /// Creates options with the given limits.
    ///
    /// - Parameters:
    ///   - maxDepth: The deepest element nesting accepted (the root element is at depth 1).
    ///   - maxInputBytes: The largest input accepted, in bytes.
    ///   - maxTextBytes: The largest single text node accepted, in UTF-8 bytes.
    public init(
        maxDepth: Int = InputLimits.standard.maxXMLDepth, maxInputBytes: Int = InputLimits.standard.maxInputBytes,
        maxTextBytes: Int = InputLimits.standard.maxXMLTextBytes
    ) {
        self.maxDepth = maxDepth
        self.maxInputBytes = maxInputBytes
        self.maxTextBytes = maxTextBytes
    }
}
