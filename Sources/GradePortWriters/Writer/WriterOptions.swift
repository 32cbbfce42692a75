/// The settings of one run that only some formats read: the command line's `--excel` and
/// `--sds-version`.
///
/// A writer names the settings it reads in ``GradebookWriter/acceptedOptions``; the others are left
/// at their defaults, and a command rejects them for that format.
///
/// ```swift
/// let options = WriterOptions(excel: true)
/// _ = try ResultsCSVWriter().write(book, to: .stream(sink), options: options)   // BOM, ';', 18,5
/// ```
public struct WriterOptions: Sendable, Hashable {
    /// One setting, as a writer names the ones it reads.
    public enum Option: Sendable, Hashable, CaseIterable {
        /// ``WriterOptions/excel``.
        case excel
        /// ``WriterOptions/schoolDataSyncVersion``.
        case schoolDataSyncVersion
    }

    /// Write CSV for Russian and Kazakh Excel (``CSVFormat/excel``: UTF-8 with BOM, `;`, decimal
    /// commas) instead of the writer's own format.
    public var excel: Bool
    /// The School Data Sync version to write; `nil` keeps the writer's own.
    public var schoolDataSyncVersion: SchoolDataSyncWriter.Version?

    /// Creates options; by default every writer writes as it is configured.
    public init(excel: Bool = false, schoolDataSyncVersion: SchoolDataSyncWriter.Version? = nil) {
        self.excel = excel
        self.schoolDataSyncVersion = schoolDataSyncVersion
    }
}
