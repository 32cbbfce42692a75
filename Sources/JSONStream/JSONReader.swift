import GradePortBase

/// A strict, fast pull parser for one JSON text (RFC 8259).
///
/// Read a whole value with ``readValue()``, or walk a large document piece by piece so that only
/// one record's tree is in memory at a time:
///
/// ```swift
/// let reader = try JSONReader(path: "submissions.json")
/// try reader.beginObject()
/// while let key = try reader.nextKey() {
///     guard key == "value" else { try reader.skipValue(); continue }
///     try reader.beginArray()
///     while try reader.hasNextElement() {
///         let line = reader.line
///         let submission = try reader.readValue()
///         …
///     }
/// }
/// ```
///
/// The reader accepts nothing outside the grammar: no comments, trailing commas, `NaN`, leading
/// zeros, unescaped control characters, lone surrogates or invalid UTF-8, and nothing but
/// whitespace after the top-level value. Every failure is a ``JSONReadError`` with line and column.
/// Nesting is bounded by ``JSONLimits/maxDepth``, so hostile input cannot overflow the stack.
///
/// Calling a pull method out of order (``nextKey()`` outside an object, reading two values after
/// one key) is a programming error and stops the program.
///
/// A reader is not thread-safe; use it from one task at a time.
public final class JSONReader {
    var scanner: JSONScanner
    /// Counts how far into a file someone watches (``ReadProgress``) the reader has got.
    private let tally: ReadTally?

    /// Creates a reader over `bytes`.
    ///
    /// The bytes are UTF-8 with or without a byte order mark; UTF-16 with a byte order mark is
    /// transcoded. `name` is used in error messages.
    public init(bytes: [UInt8], name: String, limits: JSONLimits = .init()) {
        scanner = JSONScanner(buffer: .make(bytes: bytes), name: name, limits: limits)
        tally = ReadProgress.tally(opening: name)
    }

    /// Creates a reader over the text of `string`.
    public convenience init(string: String, name: String = "<string>", limits: JSONLimits = .init()) {
        self.init(bytes: Array(string.utf8), name: name, limits: limits)
    }

    /// Reads the file at `path` into memory (the file, not its parsed tree).
    ///
    /// - Throws: ``JSONReadError`` with code ``JSONReadError/Code/io`` when the file cannot be read.
    public convenience init(path: String, limits: JSONLimits = .init()) throws {
        self.init(buffer: try JSONBuffer.load(path: path, name: path), name: path, limits: limits)
    }

    init(buffer: JSONBuffer, name: String, limits: JSONLimits) {
        scanner = JSONScanner(buffer: buffer, name: name, limits: limits)
        tally = ReadProgress.tally(opening: name)
    }

    /// The name used in errors: the path, or the name given at creation.
    public var name: String { scanner.name }

    /// The 1-based line where the next value (or key, or closing bracket) starts.
    public var line: Int {
        scanner.skipWhitespace()
        return scanner.line
    }

    /// The 1-based column where the next value starts, in Unicode scalars.
    public var column: Int {
        scanner.skipWhitespace()
        return scanner.trackedColumn(of: scanner.pos)
    }

    /// The nesting depth of the containers the pull API has entered and not yet left.
    public var depth: Int { scanner.frames.count }

    /// Whether the top-level value has been read completely.
    public var isAtEnd: Bool { scanner.finished }

    /// Reads the next value with everything inside it.
    ///
    /// At the top level this is the whole document; inside a container, call it after
    /// ``nextKey()`` or ``hasNextElement()``.
    public func readValue() throws -> JSONValue {
        defer { tally?.reach(Int64(scanner.pos)) }
        return try scanner.readValue()
    }

    /// Checks the next value and passes over it without building it.
    public func skipValue() throws {
        defer { tally?.reach(Int64(scanner.pos)) }
        try scanner.skipValue()
    }

    /// The kind of the next value, without reading it.
    public func peekKind() throws -> JSONValueKind {
        try scanner.peekKind()
    }

    /// Enters the next value, which must be an object; then call ``nextKey()`` until it returns `nil`.
    ///
    /// - Throws: ``JSONReadError/Code/typeMismatch`` when the value is not an object.
    public func beginObject() throws {
        try scanner.begin(.object)
    }

    /// The next key of the object entered with ``beginObject()``, or `nil` at its closing `}`.
    ///
    /// `nil` leaves the object. Read or skip the key's value before asking for the next key.
    public func nextKey() throws -> String? {
        defer { tally?.reach(Int64(scanner.pos)) }
        return try scanner.nextKey()
    }

    /// Enters the next value, which must be an array; then call ``hasNextElement()`` before each element.
    ///
    /// - Throws: ``JSONReadError/Code/typeMismatch`` when the value is not an array.
    public func beginArray() throws {
        try scanner.begin(.array)
    }

    /// Whether the array entered with ``beginArray()`` has another element.
    ///
    /// `false` at the closing `]`, which leaves the array. After `true`, read or skip the element.
    public func hasNextElement() throws -> Bool {
        defer { tally?.reach(Int64(scanner.pos)) }
        return try scanner.hasNextElement()
    }
}
