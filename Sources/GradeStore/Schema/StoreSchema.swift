import GRDB

/// The store's schema and its migrations.
///
/// Every version of the schema is a migration registered here, from the first one on; a store is
/// brought up to date when it is opened for writing. Migrations are never edited once released: a
/// change is a new migration. `docs/store.md` describes the tables.
enum StoreSchema {
    /// `PRAGMA application_id` of a GradePort store ("GPST"), so that another program's SQLite file
    /// is recognised and refused instead of being written into.
    static let applicationID: Int32 = 0x4750_5354

    /// The migrations, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try createVersion1(db) }
        migrator.registerMigration("v2-school-scope") { db in try addImportSchools(db) }
        return migrator
    }

    /// The identifier of the newest migration this version knows.
    static var currentVersion: String { migrator.migrations.last ?? "" }

    /// Version 1: imports, the unified model with provenance, identities, and the change logs.
    ///
    /// Record ids are `AUTOINCREMENT`: an id is never given twice, so the change logs, which name
    /// records by id, keep naming the right one after undo removed records.
    static func createVersion1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(
            sql: """
                CREATE TABLE imports (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('import', 'undo')),
                    at TEXT NOT NULL,
                    file TEXT,
                    platform TEXT,
                    export TEXT,
                    sha256 TEXT,
                    rows INTEGER NOT NULL DEFAULT 0,
                    added INTEGER NOT NULL DEFAULT 0,
                    changed INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0,
                    rejected INTEGER NOT NULL DEFAULT 0,
                    removed INTEGER NOT NULL DEFAULT 0,
                    restored INTEGER NOT NULL DEFAULT 0,
                    people_added INTEGER NOT NULL DEFAULT 0,
                    assessments_added INTEGER NOT NULL DEFAULT 0,
                    undoes INTEGER REFERENCES imports(id),
                    undone_by INTEGER REFERENCES imports(id)
                );
                CREATE INDEX imports_sha256 ON imports(sha256) WHERE sha256 IS NOT NULL;

                CREATE TABLE import_diagnostics (
                    id INTEGER PRIMARY KEY,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
                    code TEXT NOT NULL,
                    message TEXT NOT NULL,
                    file TEXT,
                    line INTEGER,
                    column_number INTEGER
                );
                CREATE INDEX import_diagnostics_import ON import_diagnostics(import_id);

                CREATE TABLE schools (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ref TEXT NOT NULL UNIQUE,
                    name TEXT,
                    bin TEXT,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER
                );

                CREATE TABLE terms (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ref TEXT NOT NULL UNIQUE,
                    school_year TEXT,
                    kind TEXT,
                    number INTEGER,
                    start_date TEXT,
                    end_date TEXT,
                    name TEXT,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER
                );

                CREATE TABLE subjects (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ref TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER
                );

                CREATE TABLE classes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ref TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    grade INTEGER,
                    school_id INTEGER REFERENCES schools(id),
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER
                );
                CREATE INDEX classes_name ON classes(name);

                CREATE TABLE people (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ref TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL CHECK (role IN ('student', 'teacher')),
                    family_name TEXT,
                    given_name TEXT,
                    patronymic TEXT,
                    email TEXT,
                    iin TEXT,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER
                );

                CREATE TABLE person_keys (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id INTEGER NOT NULL REFERENCES people(id),
                    kind TEXT NOT NULL CHECK (kind IN ('id', 'iin', 'email', 'external')),
                    value TEXT NOT NULL,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    UNIQUE (kind, value)
                );
                CREATE INDEX person_keys_person ON person_keys(person_id);

                CREATE TABLE enrollments (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    person_id INTEGER NOT NULL REFERENCES people(id),
                    class_id INTEGER NOT NULL REFERENCES classes(id),
                    subject_id INTEGER REFERENCES subjects(id),
                    role TEXT NOT NULL CHECK (role IN ('student', 'teacher')),
                    import_id INTEGER NOT NULL REFERENCES imports(id)
                );
                CREATE UNIQUE INDEX enrollments_key ON enrollments(class_id, person_id, ifnull(subject_id, 0), role);
                CREATE INDEX enrollments_person ON enrollments(person_id);

                CREATE TABLE assessments (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ref TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    number INTEGER,
                    max_score_millionths INTEGER,
                    subject_id INTEGER REFERENCES subjects(id),
                    class_id INTEGER REFERENCES classes(id),
                    term_id INTEGER REFERENCES terms(id),
                    date TEXT,
                    category TEXT,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER
                );
                CREATE INDEX assessments_class ON assessments(class_id, subject_id, term_id);
                CREATE INDEX assessments_subject ON assessments(subject_id, term_id);
                CREATE INDEX assessments_term ON assessments(term_id);

                CREATE TABLE results (
                    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
                    person_id INTEGER NOT NULL REFERENCES people(id),
                    status TEXT NOT NULL,
                    score_millionths INTEGER,
                    max_score_millionths INTEGER,
                    raw TEXT,
                    comment TEXT,
                    late INTEGER,
                    draft INTEGER,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    source_file TEXT, source_line INTEGER, source_column INTEGER,
                    PRIMARY KEY (assessment_id, person_id)
                ) WITHOUT ROWID;
                CREATE INDEX results_person ON results(person_id);
                CREATE INDEX results_import ON results(import_id);

                CREATE TABLE result_changes (
                    id INTEGER PRIMARY KEY,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    action TEXT NOT NULL CHECK (action IN ('change', 'confirm', 'restore', 'remove')),
                    assessment_id INTEGER NOT NULL,
                    person_id INTEGER NOT NULL,
                    old_status TEXT,
                    old_score_millionths INTEGER,
                    old_max_score_millionths INTEGER,
                    old_raw TEXT,
                    old_comment TEXT,
                    old_late INTEGER,
                    old_draft INTEGER,
                    old_import_id INTEGER,
                    old_source_file TEXT, old_source_line INTEGER, old_source_column INTEGER,
                    new_status TEXT,
                    new_score_millionths INTEGER,
                    new_max_score_millionths INTEGER,
                    new_raw TEXT,
                    new_comment TEXT,
                    new_late INTEGER,
                    new_draft INTEGER
                );
                CREATE INDEX result_changes_import ON result_changes(import_id, assessment_id, person_id);
                CREATE INDEX result_changes_old_import ON result_changes(old_import_id);

                CREATE TABLE record_changes (
                    id INTEGER PRIMARY KEY,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    entity TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    field TEXT NOT NULL,
                    old_value,
                    new_value
                );
                CREATE INDEX record_changes_import ON record_changes(import_id);
                CREATE INDEX record_changes_row ON record_changes(entity, row_id);

                CREATE TABLE mentions (
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    entity TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    source_file TEXT, source_line INTEGER, source_column INTEGER,
                    PRIMARY KEY (import_id, entity, row_id)
                ) WITHOUT ROWID;
                CREATE INDEX mentions_entity ON mentions(entity, row_id);
                """)
    }

    /// Version 2 (issue 11): each import remembers its school — the one the user gave (`--school`,
    /// `--school-from-folder`) or the one its export names — so that `history` shows it. Identities
    /// need no new column: scoped records carry the school in their ids (`…@KEY`), which are the
    /// `ref`s and `person_keys` of version 1.
    static func addImportSchools(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE imports ADD COLUMN school TEXT")
    }
}
