import Foundation
import GRDB
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

@Suite struct OpeningTests {
    @Test func aNewStoreIsCreatedAtTheCurrentSchemaInWALMode() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("gradeport.sqlite")
        let store = try GradeStore(path: path)
        let (journal, applicationID, migrations) = try store.queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try StoreSchema.migrator.appliedMigrations(db)
            )
        }
        #expect(journal == "wal")
        #expect(applicationID == StoreSchema.applicationID)
        #expect(migrations == ["v1", "v2-school-scope"])
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func version1IsAMigrationFromAnEmptyDatabase() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        let tables = try queue.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(
            tables == [
                "assessments", "classes", "enrollments", "grdb_migrations", "import_diagnostics", "imports", "mentions",
                "people", "person_keys", "record_changes", "result_changes", "results", "schools", "subjects", "terms",
            ])
        // The class query and undo are served by indexes.
        let plan = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT r.status, r.raw FROM results r WHERE r.assessment_id IN
                    (SELECT a.id FROM assessments a WHERE a.class_id IN (1)) ORDER BY r.assessment_id, r.person_id
                    """
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH r USING PRIMARY KEY (assessment_id=?)") })
        #expect(plan.contains { $0.hasPrefix("SEARCH a USING COVERING INDEX assessments_class") })
        #expect(!plan.contains { $0 == "SCAN r" })
    }

    /// Issue 11: `v2-school-scope` adds `imports.school` to a `v1` store holding data; the old
    /// imports keep their values and read as having no school, new ones record theirs.
    @Test func version2AddsTheImportsSchoolToAVersion1StoreWithData() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("v1.sqlite")
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO imports (kind, at, file, platform, export, sha256, rows, added)
                    VALUES ('import', '2026-01-12T08:30:05Z', '7A.csv', 'teams', 'grades-csv', 'abc', 4, 12)
                    """)
        }
        try queue.close()
        let store = try GradeStore(path: path)
        let old = try #require(try store.history().first)
        #expect(old.file == "7A.csv")
        #expect(old.added == 12)
        #expect(old.school == nil)
        var builder = GradebookBuilder()
        builder.inputSchools = .named(SchoolScope(parsing: "Школа 12")!)
        builder.beginSource(file: "Школа 12/7А.csv", platform: "journal", export: "journal-table")
        builder.add(SchoolClass(id: "journal:class:7А", name: "7А"))
        _ = try store.importGradebook(builder.build(), fingerprint: "def")
        let history = try store.history()
        #expect(history.map(\.school) == [nil, "Школа 12"])
        let classes = try store.queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT c.ref, s.ref AS school FROM classes c JOIN schools s ON s.id = c.school_id")
        }
        #expect(classes.map { $0["ref"] as String } == ["journal:class:7А@школа 12"])
        #expect(classes.map { $0["school"] as String } == ["school:школа 12"])
    }

    @Test func aStoreFromANewerVersionIsRefused() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("newer.sqlite")
        try GradeStore(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        try queue.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = try #require(throws: GradeStoreError.self) { try GradeStore(path: path) }
        #expect(error.code == .newerSchema)
        #expect(error.description.contains("newer version of GradePort"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("grades.csv")
        let text = Data("Last Name,First Name\nКим,Алексей\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: GradeStoreError.self) { try GradeStore(path: path) }
        #expect(error.code == .notAStore)
        #expect(error.description == "\(path) is not a GradePort store (not an SQLite database)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)") }
        try queue.close()
        let error = try #require(throws: GradeStoreError.self) { try GradeStore(path: path) }
        #expect(error.code == .notAStore)
        #expect(error.description.contains("another program"))
    }

    @Test func aMissingStoreOrFolderIsNamed() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let missing = try #require(throws: GradeStoreError.self) {
            try GradeStore(path: folder.file("none.sqlite"), options: [.migrate])
        }
        #expect(missing.code == .missingStore)
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))

        let noFolder = try #require(throws: GradeStoreError.self) {
            try GradeStore(path: folder.file("no/such/folder/store.sqlite"))
        }
        #expect(noFolder.code == .missingFolder)
        #expect(noFolder.description.contains("the folder \(folder.file("no/such/folder")) does not exist"))

        let isFolder = try #require(throws: GradeStoreError.self) { try GradeStore(path: folder.path) }
        #expect(isFolder.code == .notAStore)
    }

    @Test func anEmptyFileBecomesAStore() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("empty.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let store = try GradeStore(path: path)
        #expect(try store.history().isEmpty)
    }

    @Test func theStoreLocationComesFromTheOptionTheEnvironmentOrTheDefault() {
        #expect(StoreLocation.resolve(option: "a.sqlite", environment: ["GRADEPORT_STORE": "b.sqlite"]) == "a.sqlite")
        #expect(StoreLocation.resolve(option: nil, environment: ["GRADEPORT_STORE": "b.sqlite"]) == "b.sqlite")
        #expect(StoreLocation.resolve(option: nil, environment: [:]) == "gradeport.sqlite")
    }
}
