import GRDB
import GRDBSQLite

/// A statement that GRDB prepared and caches, bound and stepped through SQLite's C API.
///
/// This is the import's hot path: building `StatementArguments` for every row costs more than
/// SQLite's own work, so values are bound one by one (strings are copied by SQLite). A statement
/// is always reset after use, so GRDB may use it again.
struct BoundStatement {
    private let statement: Statement
    private let db: Database
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// Prepares `sql` (or takes it from the connection's cache).
    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds an integer, or NULL, at a 1-based index.
    func bind(_ value: Int64?, at index: Int32) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds an integer, or NULL, at a 1-based index.
    func bind(_ value: Int?, at index: Int32) {
        bind(value.map(Int64.init), at: index)
    }

    /// Binds a text, or NULL, at a 1-based index.
    func bind(_ value: String?, at index: Int32) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            _ = sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), transient)
        }
    }

    /// Runs a statement that returns no rows.
    func execute() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Runs a query and hands each row to `body`; the statement is reset afterwards.
    func forEachRow(_ body: (Row) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            try body(Row(handle))
        }
    }

    /// The first row's values, read by `body`, or `nil` when there is none.
    func first<T>(_ body: (Row) -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw error(code) }
        return body(Row(handle))
    }

    /// How many rows the last statement of the connection inserted, updated or deleted.
    var changes: Int { Int(sqlite3_changes(db.sqliteConnection)) }

    private func error(_ code: Int32) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)), message: message,
            sql: statement.sql)
    }

    /// The current row of a stepped statement.
    struct Row {
        let handle: OpaquePointer

        init(_ handle: OpaquePointer) { self.handle = handle }

        /// Whether the 0-based column is NULL.
        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

        /// The 0-based column as an integer, or `nil` for NULL.
        func int64(_ column: Int32) -> Int64? { isNull(column) ? nil : sqlite3_column_int64(handle, column) }

        /// The 0-based column as an integer, or `nil` for NULL.
        func int(_ column: Int32) -> Int? { int64(column).map(Int.init) }

        /// The 0-based column as a GRDB value (integer, real, text or NULL).
        func databaseValue(_ column: Int32) -> DatabaseValue {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: sqlite3_column_int64(handle, column).databaseValue
            case SQLITE_FLOAT: sqlite3_column_double(handle, column).databaseValue
            case SQLITE_TEXT: (text(column) ?? "").databaseValue
            default: .null
            }
        }

        /// The 0-based column as text, or `nil` for NULL.
        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(handle, column) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
    }
}

/// SQLite copies the bound bytes before the call returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
