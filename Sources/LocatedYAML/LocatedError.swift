/// A problem in a YAML file, with the place in the file that is wrong.
///
/// Its ``description`` is the compiler-style line every GradePort tool prints:
///
/// ```
/// school-42-profile.yaml:14:5: error: unknown key 'colums' (did you mean 'columns'?)
/// ```
///
/// Each file format names its own specialisation (`ProfileError`, `PolicyFileError`) with its own
/// ``Kind``.
public struct LocatedError<Problem: LocatedErrorKind>: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is: the file format's kind enum.
    public typealias Kind = Problem

    /// The file as named (a path, or the name given with the text).
    public var file: String
    /// The 1-based line in the file.
    public var line: Int
    /// The 1-based column (in Unicode scalars, as the YAML parser counts).
    public var column: Int
    /// What kind of problem it is.
    public var kind: Kind
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, column: Int, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
