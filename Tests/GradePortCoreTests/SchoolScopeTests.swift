import GradePortCore
import Testing

/// Issue 11: an input's school (`--school`, `--school-from-folder`) scopes its classes, assessments
/// and name-keyed people, so two schools' `7А` and their same-named pupils never meet.
@Suite struct SchoolScopeTests {
    @Test func twelveDigitsAreABINAndAnythingElseAName() throws {
        let bin = try #require(SchoolScope(parsing: " 123456789012 "))
        #expect(bin.bin == "123456789012")
        #expect(bin.name == nil)
        #expect(bin.key == "bin:123456789012")
        #expect(bin.schoolID == "school:bin:123456789012")
        let named = try #require(SchoolScope(parsing: "Школа  №12"))
        #expect(named.name == "Школа №12")
        #expect(named.key == "школа №12")
        #expect(SchoolScope(parsing: "12345678901")?.bin == nil)
        #expect(SchoolScope(parsing: "   ") == nil)
    }

    @Test func scopingTwiceIsScopingOnce() throws {
        let scope = try #require(SchoolScope(parsing: "Школа 1"))
        let once = scope.scoped(SchoolClass.ID(rawValue: "journal:class:7А"))
        #expect(once == "journal:class:7А@школа 1")
        #expect(scope.scoped(once) == once)
    }

    @Test func folderNamesTheSchool() {
        #expect(InputSchools.folderName(of: "city/Школа 12/7А.csv") == "Школа 12")
        #expect(InputSchools.folderName(of: "Школа 12/dump/") == "Школа 12")
        #expect(InputSchools.folderName(of: "7А.csv") == nil)
        #expect(InputSchools.folderName(of: "./7А.csv") == nil)
        #expect(InputSchools.folder.scope(forInput: "/data/Школа 2/a.csv")?.name == "Школа 2")
        #expect(InputSchools.none.scope(forInput: "/data/Школа 2/a.csv") == nil)
    }

    /// What a journal adapter adds for one pupil of 7А with one СОР result.
    private func addJournal(pupilScore: DecimalNumber, into builder: inout GradebookBuilder) {
        builder.add(SchoolClass(id: "journal:class:7А", name: "7А", grade: 7))
        let person = builder.localPersonID("journal:7А:иванов иван петрович")
        builder.add(Person(id: person, familyName: "Иванов", givenName: "Иван", patronymic: "Петрович"))
        builder.add(Enrollment(person: person, class: "journal:class:7А"))
        builder.add(
            Assessment(
                id: "journal:7А/Математика:СОР 1", title: "СОР 1", kind: .sectionSummative, maxScore: 20,
                class: "journal:class:7А"))
        builder.add(
            AssessmentResult(
                person: person, assessment: "journal:7А/Математика:СОР 1", status: .graded, score: pupilScore,
                source: builder.reference(line: 2, column: 2)))
    }

    /// Two inputs of the same journal (scores 18, then 9) from the given files.
    private func twoJournals(_ first: String, _ second: String, schools: InputSchools = .none) -> Gradebook {
        var builder = GradebookBuilder()
        builder.inputSchools = schools
        builder.beginSource(file: first, platform: "journal", export: "journal-table")
        addJournal(pupilScore: 18, into: &builder)
        builder.beginSource(file: second, platform: "journal", export: "journal-table")
        addJournal(pupilScore: 9, into: &builder)
        return builder.build()
    }

    @Test func twoSchoolsKeepTheirClassesPupilsAndMarks() {
        let book = twoJournals("Школа 1/7А.csv", "Школа 2/7А.csv", schools: .folder)
        #expect(book.sources.map(\.school) == ["school:школа 1", "school:школа 2"])
        #expect(book.schools.map(\.id) == ["school:школа 1", "school:школа 2"])
        #expect(book.schools.map(\.name) == ["Школа 1", "Школа 2"])
        #expect(book.classes.map(\.id) == ["journal:class:7А@школа 1", "journal:class:7А@школа 2"])
        #expect(book.classes.map(\.school) == ["school:школа 1", "school:школа 2"])
        #expect(
            book.people.map(\.id) == [
                "journal:7А:иванов иван петрович@школа 1", "journal:7А:иванов иван петрович@школа 2",
            ])
        #expect(book.enrollments.map(\.class) == ["journal:class:7А@школа 1", "journal:class:7А@школа 2"])
        #expect(book.assessments.map(\.class) == ["journal:class:7А@школа 1", "journal:class:7А@школа 2"])
        #expect(book.results.map(\.person.rawValue) == book.people.map(\.id.rawValue))
        #expect(book.results.map(\.score) == [18, 9])
        #expect(
            book.results.map(\.assessment) == [
                "journal:7А/Математика:СОР 1@школа 1", "journal:7А/Математика:СОР 1@школа 2",
            ])
        #expect(book.diagnostics.isEmpty)
        // After the merge: still two classes, two children, each with their own mark.
        let merged = GradebookMerger(preference: .last).merge(book)
        #expect(merged.classes.count == 2)
        #expect(merged.people.count == 2)
        #expect(merged.results.map(\.score) == [18, 9])
        #expect(!merged.diagnostics.contains { $0.code == .conflictingResults })
    }

    @Test func withoutASchoolTwoFoldersAreJoinedWithAWarning() {
        let book = twoJournals("Школа 1/7А.csv", "Школа 2/7А.csv")
        #expect(book.classes.map(\.id) == ["journal:class:7А"])
        #expect(book.people.count == 1)
        #expect(book.sources.map(\.school) == [nil, nil])
        #expect(book.diagnostics.map(\.code) == [.unscopedInput])
        #expect(book.diagnostics[0].severity == .warning)
        #expect(book.diagnostics[0].file == "Школа 2/7А.csv")
        #expect(book.diagnostics[0].message.contains("class 7А is also in Школа 1/7А.csv"))
        #expect(book.diagnostics[0].message.contains("--school-from-folder"))
    }

    @Test func oneFoldersFilesAreJoinedQuietly() {
        #expect(twoJournals("Школа 1/7А Q1.csv", "Школа 1/7А Q2.csv").diagnostics.isEmpty)
    }

    @Test func anInputOutsideAnyFolderIsNamedWithAWarning() {
        var builder = GradebookBuilder()
        builder.inputSchools = .folder
        builder.beginSource(file: "7А.csv", platform: "journal", export: "journal-table")
        addJournal(pupilScore: 18, into: &builder)
        let book = builder.build()
        #expect(book.classes.map(\.id) == ["journal:class:7А"])
        #expect(book.diagnostics.map(\.code) == [.unscopedInput])
        #expect(book.diagnostics[0].message.hasPrefix("--school-from-folder: the input is not inside a folder"))
    }

    @Test func platformUniqueIdsAreNotScopedAndAClassOfItsOwnSchoolKeepsIt() {
        var builder = GradebookBuilder()
        builder.inputSchools = .named(SchoolScope(parsing: "123456789012")!)
        builder.beginSource(file: "dump", platform: "kundelik", export: "api-dump")
        builder.add(School(id: "kundelik:school:1", name: "Школа-гимназия №1"))
        builder.add(SchoolClass(id: "kundelik:class:7А", name: "7А", school: "kundelik:school:1"))
        builder.add(Person(id: "kundelik:person:1000", familyName: "Иванов"))
        let book = builder.build()
        #expect(book.classes.map(\.id) == ["kundelik:class:7А@bin:123456789012"])
        #expect(book.classes.map(\.school) == ["kundelik:school:1"])
        // The export's school is its classes'; the given one still has a record for the source.
        #expect(book.sources.map(\.school) == ["school:bin:123456789012"])
        #expect(book.schools.map(\.id) == ["kundelik:school:1", "school:bin:123456789012"])
        #expect(book.people.map(\.id) == ["kundelik:person:1000"])
    }

    @Test func mergeWarnsWhenClassesOfTwoFoldersWithoutSchoolAreAligned() {
        var builder = GradebookBuilder()
        builder.beginSource(file: "Школа 1/7А.csv", platform: "journal", export: "journal-table")
        builder.add(SchoolClass(id: "journal:class:7А", name: "7А"))
        builder.beginSource(file: "Школа 2/7A.csv", platform: "onlinemektep", export: "journal-table")
        builder.add(SchoolClass(id: "onlinemektep:class:7A", name: "7A"))
        let merged = GradebookMerger(preference: .last).merge(builder.build())
        #expect(merged.classes.count == 1)
        let warning = merged.diagnostics.filter { $0.code == .unscopedInput }
        #expect(warning.count == 1)
        #expect(
            warning.first?.message.hasPrefix("class 7А of Школа 1/7А.csv and of Школа 2/7A.csv, in another folder")
                == true)
    }
}
