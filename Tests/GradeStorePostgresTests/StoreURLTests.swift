import Foundation
import GradeStore
import GradeStorePostgres
import Testing

/// `--store postgres://…`: the URL's parts, its redaction, and where the password comes from.
@Suite struct StoreURLTests {
    @Test func aURLGivesItsPartsAndShowsNoPassword() throws {
        let url = try PostgresStoreURL("postgresql://teacher:s%40cret@db.school.kz:6543/district")
        #expect(url.user == "teacher")
        #expect(url.password == "s@cret")
        #expect(url.host == "db.school.kz")
        #expect(url.port == 6543)
        #expect(url.database == "district")
        #expect(url.tls == .prefer)
        #expect(url.redacted == "postgres://teacher@db.school.kz:6543/district")
        #expect("\(url)" == "postgres://teacher@db.school.kz:6543/district")

        let plain = try PostgresStoreURL("postgres://analyst@[::1]/gradeport?sslmode=verify-full")
        #expect(plain.password == nil)
        #expect(plain.host == "::1")
        #expect(plain.port == 5432)
        #expect(plain.tls == .verifyFull)
        #expect(plain.redacted == "postgres://analyst@[::1]:5432/gradeport?sslmode=verify-full")
    }

    @Test(arguments: [
        (
            "postgres://u:hunter2@host:99999/db",
            "cannot use the store postgres://u:***@host:99999/db: '99999' is not a port number"
        ),
        (
            "postgres://u:hunter2@host:5432",
            "cannot use the store postgres://u:***@host:5432: it names no database (postgres://USER@HOST:PORT/DATABASE)"
        ),
        (
            "postgres://u:hunter2@host/db?sslmode=always",
            "cannot use the store postgres://u:***@host/db?sslmode=always: sslmode must be disable, prefer, require or verify-full, not 'always'"
        ),
        (
            "postgres://u:hunter2@host/db?password=x",
            "cannot use the store postgres://u:***@host/db?password=x: unknown parameter 'password' (only sslmode is understood)"
        ),
    ])
    func aMalformedURLIsRefusedWithoutItsPassword(_ text: String, _ message: String) throws {
        let error = try #require(throws: GradeStoreError.self) { try PostgresStoreURL(text) }
        #expect(error.code == .invalidLocation)
        #expect(error.message == message)
        #expect(!error.message.contains("hunter2"))
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let folder = NSTemporaryDirectory() + "pgpass-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/pgpass"
        try """
        # comment
        other.host:5432:district:teacher:wrong
        db.school.kz:5432:district:analyst:not-this-user
        db.school.kz:*:district:teacher:from\\:file
        *:*:*:*:fallback
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let url = try PostgresStoreURL("postgres://teacher@db.school.kz/district")
        #expect(PostgresPassword.find(for: url, environment: ["PGPASSFILE": file]) == "from:file")
        #expect(PostgresPassword.find(for: url, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "env")
        let inURL = try PostgresStoreURL("postgres://teacher:given@db.school.kz/district")
        #expect(PostgresPassword.find(for: inURL, environment: ["PGPASSWORD": "env"]) == "given")
        let elsewhere = try PostgresStoreURL("postgres://x@elsewhere/db")
        #expect(PostgresPassword.find(for: elsewhere, environment: ["PGPASSFILE": file]) == "fallback")
        #expect(
            PostgresPassword.find(for: elsewhere, environment: ["PGPASSFILE": folder + "/none", "HOME": folder]) == nil)
    }

    @Test func aLocationIsAFileUnlessItIsAPostgresURL() throws {
        #expect(try StoreBackend(location: "school.sqlite") == .sqlite(path: "school.sqlite"))
        #expect(try StoreBackend(location: "POSTGRES://u@h/d").isServer)
        #expect(try StoreBackend(location: "postgresql://u:pw@h/d").displayName == "postgres://u@h:5432/d")
        #expect(PostgresStoreURL.redactedText("postgres://u:pw@h/d") == "postgres://u:***@h/d")
        #expect(PostgresStoreURL.redactedText("school.sqlite") == "school.sqlite")
    }
}
