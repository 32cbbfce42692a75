import GradePortCore

extension SchoolDataSyncWriter: GradebookWriter {
    /// `sds`.
    public var outputFormat: OutputFormat { .schoolDataSync }

    /// What the format is.
    public var summary: String { "Microsoft School Data Sync CSV (v2.1 or classic v1)" }

    /// A folder or a `.zip`.
    public var layout: OutputLayout { .fileSet }

    /// ``WriterOptions/schoolDataSyncVersion``.
    public var acceptedOptions: Set<WriterOptions.Option> { [.schoolDataSyncVersion] }

    /// Writes the files into the folder or archive, in the version the options name or else the
    /// writer's own.
    ///
    /// - Returns: The files with their rows, and the people left out.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        let files = try destination.fileSet(for: outputFormat)
        var writer = self
        if let version = options.schoolDataSyncVersion { writer.options.version = version }
        return try writer.write(book, to: files)
    }
}
