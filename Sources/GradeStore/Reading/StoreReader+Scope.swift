import GRDB
import GradePortCore

extension StoreReader {
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
            if let classes { parts.append("a.class_id IN (\(StoreReader.list(classes)))") }
            if let subjects { parts.append("a.subject_id IN (\(StoreReader.list(subjects)))") }
            if let terms { parts.append("a.term_id IN (\(StoreReader.list(terms)))") }
            return parts.isEmpty ? "1" : parts.joined(separator: " AND ")
        }

        /// The `WHERE` clause on `results` (aliased `r`): the results of the assessments in scope;
        /// empty for the whole store.
        var resultClause: String {
            isEverything ? "" : "WHERE r.assessment_id IN (SELECT a.id FROM assessments a WHERE \(assessmentCondition))"
        }
    }

    /// The store ids each part of the filter names; a value that names nothing is an error that
    /// lists what the store has.
    func resolve(_ filter: GradebookFilter) throws -> Scope {
        var scope = Scope()
        if !filter.classes.isEmpty {
            var ids: [Int64] = []
            for name in filter.classes {
                // A class's id selects that class; otherwise every class of that name (`7a` is `7А`).
                var found = try Int64.fetchAll(db, sql: "SELECT id FROM classes WHERE ref = ?", arguments: [name])
                if found.isEmpty {
                    found = try Int64.fetchAll(
                        db, sql: "SELECT id FROM classes WHERE name = ? OR name = ? ORDER BY id",
                        arguments: [name, ClassName.normalized(name) ?? name])
                }
                if found.isEmpty { throw try noMatch("class", name, "SELECT DISTINCT name FROM classes ORDER BY name") }
                ids += found
            }
            scope.classes = ids
        }
        if !filter.schools.isEmpty {
            let inSchools = try classes(ofSchools: filter.schools)
            scope.classes = scope.classes.map { named in named.filter(Set(inSchools).contains) } ?? inSchools
        }
        if !filter.subjects.isEmpty {
            scope.subjects = try match(filter.subjects, "subject", table: "subjects")
        }
        if !filter.terms.isEmpty {
            scope.terms = try match(filter.terms, "term", table: "terms")
        }
        return scope
    }

    /// The classes of the schools the values name: a school's ref, its BIN, or its name folded
    /// (`NameFolding.spelling(_:)`); a value that names no school is an error listing the schools.
    private func classes(ofSchools values: [String]) throws -> [Int64] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, ref, name, bin FROM schools ORDER BY id")
        var schools: [Int64] = []
        for value in values {
            let folded = NameFolding.spelling(value)
            let found = rows.filter { row in
                row["ref"] as String == value || (row["bin"] as String?) == value
                    || (row["name"] as String?).map { NameFolding.spelling($0) == folded } == true
            }
            if found.isEmpty {
                let known = Set(rows.map { ($0["name"] as String?) ?? ($0["bin"] as String?) ?? $0["ref"] }).sorted()
                throw noMatch("school", value, known: known)
            }
            schools += found.map { $0["id"] as Int64 }
        }
        return try Int64.fetchAll(
            db, sql: "SELECT id FROM classes WHERE school_id IN (\(StoreReader.list(schools))) ORDER BY id")
    }

    /// The ids of the rows of `table` each value selects: the row whose ref it is, else every row
    /// whose ref or name equals it ignoring case.
    private func match(_ values: [String], _ what: String, table: String) throws -> [Int64] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, ref, name FROM \(table) ORDER BY id")
        var ids: [Int64] = []
        for value in values {
            let folded = value.lowercased()
            var found = rows.filter { row in row["ref"] as String == value }
            if found.isEmpty {
                found = rows.filter { row in
                    (row["ref"] as String).lowercased() == folded || (row["name"] as String?)?.lowercased() == folded
                }
            }
            if found.isEmpty {
                let known = Set(rows.map { ($0["name"] as String?) ?? $0["ref"] }).sorted()
                throw noMatch(what, value, known: known)
            }
            ids += found.map { $0["id"] as Int64 }
        }
        return ids
    }

    private func noMatch(_ what: String, _ value: String, _ knownSQL: String) throws -> GradeStoreError {
        noMatch(what, value, known: try String.fetchAll(db, sql: knownSQL))
    }

    private func noMatch(_ what: String, _ value: String, known: [String]) -> GradeStoreError {
        let shown = known.prefix(20).joined(separator: ", ")
        let more = known.count > 20 ? ", … (\(known.count) in all)" : ""
        let listing = known.isEmpty ? "the store has none" : "the store has: \(shown)\(more)"
        return GradeStoreError(.noMatch, "no \(what) '\(value)' in \(storePath ?? "the store"); \(listing)")
    }
}
