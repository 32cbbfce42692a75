/// An error that stops an ``XMLStreamReader``: malformed or refused input, a limit, or a read failure.
///
/// The error names the input and, where known, the line and column (1-based), so that it can be shown as
/// `FILE:LINE:COLUMN: message`. Use ``code`` to tell the kinds apart:
///
/// ```swift
/// do {
///     while let event = try reader.next() { … }
/// } catch let error as XMLStreamError where error.code == .entityDeclaration {
///     …
/// }
/// ```
public struct XMLStreamError: Error, CustomStringConvertible, Sendable {
    /// The kind of an ``XMLStreamError``.
    ///
    /// New kinds may be added; switch over codes with a `default` case.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Kind: String, Sendable {
            case malformed
            case entityDeclaration
            case depthExceeded
            case tooLarge
            case io
        }

        let kind: Kind

        /// The input is not well-formed XML (or namespace-well-formed), is empty, truncated, or not XML at all.
        /// The message is libxml2's own, sometimes with an explanation added.
        public static let malformed = Code(kind: .malformed)

        /// The document declares entities in its DOCTYPE or references an entity that is not predefined.
        ///
        /// Such documents are refused outright: this blocks external entities (XXE) and entity expansion bombs
        /// ("billion laughs"). Predefined (`&amp;`) and character references (`&#1040;`) are fine.
        public static let entityDeclaration = Code(kind: .entityDeclaration)

        /// Elements are nested deeper than ``XMLStreamOptions/maxDepth`` (or libxml2's own limit of 256).
        public static let depthExceeded = Code(kind: .depthExceeded)

        /// The input or a single text node is larger than the limits in ``XMLStreamOptions``.
        public static let tooLarge = Code(kind: .tooLarge)

        /// The input could not be opened or read.
        public static let io = Code(kind: .io)

        /// The code's name, such as `entityDeclaration`.
        public var description: String { kind.rawValue }
    }

    /// The kind of error.
    public var code: Code

    /// A human-readable explanation, without the location.
    public var message: String

    /// The name of the input: the path it was read from, or the name given for in-memory bytes.
    public var file: String

    /// The 1-based line the error was detected at, if known.
    public var line: Int?

    /// The 1-based column the error was detected at, if known.
    public var column: Int?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of error.
    ///   - message: A human-readable explanation, without the location.
    ///   - file: The name of the input.
    ///   - line: The 1-based line, if known.
    ///   - column: The 1-based column, if known.
    public init(code: Code, message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// The error as `FILE:LINE:COLUMN: message`, leaving out the parts that are not known.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(message)"
    }
}
