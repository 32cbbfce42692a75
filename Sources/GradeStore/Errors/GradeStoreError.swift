/// Why the store refused or failed to do something.
///
/// The ``code`` says what kind of problem it is, so that a caller can decide what to do (the
/// command-line tool maps it to an exit status); the ``description`` is a sentence for people that
/// names the store, the import or the file involved. When SQLite reported the problem, its error
/// is kept as the ``underlyingError`` (GRDB's `DatabaseError`, with the result code, SQLite's
/// message and the statement), for logs and for callers that need more than the sentence.
///
/// ```swift
/// do {
///     try store.undo(importID: 3)
/// } catch let error as GradeStoreError where error.code == .laterImportsDepend {
///     print(error)   // "cannot undo import 3: import 5 changed results it …"
/// }
/// ```
public struct GradeStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// A stable kebab-case name such as `newer-schema`.
        public var rawValue: String

        /// Creates a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The name.
        public var description: String { rawValue }

        /// No store exists at the path (reading commands never create one).
        public static let missingStore = Code(rawValue: "missing-store")
        /// The folder that should hold the store does not exist.
        public static let missingFolder = Code(rawValue: "missing-folder")
        /// The file is not an SQLite database, or is an SQLite database of another program.
        public static let notAStore = Code(rawValue: "not-a-store")
        /// The store was written by a newer GradePort whose schema this version does not know.
        public static let newerSchema = Code(rawValue: "newer-schema")
        /// The store needs a schema upgrade that a dry run may not make.
        public static let olderSchema = Code(rawValue: "older-schema")
        /// No import has the id given.
        public static let unknownImport = Code(rawValue: "unknown-import")
        /// The import was already undone.
        public static let alreadyUndone = Code(rawValue: "already-undone")
        /// The id names an undo entry, which cannot itself be undone.
        public static let notAnImport = Code(rawValue: "not-an-import")
        /// Later imports changed results that the import to undo wrote.
        public static let laterImportsDepend = Code(rawValue: "later-imports-depend")
        /// The gradebook to import does not come from exactly one input.
        public static let notOneSource = Code(rawValue: "not-one-source")
        /// A filter names a class, subject or term the store does not have.
        public static let noMatch = Code(rawValue: "no-match")
        /// SQLite reported an error (disk full, locked by another process, I/O error, …).
        public static let database = Code(rawValue: "database")
    }

    /// The kind of problem.
    public var code: Code
    /// What happened, for people.
    public var message: String
    /// The imports the problem is about: for ``Code/laterImportsDepend`` the later imports, for
    /// ``Code/alreadyUndone`` the undo entry.
    public var imports: [Int64]
    /// The error that caused this one, when there is one: the `DatabaseError` SQLite reported.
    ///
    /// It is not part of the ``description``, and two errors that differ only by it are equal.
    public var underlyingError: (any Error)?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: What happened, for people.
    ///   - imports: The imports the problem is about.
    ///   - underlyingError: The error that caused this one, if any.
    public init(_ code: Code, _ message: String, imports: [Int64] = [], underlyingError: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.imports = imports
        self.underlyingError = underlyingError
    }

    /// The message.
    public var description: String { message }

    /// Whether two errors have the same code, message and imports (whatever caused them).
    public static func == (lhs: GradeStoreError, rhs: GradeStoreError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.imports == rhs.imports
    }

    /// Hashes the code, message and imports.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(imports)
    }
}
