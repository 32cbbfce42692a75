import GradePortCore

extension ClassroomRosterWriter: GradebookWriter {
    /// `classroom-roster`.
    public var outputFormat: OutputFormat { .classroomRoster }

    /// What the format is.
    public var summary: String { "a Google Classroom roster (class, e-mail, name) for bulk invitations" }

    /// One stream.
    public var layout: OutputLayout { .stream }

    /// ``WriterOptions/excel``.
    public var acceptedOptions: Set<WriterOptions.Option> { [.excel] }

    /// Writes the roster to the stream, in ``CSVFormat/excel`` when the options ask for it and in the
    /// writer's own ``format`` otherwise.
    ///
    /// - Returns: The one file's rows and the students left out for want of an e-mail address.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        let sink = try destination.sink(for: outputFormat)
        return try ClassroomRosterWriter(format: options.excel ? .excel : format).write(book, to: sink)
    }
}
