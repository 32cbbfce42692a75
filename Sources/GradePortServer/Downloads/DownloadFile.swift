import Foundation
import GradePortCore
import GradePortReports
import GradePortWriters

/// Writes a download into a file of the session's folder, with the same writer, options and
/// renderer as the CLI, so that its bytes are what `gradeport convert` or `report` writes for the
/// same inputs.
enum DownloadFile {
    /// Writes `format` of `book` to a new file under `folder` and returns its path.
    ///
    /// - Parameters:
    ///   - paths: Where each source's file is kept (for the problems file's values).
    ///   - policy: The grading policy of the report (`report --policy`).
    ///   - language: The page's language, which the class report is written in (as `report --lang`).
    /// - Throws: ``DownloadError`` when the writer or the file fails.
    static func write(
        _ format: DownloadFormat, of book: Gradebook, paths: [Source.ID: String],
        policy: GradingPolicy = .kazakhstan, into folder: String, language: Language = .ru
    ) throws -> String {
        let path = (folder as NSString).appendingPathComponent(
            "download-\(AccessSecret.make(bytes: 8))-\(format.fileName)")
        do {
            if let (writer, options) = format.writer, writer.layout == .fileSet {
                _ = try writer.write(book, to: .files(FileSetDestination(path: path)), options: options)
                return path
            }
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else { throw DownloadError(message: "cannot write \(format.fileName) in the session folder") }
            defer { try? handle.close() }
            let sink: (ArraySlice<UInt8>) throws -> Void = { chunk in try handle.write(contentsOf: chunk) }
            switch format {
            case .reportHTML:
                let report = try ReportBuilder(policy: policy).build(from: book)
                try ReportFormat.html.renderer(in: language).write(report, to: sink)
            case .problems:
                try ProblemsFile(book: book, paths: paths).write(to: sink)
            default:
                guard let (writer, options) = format.writer else { break }
                _ = try writer.write(book, to: .stream(sink), options: options)
            }
            return path
        } catch let error as DownloadError {
            throw error
        } catch let error as InterchangeError {
            try? FileManager.default.removeItem(atPath: path)
            throw DownloadError(message: error.message)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw DownloadError(message: "\(format.fileName) could not be written")
        }
    }
}

/// A download that could not be written, with a message for the page.
struct DownloadError: Error, Sendable {
    /// What went wrong.
    var message: String
}
