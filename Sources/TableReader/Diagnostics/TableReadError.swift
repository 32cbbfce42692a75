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
    /// The sheet of a workbook the error refers to, when known (the message names it too).
    public let sheet: String?

    init(
        _ kind: Code.Kind, file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, message: String
    ) {
        self.code = Code(kind: kind)
        self.file = file
        self.sheet = sheet
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
            case corruptArchive = "corrupt archive"
            case encrypted = "encrypted workbook"
            case unsupportedFormat = "unsupported format"
            case notAWorkbook = "not a workbook"
            case malformedWorkbook = "malformed workbook"
            case sheetNotFound = "sheet not found"
            case noRows = "no rows"
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
        /// A ZIP archive (an XLSX workbook) is damaged or truncated: no central directory, an entry
        /// whose data does not inflate, a checksum or size that does not match.
        public static let corruptArchive = Code(kind: .corruptArchive)
        /// The workbook is password-protected (an encrypted OOXML file or a ZIP entry with the
        /// encryption flag), or an OLE2 compound file that may be one.
        public static let encrypted = Code(kind: .encrypted)
        /// The file is a format that is recognised but not read, such as an Excel 97-2003 binary
        /// workbook (`.xls`) or an HTML page saved with an Excel extension.
        public static let unsupportedFormat = Code(kind: .unsupportedFormat)
        /// The file is a ZIP archive or an XML document, but not a workbook (for example a `.docx`).
        public static let notAWorkbook = Code(kind: .notAWorkbook)
        /// A workbook's parts are inconsistent: a sheet part that is missing, a relationship that
        /// points nowhere, a cell reference that cannot be parsed.
        public static let malformedWorkbook = Code(kind: .malformedWorkbook)
        /// The requested sheet does not exist in the workbook.
        public static let sheetNotFound = Code(kind: .sheetNotFound)
        /// The sheet (or a CSV file's sheet-like table) has no row with a value.
        public static let noRows = Code(kind: .noRows)

        /// A short name of the kind, such as `empty file`.
        public var description: String { kind.rawValue }
    }
}
