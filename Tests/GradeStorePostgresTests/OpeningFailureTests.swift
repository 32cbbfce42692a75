import Foundation
import GradePortTesting
import GradeStore
import GradeStorePostgres
import Testing

/// Opening a PostgreSQL store: the schema's versions, and clear refusals with exit status 3 that
/// never show a password.
@Suite struct OpeningFailureTests {
    static let samples = Fixtures(testFile: #filePath).packageRoot + "/Samples/"
    static let teams = samples + "Teams/7A-grades.csv"

    @Test func aNewDatabaseGetsEveryMigrationOnce() throws {
        let cluster = try PostgresTestCluster.shared()
        let url = try cluster.makeDatabase("migrations")
        let store = try PostgresGradeStore(url: PostgresStoreURL(url))
        #expect(try store.schemaVersion() == 2)
        try store.close()
        let database = try PostgresStoreURL(url).database
        #expect(
            try cluster.sql("SELECT version, name FROM gradeport_migrations ORDER BY version", database: database)
                == "1|v1\n2|v2-school-scope\n")
        // Opening again applies nothing more.
        try PostgresGradeStore(url: PostgresStoreURL(url)).close()
        #expect(try cluster.sql("SELECT count(*) FROM gradeport_migrations", database: database) == "2\n")
    }

    @Test func aWrongPasswordIsStatus3AndPrintedNowhere() throws {
        let cluster = try PostgresTestCluster.shared()
        let database = try PostgresStoreURL(try cluster.makeDatabase("password")).database
        let secret = "Wr0ng-s3cret-\(UUID().uuidString.prefix(6))"
        let url = "postgres://\(cluster.user):\(secret)@127.0.0.1:\(cluster.port)/\(database)"
        let expected =
            "gradeport: error: the PostgreSQL server at 127.0.0.1:\(cluster.port) refused the password for user "
            + "\(cluster.user) (postgres://\(cluster.user)@127.0.0.1:\(cluster.port)/\(database)); give the password "
            + "in PGPASSWORD or ~/.pgpass\n"
        for arguments in [
            ["import", Self.teams, "--store", url], ["history", "--store", url], ["export", "--store", url],
            ["undo", "1", "--store", url], ["import", Self.teams, "--dry-run", "--json", "--store", url],
        ] {
            let run = try GradePortProcess.run(arguments)
            #expect(run.status == 3, "\(arguments[0])")
            #expect(run.standardError == expected, "\(arguments[0])")
            #expect(!run.standardOutput.contains(secret) && !run.standardError.contains(secret))
        }
        // From the environment too: GRADEPORT_STORE with the password, or PGPASSWORD.
        let fromEnvironment = try GradePortProcess.run(["history"], environment: ["GRADEPORT_STORE": url])
        #expect(fromEnvironment.status == 3)
        #expect(fromEnvironment.standardError == expected)
        let withoutPassword = "postgres://\(cluster.user)@127.0.0.1:\(cluster.port)/\(database)"
        let fromPGPASSWORD = try GradePortProcess.run(
            ["history", "--store", withoutPassword], environment: ["PGPASSWORD": secret])
        #expect(fromPGPASSWORD.status == 3)
        #expect(fromPGPASSWORD.standardError == expected)
        #expect(!fromPGPASSWORD.standardError.contains(secret))
        // The server's log does not have it either.
        let log = try String(contentsOfFile: cluster.folder + "/server.log", encoding: .utf8)
        #expect(!log.contains(secret))
    }

    @Test func theRightPasswordFromEachPlaceOpensTheStore() throws {
        let cluster = try PostgresTestCluster.shared()
        let url = try cluster.makeDatabase("rightpassword")
        let database = try PostgresStoreURL(url).database
        let withoutPassword = "postgres://\(cluster.user)@127.0.0.1:\(cluster.port)/\(database)"
        let imported = try GradePortProcess.run(["import", Self.teams, "--store", url])
        #expect(imported.status == 0)
        #expect(
            !imported.standardOutput.contains(cluster.password) && !imported.standardError.contains(cluster.password))

        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let passfile = folder + "/pgpass"
        try "127.0.0.1:\(cluster.port):*:\(cluster.user):\(cluster.password)\n".write(
            toFile: passfile, atomically: true, encoding: .utf8)
        for environment: [String: String?] in [
            ["PGPASSWORD": cluster.password, "PGPASSFILE": nil], ["PGPASSFILE": passfile, "PGPASSWORD": nil],
        ] {
            let history = try GradePortProcess.run(["history", "--store", withoutPassword], environment: environment)
            #expect(history.status == 0)
            #expect(history.standardOutput.contains("7A-grades.csv"))
        }
        // An empty database is not a store yet, as a missing file is not (status 3); the message names
        // it without its password.
        let empty = try cluster.makeDatabase("emptyhistory")
        let redacted = try PostgresStoreURL(empty).redacted
        let none = try GradePortProcess.run(["history", "--store", empty])
        #expect(none.status == 3)
        #expect(
            none.standardError
                == "gradeport: error: the database \(try PostgresStoreURL(empty).database) at \(redacted) is empty, not a "
                + "GradePort store yet (`gradeport import FILE… --store \(redacted)` creates one)\n")
        // Once it is a store, `history` with nothing imported says so.
        try PostgresGradeStore(url: PostgresStoreURL(empty)).close()
        let nothing = try GradePortProcess.run(["history", "--store", empty])
        #expect(nothing.status == 0)
        #expect(nothing.standardOutput == "no imports yet in \(redacted)\n")
    }

    @Test func anUnreachableServerIsStatus3() throws {
        let port = try PostgresTestCluster.shared().port
        // A port of the loopback address nothing listens on: the cluster's own, plus one (pg_ctl
        // binds only its own).
        let url = "postgres://someone:hunter2@127.0.0.1:\(port + 1)/district"
        let run = try GradePortProcess.run(["history", "--store", url])
        #expect(run.status == 3)
        #expect(
            run.standardError
                == "gradeport: error: cannot reach the PostgreSQL server at 127.0.0.1:\(port + 1) "
                + "(postgres://someone@127.0.0.1:\(port + 1)/district): connection refused\n")
    }

    @Test func anotherProgramsDatabaseAndANewerSchemaAreRefused() throws {
        let cluster = try PostgresTestCluster.shared()
        let foreign = try cluster.makeDatabase("foreign")
        let foreignName = try PostgresStoreURL(foreign).database
        try cluster.sql("CREATE TABLE invoices (id integer PRIMARY KEY)", database: foreignName)
        let refused = try GradePortProcess.run(["import", Self.teams, "--store", foreign])
        #expect(refused.status == 3)
        #expect(
            refused.standardError
                == "gradeport: error: the database \(foreignName) at \(try PostgresStoreURL(foreign).redacted) holds "
                + "another program's tables, not a GradePort store; name an empty database (createdb) in --store\n")
        #expect(
            try cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database: foreignName)
                == "1\n")

        let newer = try cluster.makeDatabase("newer")
        let newerName = try PostgresStoreURL(newer).database
        #expect(try GradePortProcess.run(["import", Self.teams, "--store", newer]).status == 0)
        try cluster.sql(
            "INSERT INTO gradeport_migrations (version, name) VALUES (3, 'v3-from-the-future')", database: newerName)
        let tooNew = try GradePortProcess.run(["history", "--store", newer])
        #expect(tooNew.status == 3)
        #expect(
            tooNew.standardError
                == "gradeport: error: \(try PostgresStoreURL(newer).redacted) was written by a newer version of "
                + "GradePort (its schema is version 3, this program knows up to 2); update gradeport to use it\n")

        let missing = cluster.url(database: "no_such_database")
        let absent = try GradePortProcess.run(["history", "--store", missing])
        #expect(absent.status == 3)
        #expect(
            absent.standardError
                == "gradeport: error: no database no_such_database on the PostgreSQL server at 127.0.0.1:\(cluster.port) "
                + "(postgres://\(cluster.user)@127.0.0.1:\(cluster.port)/no_such_database); create it with "
                + "`createdb no_such_database`\n")
        #expect(!absent.standardError.contains(cluster.password))
    }

    @Test func aMalformedURLIsAUsageError() throws {
        let run = try GradePortProcess.run(["history", "--store", "postgres://u:hunter2@host:0/db"])
        #expect(run.status == 2)
        #expect(
            run.standardError
                == "gradeport: error: cannot use the store postgres://u:***@host:0/db: '0' is not a port number\n")
    }
}
