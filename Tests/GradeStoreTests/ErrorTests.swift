import Foundation
import GRDB
import GradePortTesting
import Testing

@testable import GradeStore

/// A ``GradeStoreError`` made from an SQLite error keeps that error as its cause, and says the same
/// sentence as before.
@Suite struct ErrorTests {
    @Test func aFileThatIsNotSQLiteKeepsSQLitesError() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("grades.csv")
        try Data("Last Name,First Name\nКим,Алексей\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: GradeStoreError.self) { try GradeStore(path: path) }
        #expect(error.code == .notAStore)
        #expect(error.description == "\(path) is not a GradePort store (not an SQLite database)")
        let cause = try #require(error.underlyingError as? DatabaseError)
        #expect(cause.resultCode == .SQLITE_NOTADB)
    }

    @Test func aFailedOperationKeepsSQLitesError() throws {
        let folder = try TemporaryFolder(prefix: "gradestore")
        let path = folder.file("gradeport.sqlite")
        let store = try GradeStore(path: path)
        try store.close()
        let error = try #require(throws: GradeStoreError.self) { try store.history() }
        #expect(error.code == .database)
        let cause = try #require(error.underlyingError as? DatabaseError)
        #expect(error.description == "\(path): \(cause.message ?? "\(cause)")")
    }

    @Test func theCauseIsNotPartOfTheErrorsIdentity() {
        let cause = DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
        let kept = GradeStoreError(.database, "gradeport.sqlite is busy", underlyingError: cause)
        let plain = GradeStoreError(.database, "gradeport.sqlite is busy")
        #expect(kept == plain)
        #expect(Set([kept, plain]).count == 1)
        #expect(kept.description == plain.description)
        #expect(plain.underlyingError == nil)
    }

    @Test func errorsThatSQLiteDidNotReportHaveNoCause() throws {
        let store = try GradeStore.inMemory()
        let error = try #require(throws: GradeStoreError.self) { try store.undo(importID: 1) }
        #expect(error.code == .unknownImport)
        #expect(error.underlyingError == nil)
    }
}
