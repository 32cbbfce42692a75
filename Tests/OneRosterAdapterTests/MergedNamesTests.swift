import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import GradePortWriters
import Testing

/// A merge takes a person's names from separate name fields over names split out of free text, in any
/// input order, and a OneRoster export names only platform ids as platform ids (issue 17, item 2).
@Suite struct MergedNamesTests {
    static let journal = OneRosterOneSample.path("Merge/7А Математика 2-тоқсан.csv")
    static let kundelik = OneRosterOneSample.path("Merge/kundelik-7A-dump.json")

    static func merged(_ paths: [String]) -> Gradebook {
        BuiltInPlatforms.registry.readGradebook(from: paths).gradebook
    }

    @Test(arguments: [[journal, kundelik], [kundelik, journal]])
    func structuredNamesWinWhateverTheOrder(_ paths: [String]) throws {
        let book = Self.merged(paths)
        // The journal writes `Айгерим Абдирахманова` (given name first); Kundelik has lastName/firstName.
        let person = try #require(book.people.first { $0.givenName == "Әйгерім" })
        #expect(person.familyName == "Әбдірахманова")
        #expect(person.patronymic == "Серікқызы")
        #expect(!book.people.contains { $0.familyName == "Айгерим" })
        #expect(person.nameIsParsed == false)
        // Said, not done in silence.
        let noted = book.diagnostics.contains {
            $0.code == "merge-note"
                && $0.message.hasPrefix("names 'Айгерим Абдирахманова' (split from one full-name text)")
        }
        #expect(noted == (paths[0] == Self.journal))
    }

    @Test func theOneRosterExportNamesOnlyPlatformIDs() throws {
        let book = Self.merged([Self.journal, Self.kundelik])
        let person = try #require(book.people.first { $0.givenName == "Әйгерім" })
        // The merge keeps the Kundelik record's gradebook id under `kundelik` (documented in docs/merge.md)…
        #expect(person.externalIds.contains { $0.platform == "kundelik" && $0.isGradebookID })
        let temporary = try TemporaryFolder(prefix: "gradeport-merged")
        let folder = temporary.file("bundle")
        try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(
            book, to: FileSetDestination(path: folder))
        let users = try BundleTable(folder + "/users.csv")
        let row = try #require(users.column("givenName").firstIndex(of: "Әйгерім"))
        #expect(users.column("familyName")[row] == "Әбдірахманова")
        // …but `userIds` lists only ids Kundelik gave, never `{kundelik:kundelik:…}`.
        let ids = users.column("userIds")[row]
        #expect(ids.contains("{kundelik:"))
        #expect(!ids.contains("kundelik:kundelik:"))
        #expect(!users.column("userIds").contains { $0.contains(":kundelik:") || $0.contains(":onlinemektep:") })
    }
}
