import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import GradePortWriters
import Testing

/// What GradePort's OneRoster export writes for results that are not scores (issue 17, item 9).
@Suite struct ExportedResultTests {
    @Test func aTurnedInStateIsNotATextScore() throws {
        let book = BuiltInPlatforms.registry.readGradebook(
            from: [OneRosterOneSample.path("GoogleClassroom/7A-api-dump.json")]
        ).gradebook
        #expect(book.results.contains { $0.raw == "TURNED_IN" })
        let temporary = try TemporaryFolder(prefix: "gradeport-export")
        let folder = temporary.file("bundle")
        try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(
            book, to: FileSetDestination(path: folder))
        let results = try BundleTable(folder + "/results.csv")
        #expect(!results.column("textScore").contains("TURNED_IN"))
        let submitted = results.column("scoreStatus").indices.filter {
            results.column("scoreStatus")[$0] == "submitted"
        }
        #expect(!submitted.isEmpty)
        #expect(submitted.allSatisfy { results.column("metadata.gradeport.raw")[$0] == "TURNED_IN" })
        // Read back, the raw cell is the platform's state again.
        let back = try OneRosterSamples.read(folder)
        #expect(back.results.filter { $0.raw == "TURNED_IN" }.count == submitted.count)
    }
}
