/// One line an adapter wrote on standard output, as the reader thread split it.
public enum OutputLine: Sendable, Hashable {
    /// A complete line, without its `\n`.
    case text([UInt8])
    /// A line longer than the limit: its first bytes, the rest discarded.
    case tooLong(prefix: [UInt8], limit: Int)
}
