import GradePortCore

/// An output format's id: what `gradeport convert --to` and `gradeport export --to` name (`json`,
/// `oneroster`).
///
/// A ``GradebookWriter`` writes one format; a ``WriterRegistry`` finds the writer of a format.
///
/// ```swift
/// let writer = BuiltInWriters.registry.writer(for: .oneRoster)
/// ```
public struct OutputFormat: StringIdentifier {
    /// The id's text.
    public var rawValue: String

    /// Creates the id from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `json`: the `gradeport/1` JSON form (``GradebookJSONWriter``).
    public static let json: OutputFormat = "json"
    /// `csv`: one row per result (``ResultsCSVWriter``).
    public static let csv: OutputFormat = "csv"
    /// `oneroster`: a OneRoster 1.2 CSV bulk bundle (``OneRosterWriter``).
    public static let oneRoster: OutputFormat = "oneroster"
    /// `sds`: Microsoft School Data Sync CSV (``SchoolDataSyncWriter``).
    public static let schoolDataSync: OutputFormat = "sds"
    /// `classroom-roster`: a Google Classroom roster (``ClassroomRosterWriter``).
    public static let classroomRoster: OutputFormat = "classroom-roster"
    /// An Excel workbook (``XLSXGradebookWriter``).
    public static let xlsx: OutputFormat = "xlsx"
}
