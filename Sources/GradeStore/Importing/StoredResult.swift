import GRDB
import GradePortCore

/// A row of `results` (or the old side of a `result_changes` row): a value and where it came from.
struct StoredResult {
    /// The row id.
    var id: Int64
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
        "id, status, score_millionths, max_score_millionths, raw, comment, late, draft, import_id, source_file, source_line, source_column"

    /// Reads a row selected with ``columns``.
    init(row: Row) {
        id = row[0]
        let status: String = row[1]
        value = ResultValue(
            status: ResultStatus(rawValue: status) ?? .graded, score: DecimalNumber(stored: row[2]),
            maxScore: DecimalNumber(stored: row[3]), raw: row[4], comment: row[5], late: Bool(stored: row[6]),
            draft: Bool(stored: row[7]))
        importID = row[8]
        sourceFile = row[9]
        sourceLine = row[10]
        sourceColumn = row[11]
    }

    init(
        id: Int64, value: ResultValue, importID: Int64, sourceFile: String?, sourceLine: Int?, sourceColumn: Int?
    ) {
        self.id = id
        self.value = value
        self.importID = importID
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.sourceColumn = sourceColumn
    }
}

extension ResultValue {
    /// The value columns `status … draft` as statement arguments.
    var arguments: [(any DatabaseValueConvertible)?] {
        [status.rawValue, score?.stored, maxScore?.stored, raw, comment, late.stored, draft.stored]
    }
}
