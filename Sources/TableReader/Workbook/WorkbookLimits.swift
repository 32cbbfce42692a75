import GradePortBase

/// Bounds on what a workbook may make the reader unpack: protection against zip bombs and
/// absurd files.
///
/// An XLSX workbook is a ZIP archive whose parts are inflated before they are parsed. A few
/// kilobytes can declare (or actually inflate to) gigabytes, so every part is checked against
/// these limits twice: by the sizes its archive declares before anything is inflated, and by
/// the bytes actually produced while inflating, which stops as soon as a limit is crossed.
///
/// The defaults are far above any real school journal (a 40,000-row × 60-column sheet is about
/// 50 MB of XML) and far below what would exhaust a teacher's machine.
public struct WorkbookLimits: Sendable, Equatable {
    /// The largest uncompressed sheet part, in bytes (default 512 MiB).
    public var maxSheetBytes: Int
    /// The largest uncompressed shared-strings part, in bytes (default 64 MiB).
    public var maxSharedStringsBytes: Int
    /// The largest other XML part read (workbook, relationships, styles), in bytes (default 16 MiB).
    public var maxPartBytes: Int
    /// The largest sum of the declared uncompressed sizes of all entries (default 2 GiB).
    public var maxTotalBytes: Int
    /// The largest ratio of uncompressed to compressed size (default 200).
    ///
    /// Checked for entries larger than ``ratioThresholdBytes``. Sheet XML compresses 10–30 times; 1,000 times
    /// is a file made to explode.
    public var maxCompressionRatio: Int
    /// Entries smaller than this are not checked for their compression ratio (default 1 MiB).
    public var ratioThresholdBytes: Int
    /// The largest number of entries in the archive (default 10,000).
    public var maxEntries: Int

    /// Creates limits; the defaults suit school journals.
    public init(
        maxSheetBytes: Int = 512 << 20, maxSharedStringsBytes: Int = 64 << 20, maxPartBytes: Int = 16 << 20,
        maxTotalBytes: Int = InputLimits.standard.maxArchiveBytes,
        maxCompressionRatio: Int = InputLimits.standard.maxCompressionRatio, ratioThresholdBytes: Int = 1 << 20,
        maxEntries: Int = InputLimits.standard.maxArchiveEntries
    ) {
        self.maxSheetBytes = maxSheetBytes
        self.maxSharedStringsBytes = maxSharedStringsBytes
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThresholdBytes = ratioThresholdBytes
        self.maxEntries = maxEntries
    }
}
