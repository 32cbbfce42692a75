import PostgresNIO

/// One row of a query's result, read by position.
struct SQLRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = PostgresRandomAccessRow(row) }

    /// An integer column, or `nil` for NULL.
    func int64(_ index: Int) -> Int64? { (try? row[index].decode(Int64?.self)) ?? nil }

    /// An integer column as `Int`, or `nil` for NULL.
    func int(_ index: Int) -> Int? { int64(index).map { Int($0) } }

    /// A text column, or `nil` for NULL.
    func text(_ index: Int) -> String? { (try? row[index].decode(String?.self)) ?? nil }

    /// Whether the column is NULL.
    func isNull(_ index: Int) -> Bool { row[index].bytes == nil }
}
