import GradePortCore
import GradeStore

extension PostgresStoreReader {
    /// The store ids a filter selects.
    struct Scope {
        var classes: [Int64]?
        var subjects: [Int64]?
        var terms: [Int64]?

        /// Whether the filter selects the whole store.
        var isEverything: Bool { classes == nil && subjects == nil && terms == nil }

        /// The condition on `assessments` (aliased `a`).
        var assessmentCondition: String {
            var parts: [String] = []
            if let classes { parts.append("a.class_id IN (\(PostgresStoreReader.list(classes)))") }
            if let subjects { parts.append("a.subject_id IN (\(PostgresStoreReader.list(subjects)))") }
            if let terms { parts.append("a.term_id IN (\(PostgresStoreReader.list(terms)))") }
            return parts.isEmpty ? "true" : parts.joined(separator: " AND ")
        }

        /// The `WHERE` clause on `results` (aliased `r`); empty for the whole store.
        var resultClause: String {
            isEverything ? "" : "WHERE r.assessment_id IN (SELECT a.id FROM assessments a WHERE \(assessmentCondition))"
        }
    }

    /// The store ids each part of the filter names, as the SQLite store resolves them; a value
    /// that names nothing is an error listing what the store has.
    func resolve(_ filter: GradebookFilter) throws -> Scope {
        var scope = Scope()
        if !filter.classes.isEmpty {
            var ids: [Int64] = []
            for name in filter.classes {
                var found = try link.rows("SELECT id FROM classes WHERE ref = ?", [.text(name)]).compactMap {
                    $0.int64(0)
                }
                if found.isEmpty {
                    found = try link.rows(
                        "SELECT id FROM classes WHERE name = ? OR name = ? ORDER BY id",
                        [.text(name), .text(ClassName.normalized(name) ?? name)]
                    ).compactMap { $0.int64(0) }
                }
                if found.isEmpty {
                    let known = try link.rows(
                        "SELECT name FROM (SELECT DISTINCT name FROM classes) AS n ORDER BY name COLLATE \"C\""
                    )
                    .compactMap {
                        $0.text(0)
                    }
                    throw noMatch("class", name, known: known)
                }
                ids += found
            }
            scope.classes = ids
        }
        if !filter.schools.isEmpty {
            let inSchools = try classes(ofSchools: filter.schools)
            scope.classes = scope.classes.map { named in named.filter(Set(inSchools).contains) } ?? inSchools
        }
        if !filter.subjects.isEmpty { scope.subjects = try match(filter.subjects, "subject", table: "subjects") }
        if !filter.terms.isEmpty { scope.terms = try match(filter.terms, "term", table: "terms") }
        return scope
    }

    private func classes(ofSchools values: [String]) throws -> [Int64] {
        let rows = try link.rows("SELECT id, ref, name, bin FROM schools ORDER BY id")
        var schools: [Int64] = []
        for value in values {
            let folded = NameFolding.spelling(value)
            let found = rows.filter { row in
                row.text(1) == value || row.text(3) == value
                    || row.text(2).map { NameFolding.spelling($0) == folded } == true
            }
            if found.isEmpty {
                let known = Set(rows.map { $0.text(2) ?? $0.text(3) ?? $0.text(1) ?? "" }).sorted()
                throw noMatch("school", value, known: known)
            }
            schools += found.compactMap { $0.int64(0) }
        }
        return try link.rows(
            "SELECT id FROM classes WHERE school_id IN (\(PostgresStoreReader.list(schools))) ORDER BY id"
        ).compactMap { $0.int64(0) }
    }

    private func match(_ values: [String], _ what: String, table: String) throws -> [Int64] {
        let rows = try link.rows("SELECT id, ref, name FROM \(table) ORDER BY id")
        var ids: [Int64] = []
        for value in values {
            let folded = value.lowercased()
            var found = rows.filter { $0.text(1) == value }
            if found.isEmpty {
                found = rows.filter { row in
                    (row.text(1) ?? "").lowercased() == folded || row.text(2)?.lowercased() == folded
                }
            }
            if found.isEmpty {
                let known = Set(rows.map { $0.text(2) ?? $0.text(1) ?? "" }).sorted()
                throw noMatch(what, value, known: known)
            }
            ids += found.compactMap { $0.int64(0) }
        }
        return ids
    }

    private func noMatch(_ what: String, _ value: String, known: [String]) -> GradeStoreError {
        let shown = known.prefix(20).joined(separator: ", ")
        let more = known.count > 20 ? ", … (\(known.count) in all)" : ""
        let listing = known.isEmpty ? "the store has none" : "the store has: \(shown)\(more)"
        return GradeStoreError(.noMatch, "no \(what) '\(value)' in \(displayName); \(listing)")
    }
}
