import GradePortCore

extension ResultsCSVWriter: GradebookWriter {
    /// `csv`.
    public var outputFormat: OutputFormat { .csv }

    /// What the format is.
    public var summary: String { "one CSV row per result, with the names a person reads" }

    /// One stream.
    public var layout: OutputLayout { .stream }

    /// ``WriterOptions/excel``.
    public var acceptedOptions: Set<WriterOptions.Option> { [.excel] }

    /// Writes the CSV to the stream, in ``CSVFormat/excel`` when the options ask for it and in the
    /// writer's own ``format`` otherwise.
    ///
    /// - Returns: `nil`: the CSV leaves nothing out.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        let sink = try destination.sink(for: outputFormat)
        try ResultsCSVWriter(format: options.excel ? .excel : format).write(book, to: sink)
        return nil
    }
}
