import GRDB

/// A value for one column of a record an import writes.
enum ColumnValue {
    case integer(Int64?)
    case text(String?)

    /// An integer column.
    static func int(_ value: Int?) -> ColumnValue { .integer(value.map(Int64.init)) }

    /// Whether the value is NULL.
    var isNull: Bool {
        switch self {
        case .integer(let value): value == nil
        case .text(let value): value == nil
        }
    }

    /// The value for GRDB's API (the rarely taken paths: filling a field, logging it).
    var databaseValue: DatabaseValue {
        switch self {
        case .integer(let value): value?.databaseValue ?? .null
        case .text(let value): value?.databaseValue ?? .null
        }
    }

    /// Binds the value at a 1-based index.
    func bind(to statement: BoundStatement, at index: Int32) {
        switch self {
        case .integer(let value): statement.bind(value, at: index)
        case .text(let value): statement.bind(value, at: index)
        }
    }
}
