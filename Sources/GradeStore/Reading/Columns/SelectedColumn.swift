import GRDB

/// The columns a query of ``StoreReader`` selects from one table, in the order it selects them.
///
/// A case's raw value is its position in the SELECT list, and ``selection(as:)`` builds that list
/// from the cases in order, so a query and the code reading its rows cannot drift apart. Rows are
/// read by position, without looking names up for every value: tables such as `results` have
/// hundreds of thousands of rows.
///
/// ```swift
/// let rows = try Row.fetchAll(db, sql: "SELECT \(SubjectColumn.selection()) FROM subjects")
/// let name: String = rows[0][SubjectColumn.name]
/// ```
package protocol SelectedColumn: CaseIterable, RawRepresentable where RawValue == Int {
    /// The column's name in its table.
    var columnName: String { get }
}

extension SelectedColumn {
    /// The SELECT list: every column, in order, each qualified with the table's `alias` when one
    /// is given (`r.person_id`).
    package static func selection(as alias: String? = nil) -> String {
        assert(
            allCases.enumerated().allSatisfy { $0.offset == $0.element.rawValue },
            "the raw values of \(Self.self) must be the columns' positions")
        let prefix = alias.map { $0 + "." } ?? ""
        return allCases.map { prefix + $0.columnName }.joined(separator: ", ")
    }
}

/// The columns of a table whose records keep where they were read: the import, and the file, line
/// and column of the value the store holds.
package protocol ProvenanceColumns: SelectedColumn {
    /// `import_id`: the import that gave the record.
    static var importID: Self { get }
    /// `source_file`: the file the record was read from.
    static var sourceFile: Self { get }
    /// `source_line`: its line.
    static var sourceLine: Self { get }
    /// `source_column`: its column.
    static var sourceColumn: Self { get }
}

extension Row {
    /// The value of a selected column, converted to the requested type.
    subscript<Column: SelectedColumn, Value: DatabaseValueConvertible>(_ column: Column) -> Value {
        self[column.rawValue]
    }

    /// The value of a selected column, read straight from SQLite for the types that allow it.
    subscript<Column: SelectedColumn, Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ column: Column
    ) -> Value {
        self[column.rawValue]
    }
}
