import GradePortCore

extension OneRosterWriter: GradebookWriter {
    /// `oneroster`.
    public var outputFormat: OutputFormat { .oneRoster }

    /// What the format is.
    public var summary: String { "a OneRoster 1.2 CSV bulk bundle" }

    /// A folder or a `.zip`.
    public var layout: OutputLayout { .fileSet }

    /// Writes the bundle into the folder or archive.
    ///
    /// - Returns: The files written and their row counts.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        try write(book, to: destination.fileSet(for: outputFormat))
    }
}
