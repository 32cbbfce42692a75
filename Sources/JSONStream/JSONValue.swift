/// A JSON value with nothing lost: numbers keep their literal text, objects keep their key order.
///
/// Use the optional accessors to pick a record apart without `switch` statements:
///
/// ```swift
/// let userId = record["recipient"]?["userId"]?.string
/// let id = record["id"]?.idString   // "1000000000000000001", exact, string or number
/// ```
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its exact literal.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, in input order.
    case object(JSONObject)

    /// The kind of this value.
    public var kind: JSONValueKind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// The string, or `nil` for any other kind.
    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The object, or `nil` for any other kind.
    public var object: JSONObject? {
        if case .object(let value) = self { value } else { nil }
    }

    /// The array's elements, or `nil` for any other kind.
    public var array: [JSONValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The number, or `nil` for any other kind.
    public var number: JSONNumber? {
        if case .number(let value) = self { value } else { nil }
    }

    /// The boolean, or `nil` for any other kind.
    public var bool: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self { true } else { false }
    }

    /// The member `key` of an object; `nil` when the key is absent or the value is not an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { object[key] } else { nil }
    }

    /// An identifier as text: a string as is, or an integer number's exact digits.
    ///
    /// APIs write ids either way (Kundelik's `id` is a 64-bit number beside its `id_str` twin);
    /// this never passes through a `Double`, so `1000000000000000001` stays exact. `nil` for other
    /// kinds and for numbers with a fractional part.
    public var idString: String? {
        switch self {
        case .string(let value): value
        case .number(let number):
            number.decimalText.flatMap { $0.utf8.contains(UInt8(ascii: ".")) ? nil : $0 }
        default: nil
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// Creates `null`.
    public init(nilLiteral: ()) { self = .null }
    /// Creates a boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// Creates an integer number.
    public init(integerLiteral value: Int64) { self = .number(JSONNumber(value)) }
    /// Creates a string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates an array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Creates an object, keeping the literal's key order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { (key: $0.0, value: $0.1) }))
    }
}
