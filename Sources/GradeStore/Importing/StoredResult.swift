import GRDB
import GradePortCore

/// A row of `results` (or the old side of a `result_changes` row): a value and where it came from.
struct StoredResult {
    /// The value.
    var value: ResultValue
    /// The import the value came from.
    var importID: Int64
    /// For a folder input, the file in it.
    var sourceFile: String?
    /// The line in the input.
    var sourceLine: Int?
    /// The column in the input.
    var sourceColumn: Int?

    /// The columns read by ``init(row:)``, in order.
    static let columns =
        "status, score_millionths, max_score_millionths, raw, comment, late, draft, import_id, source_file, source_line, source_column"

    /// Reads a row selected with ``columns``.
    init(row: BoundStatement.Row) {
        value = ResultValue(
            status: row.text(0).flatMap(ResultStatus.init(rawValue:)) ?? .graded,
            score: DecimalNumber(stored: row.int64(1)), maxScore: DecimalNumber(stored: row.int64(2)), raw: row.text(3),
            comment: row.text(4), late: Bool(stored: row.int64(5)), draft: Bool(stored: row.int64(6)))
        importID = row.int64(7)!
        sourceFile = row.text(8)
        sourceLine = row.int(9)
        sourceColumn = row.int(10)
    }

    init(value: ResultValue, importID: Int64, sourceFile: String?, sourceLine: Int?, sourceColumn: Int?) {
        self.value = value
        self.importID = importID
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.sourceColumn = sourceColumn
    }
}

extension ResultValue {
    /// Binds the value columns `status … draft` at seven indexes from `first`.
    func bind(to statement: BoundStatement, from first: Int32) {
        statement.bind(status.rawValue, at: first)
        statement.bind(score?.stored, at: first + 1)
        statement.bind(maxScore?.stored, at: first + 2)
        statement.bind(raw, at: first + 3)
        statement.bind(comment, at: first + 4)
        statement.bind(late.stored, at: first + 5)
        statement.bind(draft.stored, at: first + 6)
    }

    /// The value columns `status … draft` as statement arguments.
    var arguments: [(any DatabaseValueConvertible)?] {
        [status.rawValue, score?.stored, maxScore?.stored, raw, comment, late.stored, draft.stored]
    }
}
