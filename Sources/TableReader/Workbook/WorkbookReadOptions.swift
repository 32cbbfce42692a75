/// Settings for reading an XLSX or Excel 2003 XML workbook.
public struct WorkbookReadOptions: Sendable, Equatable {
    /// Bounds on what the workbook may make the reader unpack and parse.
    public var limits: WorkbookLimits

    /// Fill the value of a merged range into every cell it covers, for rows `1...n` of a sheet
    /// (default 0: no filling).
    ///
    /// Journals often merge a header such as `СОР 1` over the columns of its tasks, or `ФИО` over
    /// two header rows. With filling, each covered column of the header rows carries the text,
    /// so that header matching sees it. Data rows (below `n`) are never filled: a merged data cell
    /// would otherwise turn into several values that are not in the file.
    public var fillMergedCellsInFirstRows: Int

    /// Creates options.
    public init(limits: WorkbookLimits = .init(), fillMergedCellsInFirstRows: Int = 0) {
        self.limits = limits
        self.fillMergedCellsInFirstRows = max(0, fillMergedCellsInFirstRows)
    }
}
