import GradePortCore
import GradeStore

/// A row of `results` (or the old side of a `result_changes` row): a value and where it came from.
struct PostgresStoredResult {
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
    init(row: SQLRow) {
        value = ResultValue(row: row, from: 0)!
        importID = row.int64(7)!
        sourceFile = row.text(8)
        sourceLine = row.int(9)
        sourceColumn = row.int(10)
    }
}

extension ResultValue {
    /// The value columns `status … draft` as statement arguments.
    var arguments: [SQLValue] {
        [
            .text(status.rawValue), .integer(score?.stored), .integer(maxScore?.stored), .text(raw), .text(comment),
            .integer(late.stored), .integer(draft.stored),
        ]
    }

    /// The value in seven columns from `index` (`status … draft`); `nil` when the status is NULL.
    init?(row: SQLRow, from index: Int) {
        guard let status = row.text(index).flatMap(ResultStatus.init(rawValue:)) else { return nil }
        self.init(
            status: status, score: DecimalNumber(stored: row.int64(index + 1)),
            maxScore: DecimalNumber(stored: row.int64(index + 2)), raw: row.text(index + 3),
            comment: row.text(index + 4), late: Bool(stored: row.int64(index + 5)),
            draft: Bool(stored: row.int64(index + 6)))
    }
}
