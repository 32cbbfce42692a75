/// An error thrown while reading a table file: the file could not be decoded or parsed.
///
/// Every error carries the position where reading stopped, so that it can be shown as
/// `FILE:LINE:COLUMN: message`. Match the kind of failure with ``code``:
///
/// ```swift
/// do {
///     let reader = try CSVReader(path: path)
///     while let row = try reader.next() { … }
/// } catch let error as TableReadError where error.code == .unterminatedQuote {
///     print("truncated download? \(error)")
/// }
/// ```
public struct TableReadError: Error, CustomStringConvertible, Sendable {
    /// The name of the file (or the name given to an in-memory input).
    public let file: String
    /// The 1-based physical line the error refers to, when known.
    public let line: Int?
    /// The 1-based field number (not a character offset) the error refers to, when known.
    public let column: Int?
    /// A human-readable explanation, without the position prefix.
    public let message: String
    /// The kind of failure, for matching.
    public let code: Code

    init(_ kind: Code.Kind, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.code = Code(kind: kind)
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The error formatted as `FILE:LINE:COLUMN: message` (parts that are unknown are left out).
    public var description: String {
        var position = file
        if let line {
            position += ":\(line)"
            if let column { position += ":\(column)" }
        }
        return "\(position): \(message)"
    }
}

extension TableReadError {
    /// The kind of a ``TableReadError``.
    ///
    /// New kinds may be added in later versions; compare with the static members rather than
    /// switching exhaustively.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Kind: String, Sendable {
            case emptyFile = "empty file"
            case binaryFile = "binary file"
            case unknownEncoding = "unknown encoding"
            case invalidText = "invalid text"
            case unterminatedQuote = "unterminated quote"
            case limitExceeded = "limit exceeded"
            case io = "I/O error"
        }

        let kind: Kind

        /// The file has no content: zero bytes, or only a byte order mark or whitespace.
        public static let emptyFile = Code(kind: .emptyFile)
        /// The file is not text: it has NUL bytes, many control characters, or a known binary
        /// signature (ZIP, PDF, PNG, …).
        public static let binaryFile = Code(kind: .binaryFile)
        /// The file is text in an encoding that is neither UTF-8, UTF-16 nor Windows-1251.
        public static let unknownEncoding = Code(kind: .unknownEncoding)
        /// The file's text is invalid in its detected (or forced) encoding, for example a broken
        /// UTF-8 sequence in the middle of a UTF-8 file or an odd number of bytes in UTF-16.
        public static let invalidText = Code(kind: .invalidText)
        /// A quoted field is still open at the end of the file (often a truncated download).
        public static let unterminatedQuote = Code(kind: .unterminatedQuote)
        /// A field, a row or the number of fields in a row exceeds a limit of ``CSVReadOptions``.
        public static let limitExceeded = Code(kind: .limitExceeded)
        /// The file could not be opened or read.
        public static let io = Code(kind: .io)

        /// A short name of the kind, such as `empty file`.
        public var description: String { kind.rawValue }
    }
}
