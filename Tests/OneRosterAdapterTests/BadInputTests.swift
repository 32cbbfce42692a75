import Foundation
import GradePortCore
import OneRosterAdapter
import TableReader
import Testing

/// Every bad input is reported at its file, line and column, and nothing else is lost.
@Suite struct BadInputTests {
    static func read(_ name: String) throws -> Gradebook {
        try OneRosterSamples.read(OneRosterSamples.path("bad/" + name))
    }

    @Test func brokenReferences() throws {
        let book = try Self.read("broken-references")
        #expect(
            OneRosterSamples.located(book, severity: .error) == [
                "bad/broken-references/enrollments.csv:29:4 dangling-reference",
                "bad/broken-references/lineItems.csv:8:8 dangling-reference",
                "bad/broken-references/results.csv:49:4 dangling-reference",
                "bad/broken-references/results.csv:50:5 dangling-reference",
            ])
        #expect(book.results.count == 46)
        #expect(book.assessments.count == 6)
        #expect(
            book.diagnostics.contains {
                $0.message.contains("is not a line item of this export; the result is not read")
            })
    }

    @Test func badValues() throws {
        let book = try Self.read("bad-values")
        #expect(
            OneRosterSamples.located(book, severity: .error) == [
                "bad/bad-values/academicSessions.csv:3:9 invalid-date",
                "bad/bad-values/academicSessions.csv:4:6 invalid-date",
                "bad/bad-values/classes.csv:2:8 invalid-value",
                "bad/bad-values/classes.csv:3:8 invalid-value",
                "bad/bad-values/users.csv:13:1 duplicate-record",
                "bad/bad-values/lineItems.csv:4:7 invalid-date",
                "bad/bad-values/results.csv:3:6 invalid-value",
                "bad/bad-values/results.csv:6:2 invalid-value",
                "bad/bad-values/results.csv:8:7 invalid-score",
            ])
        // The cell is rejected, not the record: the quarter keeps its end date; the assessment is dated by
        // its assignDate when its dueDate is bad.
        let quarter = try #require(book.terms.first { $0.name == "2 четверть" })
        #expect(quarter.start == nil && quarter.end == "2025-12-26")
        #expect(book.terms.first { $0.name == "1 четверть" }?.schoolYear == nil)
        #expect(book.assessments.first { $0.title == "ФО: самостоятельная работа" }?.date == "2025-09-16")
        #expect(book.results.count == 43)
        #expect(!book.diagnostics.contains { $0.message.contains("15,5") && $0.severity != .error })
    }

    @Test func missingColumns() throws {
        let book = try Self.read("missing-columns")
        #expect(
            OneRosterSamples.located(book, severity: .error) == [
                "bad/missing-columns/users.csv:1:- missing-column",
                "bad/missing-columns/results.csv:1:- missing-column",
                "bad/missing-columns/results.csv:2:- incomplete-record",
            ])
        #expect(
            book.diagnostics.contains {
                $0.message == "46 row(s) not read: the file lacks a column it cannot be read without"
            })
        #expect(book.results.isEmpty)
        #expect(book.people.count == 10)
        #expect(book.people.allSatisfy { $0.givenName == nil && $0.familyName != nil })
    }

    @Test func deletedRecordsAreNotedNotRead() throws {
        let book = try Self.read("tobedeleted")
        #expect(book.diagnostics.allSatisfy { $0.severity == .info })
        #expect(
            OneRosterSamples.located(book).filter { $0.hasSuffix("deleted-record") } == [
                "bad/tobedeleted/users.csv:9:2 deleted-record", "bad/tobedeleted/lineItems.csv:4:2 deleted-record",
            ])
        #expect(!book.people.contains { $0.familyName == "Оспанов" })
        #expect(!book.assessments.contains { $0.title == "ФО: самостоятельная работа" })
        // 46 results: 7 for the deleted line item and 5 more of the deleted student are not read.
        #expect(book.results.count == 34)
        #expect(
            book.diagnostics.count { $0.code == .danglingReference && $0.file?.hasSuffix("results.csv") == true } == 12)
    }

    @Test func noManifestIsReadWithAWarning() throws {
        let book = try Self.read("no-manifest")
        #expect(book.diagnostics.filter { $0.severity == .warning }.map(\.code) == [.missingHeader])
        #expect(book.results.count == 46)
    }

    @Test func aTruncatedArchiveIsAnErrorWithItsFile() throws {
        let path = OneRosterSamples.path("bad/truncated.zip")
        var builder = GradebookBuilder()
        builder.beginSource(file: path, platform: "oneroster", export: "csv-zip")
        do {
            try OneRosterPlatform().read(ExportFile(path: path), as: "csv-zip", into: &builder)
            Issue.record("a truncated archive was read")
        } catch let error as TableReadError {
            #expect(error.code == .corruptArchive)
        }
        let outcome = try PlatformRegistry([OneRosterPlatform()]).readGradebook(from: [path], platform: "oneroster")
        #expect(outcome.unreadableInputs == [path])
        #expect(outcome.gradebook.diagnostics.first?.message.contains("truncated") == true)
    }

    @Test func schoolDataSyncFilesReadAsOneRosterAreRejectedNotGuessed() throws {
        let book = try Self.read("sds-v2.1")
        #expect(book.people.isEmpty)
        // One sentence instead of a wall of missing-column errors (issue 17, item 7).
        #expect(book.diagnostics.filter { $0.severity == .error }.count == 1)
        #expect(book.diagnostics.contains { $0.message.contains("SDS files are an output format of GradePort") })
    }

    @Test func aFolderWithoutOneRosterFilesIsUnreadable() throws {
        var builder = GradebookBuilder()
        let path = OneRosterSamples.fixtures.sample("Teams/graph-dump")
        builder.beginSource(file: path, platform: "oneroster", export: "csv-folder")
        #expect(throws: ExportReadError.self) {
            try OneRosterPlatform().read(ExportFile(path: path), as: "csv-folder", into: &builder)
        }
    }
}
