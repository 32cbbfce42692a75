import GradePortCore
import GradeStore

extension PostgresGradeStore {
    private static let importColumns = """
        id, kind, at, file, platform, export, sha256, rows, added, changed, unchanged, rejected, removed, restored,
        people_added, assessments_added, undoes, undone_by, school
        """

    private static func record(_ row: SQLRow) -> ImportRecord {
        ImportRecord(
            id: row.int64(0)!, kind: row.text(1).flatMap(ImportRecord.Kind.init(rawValue:)) ?? .import,
            at: row.text(2) ?? "", file: row.text(3), platform: row.text(4).map(PlatformID.init),
            export: row.text(5).map(ExportKindID.init), sha256: row.text(6), counts: (7...15).map { row.int($0) ?? 0 },
            undoes: row.int64(16), undoneBy: row.int64(17), school: row.text(18))
    }

    /// Every import and undo, oldest first.
    public func history() throws -> [ImportRecord] {
        try reading {
            try link.rows("SELECT \(Self.importColumns) FROM imports ORDER BY id").map(Self.record)
        }
    }

    /// One entry of the history.
    public func importRecord(id: Int64) throws -> ImportRecord {
        let record = try reading {
            try link.first("SELECT \(Self.importColumns) FROM imports WHERE id = ?", [.integer(id)]).map(Self.record)
        }
        guard let record else { throw unknownImport(id) }
        return record
    }

    /// The import (not undone) whose content has this fingerprint, if any.
    public func importRecord(fingerprint: String) throws -> ImportRecord? {
        try reading {
            try link.first(
                """
                SELECT \(Self.importColumns) FROM imports
                WHERE sha256 = ? AND kind = 'import' AND undone_by IS NULL ORDER BY id LIMIT 1
                """, [.text(fingerprint)]
            ).map(Self.record)
        }
    }

    /// The errors and warnings kept with an import.
    public func diagnostics(ofImport id: Int64) throws -> [Diagnostic] {
        _ = try importRecord(id: id)
        return try reading {
            try link.rows(
                """
                SELECT severity, code, message, file, line, column_number FROM import_diagnostics
                WHERE import_id = ? ORDER BY id
                """, [.integer(id)]
            ).map { row in
                Diagnostic(
                    severity: row.text(0).flatMap(Diagnostic.Severity.init(rawValue:)) ?? .error,
                    code: DiagnosticCode(rawValue: row.text(1) ?? ""), message: row.text(2) ?? "",
                    source: "import-\(id)", file: row.text(3), line: row.int(4), column: row.int(5))
            }
        }
    }

    func unknownImport(_ id: Int64) -> GradeStoreError {
        GradeStoreError(.unknownImport, "no import \(id) in \(displayName) (`gradeport history` lists them)")
    }

    /// The result change log of one import or undo.
    public func resultLog(ofImport id: Int64) throws -> [ResultLogEntry] {
        _ = try importRecord(id: id)
        let label = RecordLogEntry.labelField
        return try reading {
            try link.rows(
                """
                SELECT c.import_id, c.action,
                coalesce(p.ref, (SELECT old_value FROM record_changes WHERE entity = 'people' AND row_id = c.person_id
                    AND field = 'ref' LIMIT 1)),
                coalesce(a.ref, (SELECT old_value FROM record_changes WHERE entity = 'assessments'
                    AND row_id = c.assessment_id AND field = 'ref' LIMIT 1)),
                c.old_status, c.old_score_millionths, c.old_max_score_millionths,
                c.old_raw, c.old_comment, c.old_late, c.old_draft, c.old_import_id, c.new_status, c.new_score_millionths,
                c.new_max_score_millionths, c.new_raw, c.new_comment, c.new_late, c.new_draft, c.person_id, c.assessment_id,
                p.family_name, p.given_name, p.patronymic, a.title,
                (SELECT old_value FROM record_changes WHERE entity = 'people' AND row_id = c.person_id
                    AND field = '\(label)' LIMIT 1),
                (SELECT old_value FROM record_changes WHERE entity = 'assessments' AND row_id = c.assessment_id
                    AND field = '\(label)' LIMIT 1)
                FROM result_changes c
                LEFT JOIN people p ON p.id = c.person_id LEFT JOIN assessments a ON a.id = c.assessment_id
                WHERE c.import_id = ? ORDER BY c.id
                """, [.integer(id)]
            ).map { row in
                let name = [row.text(21), row.text(22), row.text(23)].compactMap { $0 }.filter { !$0.isEmpty }
                return ResultLogEntry(
                    importID: row.int64(0)!,
                    action: row.text(1).flatMap(ResultLogEntry.Action.init(rawValue:)) ?? .change,
                    person: row.text(2) ?? "#\(row.int64(19)!)", assessment: row.text(3) ?? "#\(row.int64(20)!)",
                    personName: name.isEmpty ? row.text(25) : name.joined(separator: " "),
                    assessmentTitle: row.text(24) ?? row.text(26), old: ResultValue(row: row, from: 4),
                    oldImport: row.int64(11), new: ResultValue(row: row, from: 12))
            }
        }
    }

    /// The record change log of one import or undo.
    public func recordLog(ofImport id: Int64) throws -> [RecordLogEntry] {
        _ = try importRecord(id: id)
        return try reading {
            let rows = try link.rows(
                """
                SELECT entity, row_id, field, old_value, new_value FROM record_changes
                WHERE import_id = ? AND field != ? ORDER BY id
                """, [.integer(id), .text(RecordLogEntry.labelField)])
            return try rows.map { row in
                let entity = row.text(0) ?? ""
                let rowID = row.int64(1)!
                let field = row.text(2) ?? ""
                return RecordLogEntry(
                    loggedBy: id, entity: entity, record: try ref(of: entity, rowID) ?? "#\(rowID)",
                    field: RecordLogEntry.fieldName(field), old: try text(row.text(3), field),
                    new: try text(row.text(4), field), name: try label(of: entity, rowID))
            }
        }
    }

    private func ref(of entity: String, _ rowID: Int64) throws -> String? {
        guard let table = StoredEntity(rawValue: entity), table.hasReference else { return nil }
        if let ref = try link.first("SELECT ref FROM \(table.table) WHERE id = ?", [.integer(rowID)])?.text(0) {
            return ref
        }
        return try link.first(
            "SELECT old_value FROM record_changes WHERE entity = ? AND row_id = ? AND field = 'ref' LIMIT 1",
            [.text(entity), .integer(rowID)])?.text(0)
    }

    private func label(of entity: String, _ rowID: Int64) throws -> String? {
        guard let table = StoredEntity(rawValue: entity), table.hasReference else { return nil }
        if let row = try link.first(
            "SELECT \(table.labelExpression) FROM \(table.table) WHERE id = ?", [.integer(rowID)])
        {
            return row.text(0)
        }
        return try link.first(
            "SELECT old_value FROM record_changes WHERE entity = ? AND row_id = ? AND field = ? LIMIT 1",
            [.text(entity), .integer(rowID), .text(RecordLogEntry.labelField)])?.text(0)
    }

    /// A logged value as text: decimals from millionths, references as the record's id.
    private func text(_ value: String?, _ column: String) throws -> String? {
        guard let value else { return nil }
        if column.hasSuffix("_millionths"), let scaled = Int64(value) {
            return DecimalNumber(scaledValue: scaled).description
        }
        let references: [String: String] = [
            "subject_id": "subjects", "class_id": "classes", "term_id": "terms", "school_id": "schools",
        ]
        if let table = references[column], let rowID = Int64(value) {
            return try ref(of: table, rowID) ?? "#\(rowID)"
        }
        return value
    }
}
