import Foundation
import GradePortCore

extension XLSXGradebookWriter: GradebookWriter {
    /// `xlsx`.
    public var outputFormat: OutputFormat { .xlsx }

    /// What the format is.
    public var summary: String { "an Excel workbook: a gradebook sheet per class and subject, Results and Problems" }

    /// One stream (the workbook's bytes).
    public var layout: OutputLayout { .stream }

    /// Writes the workbook to the stream (built in a private temporary folder, see
    /// `XLSXWorkbook.streamed(to:_:)`).
    ///
    /// - Returns: `nil`: the workbook leaves nothing out.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        let sink = try destination.sink(for: outputFormat)
        try XLSXWorkbook.streamed(to: sink) { workbook in write(book, into: workbook) }
        return nil
    }
}
