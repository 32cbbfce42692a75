import GradePortCore

/// What the page's card says about one uploaded input: how it was detected and read, and how much
/// of it was taken.
public struct InputCard: Sendable, Hashable {
    /// The card's state, the `data-state` of `[data-testid=file-card]`.
    public enum State: String, Sendable, Hashable {
        /// Read with nothing to report.
        case read
        /// Read; some values were kept with a warning.
        case warnings
        /// Read; some rows or cells were rejected.
        case errors
        /// Not read at all.
        case unreadable
    }

    /// The platform that read it (detected or chosen), when one did.
    public var platform: PlatformID?
    /// The platform's display name.
    public var platformName: String?
    /// The export kind.
    public var export: ExportKindID?
    /// The text encoding of a CSV/TSV file.
    public var encoding: String?
    /// The field delimiter of a CSV/TSV file (`,`, `;` or `tab`).
    public var delimiter: String?
    /// The sheet read from a workbook.
    public var sheet: String?
    /// Data rows (or API records) read.
    public var rows = 0
    /// Results taken.
    public var results = 0
    /// Error diagnostics.
    public var errors = 0
    /// Warning diagnostics.
    public var warnings = 0
    /// Whether the input could be read at all.
    public var readable = false

    /// The state the counts give.
    public var state: State {
        if !readable { return .unreadable }
        if errors > 0 { return .errors }
        if warnings > 0 { return .warnings }
        return .read
    }
}
