import PostgresNIO

/// A value bound to a statement parameter: the store's columns are integers and text.
enum SQLValue: Sendable {
    case integer(Int64?)
    case text(String?)

    /// An integer, or NULL.
    static func int(_ value: Int?) -> SQLValue { .integer(value.map(Int64.init)) }

    /// Whether the value is NULL.
    var isNull: Bool {
        switch self {
        case .integer(let value): value == nil
        case .text(let value): value == nil
        }
    }

    /// The value as text, as `record_changes` keeps it.
    var text: String? {
        switch self {
        case .integer(let value): value.map(String.init)
        case .text(let value): value
        }
    }

    /// Appends the value to a statement's bindings.
    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .integer(let value?): bindings.append(value)
        case .text(let value?): bindings.append(value)
        case .integer(nil): bindings.append(Int64?.none)
        case .text(nil): bindings.append(String?.none)
        }
    }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int64) { self = .integer(value) }
}
