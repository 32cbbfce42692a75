/// The kinds of records that an import names and the store keeps once per natural key.
///
/// Each is a table with a `ref` column (the record's id in the gradebook that introduced it), the
/// import that introduced it and where (`import_id`, `source_*`), and value columns that later
/// imports may fill in when they are empty. Which other imports named a record is kept in
/// `mentions`; a record goes when the import that introduced it is undone and no other import
/// named it.
package enum StoredEntity: String, CaseIterable, Sendable {
    case school = "schools"
    case term = "terms"
    case subject = "subjects"
    case schoolClass = "classes"
    case person = "people"
    case assessment = "assessments"
    case personKey = "person_keys"
    case enrollment = "enrollments"

    /// The table.
    package var table: String { rawValue }

    /// The value columns an import writes, in the order ``ImportSession`` binds them.
    package var valueColumns: [String] {
        switch self {
        case .school: ["name", "bin"]
        case .term: ["school_year", "kind", "number", "start_date", "end_date", "name"]
        case .subject: ["name"]
        case .schoolClass: ["name", "grade", "school_id"]
        case .person: ["role", "family_name", "given_name", "patronymic", "email", "iin"]
        case .assessment:
            [
                "title", "kind", "number", "max_score_millionths", "subject_id", "class_id", "term_id", "date",
                "category",
            ]
        case .personKey, .enrollment: []
        }
    }

    /// Whether the table has `ref` and `source_*` columns.
    package var hasReference: Bool { self != .personKey && self != .enrollment }

    /// The SQL expression for the name a person reads for a record (a person's full name, an
    /// assessment's title, a term's name or school year, other records' name).
    package var labelExpression: String {
        switch self {
        case .person:
            """
            nullif(trim(coalesce(family_name, '') || coalesce(' ' || nullif(given_name, ''), '') \
            || coalesce(' ' || nullif(patronymic, ''), '')), '')
            """
        case .assessment: "title"
        case .term: "coalesce(name, school_year)"
        case .school, .subject, .schoolClass: "name"
        case .personKey, .enrollment: "NULL"
        }
    }

    /// The order in which undo removes records no import names any more: dependents first.
    package static let removalOrder: [StoredEntity] = [
        .enrollment, .personKey, .assessment, .person, .schoolClass, .school, .subject, .term,
    ]
}
