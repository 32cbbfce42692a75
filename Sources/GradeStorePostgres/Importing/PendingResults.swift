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
        let row = "(" + Array(repeating: "?", count: 13).joined(separator: ", ") + ")"
        try link.execute(
            """
            INSERT INTO results (assessment_id, person_id, status, score_millionths, max_score_millionths, raw,
            comment, late, draft, import_id, source_file, source_line, source_column)
            VALUES \(Array(repeating: row, count: count).joined(separator: ", "))
            """, values)
        values.removeAll(keepingCapacity: true)
        count = 0
    }
}
