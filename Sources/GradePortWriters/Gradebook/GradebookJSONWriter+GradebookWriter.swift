import GradePortCore

extension GradebookJSONWriter: GradebookWriter {
    /// `json`.
    public var outputFormat: OutputFormat { .json }

    /// What the format is.
    public var summary: String { "the gradeport/1 JSON form of the whole gradebook" }

    /// One stream.
    public var layout: OutputLayout { .stream }

    /// Writes the JSON to the stream.
    ///
    /// - Returns: `nil`: the JSON leaves nothing out.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        try write(book, to: destination.sink(for: outputFormat))
        return nil
    }
}
