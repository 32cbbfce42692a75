/// New results waiting to be inserted, sent to the server several hundred rows per statement: an
/// import of a large export is then a few hundred round trips, not one per result.
struct PendingResults {
    /// Rows per statement (13 parameters each; the protocol allows 65 535).
    static let batchSize = 500

    private let link: PostgresLink
    private var values: [SQLValue] = []
    private var count = 0

    init(link: PostgresLink) {
        self.link = link
        values.reserveCapacity(Self.batchSize * 13)
    }

    /// Adds one row: assessment, person, the seven value columns, import and source.
    mutating func add(_ row: [SQLValue]) throws {
        values += row
        count += 1
        if count == Self.batchSize { try flush() }
    }

    /// Inserts the waiting rows.
    mutating func flush() throws {
        guard count > 0 else { return }
        if count == Self.batchSize {
            try link.execute(Self.fullBatch, values)
        } else {
            try link.execute(Self.insert(rows: count), values)
        }
        values.removeAll(keepingCapacity: true)
        count = 0
    }

    /// The statement for a full batch, made once.
    private static let fullBatch = insert(rows: batchSize)

    /// The statement for `rows` rows, with its parameters already numbered (`$1…`).
    private static func insert(rows: Int) -> String {
        var sql = """
            INSERT INTO results (assessment_id, person_id, status, score_millionths, max_score_millionths, raw,
            comment, late, draft, import_id, source_file, source_line, source_column) VALUES
            """
        for row in 0..<rows {
            sql += row == 0 ? " (" : ", ("
            sql += (1...13).map { "$\(row * 13 + $0)" }.joined(separator: ", ") + ")"
        }
        return sql
    }
}
