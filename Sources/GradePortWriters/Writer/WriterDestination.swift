/// Where a ``GradebookWriter`` writes: a stream of bytes or a set of files, as its
/// ``GradebookWriter/layout`` says.
///
/// ```swift
/// var bytes: [UInt8] = []
/// _ = try GradebookJSONWriter().write(book, to: .stream { bytes.append(contentsOf: $0) }, options: WriterOptions())
/// _ = try OneRosterWriter().write(book, to: .files(FileSetDestination(path: "7A.zip")), options: WriterOptions())
/// ```
public enum WriterDestination {
    /// A stream of bytes, handed over in chunks (standard output, a file).
    case stream((ArraySlice<UInt8>) throws -> Void)
    /// A folder or a `.zip` archive, for a format of several files.
    case files(FileSetDestination)

    /// The sink of a stream.
    ///
    /// - Throws: ``InterchangeError`` (a destination problem) when this is a folder or an archive.
    public func sink(for format: OutputFormat) throws(InterchangeError) -> (ArraySlice<UInt8>) throws -> Void {
        guard case .stream(let sink) = self else {
            throw InterchangeError(
                "\(format) writes one stream of bytes, not a folder or a .zip file", isDestinationProblem: true)
        }
        return sink
    }

    /// The folder or archive of a set of files.
    ///
    /// - Throws: ``InterchangeError`` (a destination problem) when this is a stream.
    public func fileSet(for format: OutputFormat) throws(InterchangeError) -> FileSetDestination {
        guard case .files(let destination) = self else {
            throw InterchangeError(
                "\(format) writes several files; name a folder or a .zip file", isDestinationProblem: true)
        }
        return destination
    }
}
