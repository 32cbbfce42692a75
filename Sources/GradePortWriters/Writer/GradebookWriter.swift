import GradePortCore

/// A writer of one output format: what `--to` names.
///
/// Every format GradePort writes has one: the `gradeport/1` JSON (``GradebookJSONWriter``), the
/// results CSV (``ResultsCSVWriter``), OneRoster 1.2 (``OneRosterWriter``), School Data Sync
/// (``SchoolDataSyncWriter``) and the Classroom roster (``ClassroomRosterWriter``). A program finds
/// the writer of a format in a ``WriterRegistry`` (``BuiltInWriters/registry``) and writes through
/// this protocol, whichever format it is:
///
/// ```swift
/// guard let writer = BuiltInWriters.registry.writer(for: "oneroster") else { return }
/// let destination: WriterDestination = switch writer.layout {
/// case .stream: .stream { bytes in … }
/// case .fileSet: .files(try FileSetDestination(path: "7A-oneroster.zip"))
/// }
/// let summary = try writer.write(book, to: destination, options: WriterOptions())
/// ```
///
/// Each writer type also keeps its own API (`encode`, options of its own) for programs that know
/// the format they want.
public protocol GradebookWriter: Sendable {
    /// The format written: its id is the `--to` value.
    var outputFormat: OutputFormat { get }

    /// One line saying what the format is, e.g. `OneRoster 1.2 CSV bulk bundle`.
    var summary: String { get }

    /// Whether the format is one stream of bytes or a set of files (a folder or a `.zip`).
    var layout: OutputLayout { get }

    /// The ``WriterOptions`` settings this writer reads; by default none.
    var acceptedOptions: Set<WriterOptions.Option> { get }

    /// Writes the gradebook.
    ///
    /// - Parameters:
    ///   - book: The gradebook.
    ///   - destination: A stream for a ``OutputLayout/stream`` format, a folder or archive for a
    ///     ``OutputLayout/fileSet`` one.
    ///   - options: The run's settings; the writer reads those in ``acceptedOptions``.
    /// - Returns: The files written and the people left out, for formats that report them (`nil`
    ///   for the `gradeport/1` JSON and the results CSV, which leave nobody out).
    /// - Throws: ``InterchangeError`` when the destination is of the wrong kind or unusable
    ///   (``InterchangeError/isDestinationProblem``) or a file cannot be written, the destination then
    ///   left as it was; whatever a stream's sink throws.
    func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
}

extension GradebookWriter {
    /// No settings.
    public var acceptedOptions: Set<WriterOptions.Option> { [] }
}
