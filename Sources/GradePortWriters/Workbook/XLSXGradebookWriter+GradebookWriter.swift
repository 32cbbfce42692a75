import Foundation
import GradePortCore

extension XLSXGradebookWriter: GradebookWriter {
    /// `xlsx`.
    public var outputFormat: OutputFormat { .xlsx }

    /// What the format is.
    public var summary: String { "an Excel workbook: a gradebook sheet per class and subject, Results and Problems" }

    /// One stream (the workbook's bytes).
    public var layout: OutputLayout { .stream }

    /// Writes the workbook into a private temporary folder (libxlsxwriter writes a file, and keeps
    /// each sheet's rows in temporary files there), then hands its bytes to the stream in 1 MiB
    /// chunks; the folder is removed afterwards.
    ///
    /// - Returns: `nil`: the workbook leaves nothing out.
    public func write(
        _ book: Gradebook, to destination: WriterDestination, options: WriterOptions
    ) throws
        -> ExportSummary?
    {
        let sink = try destination.sink(for: outputFormat)
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("gradeport-xlsx-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InterchangeError("cannot create a temporary folder for the workbook", isDestinationProblem: true)
        }
        defer { try? manager.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.xlsx")
        try write(book, toFile: file.path, temporaryFolder: folder.path)
        guard let handle = try? FileHandle(forReadingFrom: file) else {
            throw InterchangeError("the written workbook cannot be read back", isDestinationProblem: true)
        }
        defer { try? handle.close() }
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try sink(Array(chunk)[...])
        }
        return nil
    }
}
