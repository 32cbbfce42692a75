import GradePortBase

/// An error raised while reading JSON text or an API dump, with the place where it happened.
///
/// The description has the form `FILE:LINE:COLUMN: message`, the form compilers use, so that
/// editors and terminals can jump to the place. Lines and columns are 1-based; a column counts
/// Unicode scalars, not bytes.
///
/// Match on ``code`` to react to a kind of failure:
///
/// ```swift
/// do { _ = try reader.readValue() } catch let error as JSONReadError where error.code == .truncated { … }
/// ```
public struct JSONReadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The kind of an error, stable across releases; new kinds may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, such as `truncated`.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// The input holds no JSON value at all (an empty file, or only whitespace).
        public static let empty = Code("empty")
        /// The input ends in the middle of a value: a truncated file.
        public static let truncated = Code("truncated")
        /// The text breaks the JSON grammar (RFC 8259): an unexpected character, a trailing comma, a
        /// leading zero, an invalid escape, garbage after the top-level value.
        public static let syntax = Code("syntax")
        /// The bytes are not valid text: invalid UTF-8, a lone surrogate escape, an unsupported encoding.
        public static let invalidText = Code("invalidText")
        /// A ``JSONLimits`` bound was exceeded: nesting depth, string or number length.
        public static let limitExceeded = Code("limitExceeded")
        /// A value has another kind than the pull API call asked for.
        ///
        /// For example ``JSONReader/beginObject()`` on an array.
        public static let typeMismatch = Code("typeMismatch")
        /// The input is valid JSON but not an API dump, or holds none of the requested collections.
        public static let notADump = Code("notADump")
        /// The file or folder could not be read.
        public static let io = Code("io")

        /// The code's name.
        public var description: String { name }
    }

    /// What went wrong, in detail.
    ///
    /// Internal so that the public surface stays small and stable.
    enum Reason: Equatable {
        case empty
        case unexpectedEnd(expected: String)
        case unexpectedCharacter(found: String, expected: String)
        case trailingComma
        case leadingZero
        case invalidEscape(String)
        case invalidUnicodeEscape
        case loneSurrogate(UInt16)
        case controlCharacterInString(UInt8)
        case invalidUTF8
        case unsupportedEncoding(String)
        case depthLimit(Int)
        case stringTooLong(Int)
        case numberTooLong(Int)
        case trailingGarbage(String)
        case typeMismatch(expected: String, found: JSONValueKind)
        case alreadyFinished
        case notADump(String)
        case io(String)

        var code: Code {
            switch self {
            case .empty: .empty
            case .unexpectedEnd: .truncated
            case .unexpectedCharacter, .trailingComma, .leadingZero, .invalidEscape, .invalidUnicodeEscape,
                .controlCharacterInString, .trailingGarbage, .alreadyFinished:
                .syntax
            case .loneSurrogate, .invalidUTF8, .unsupportedEncoding: .invalidText
            case .depthLimit, .stringTooLong, .numberTooLong: .limitExceeded
            case .typeMismatch: .typeMismatch
            case .notADump: .notADump
            case .io: .io
            }
        }

        var message: String {
            switch self {
            case .empty: "no JSON value: the input is empty"
            case .unexpectedEnd(let expected): "unexpected end of input, expected \(expected) (truncated file?)"
            case .unexpectedCharacter(let found, let expected): "unexpected character \(found), expected \(expected)"
            case .trailingComma: "trailing comma: JSON allows no comma before ']' or '}'"
            case .leadingZero: "a number must not have leading zeros"
            case .invalidEscape(let text): "invalid escape sequence \(text) in string"
            case .invalidUnicodeEscape: "invalid \\u escape: expected four hexadecimal digits"
            case .loneSurrogate(let unit):
                "lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in string: not a Unicode scalar"
            case .controlCharacterInString(let byte):
                "unescaped control character U+\(hex4(byte)) in string (strings cannot span lines)"
            case .invalidUTF8: "invalid UTF-8 byte sequence in string"
            case .unsupportedEncoding(let detail): "unsupported text encoding: \(detail)"
            case .depthLimit(let limit):
                "arrays and objects nested deeper than \(InputLimit.jsonDepth.describe(value: limit))"
            case .stringTooLong(let limit): "string longer than \(InputLimit.jsonString.describe(value: limit))"
            case .numberTooLong(let limit): "number literal longer than the limit of \(limit) characters"
            case .trailingGarbage(let found): "unexpected \(found) after the top-level value"
            case .typeMismatch(let expected, let found): "expected \(expected), found \(found)"
            case .alreadyFinished: "the top-level value has already been read"
            case .notADump(let detail): detail
            case .io(let detail): detail
            }
        }
    }

    /// The kind of error.
    public var code: Code { reason.code }
    /// The file (or the name given to ``JSONReader/init(bytes:name:limits:)``) where the error was found.
    public let file: String
    /// The 1-based line of the error, or 0 when the error has no place in the text, such as a missing file.
    public let line: Int
    /// The 1-based column of the error in Unicode scalars, or 0 when the error has no place in the text.
    public let column: Int
    let reason: Reason

    /// A human-readable explanation, without the place.
    public var message: String { reason.message }

    /// `FILE:LINE:COLUMN: message`, or `FILE: message` for errors without a place.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }

    init(_ reason: Reason, file: String, line: Int, column: Int) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
    }
}

private func hex4(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
}
