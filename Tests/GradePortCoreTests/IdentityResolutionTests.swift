import GradePortCore
import Testing

/// Who is one person after a merge, and why.
@Suite struct IdentityResolutionTests {
    @Test func kazakhRussianAndLatinSpellingsAreOneChild() throws {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "kundelik.json", rows: [.init("k:1", "Жақсылықов Данияр Маратұлы", [18])])
        fixture.input("onlinemektep", file: "om.csv", rows: [.init("om:1", "Жаксылыков Данияр Маратулы", [18])])
        fixture.input(
            "teams", file: "teams.csv",
            rows: [
                .init("teams:d.zhaksylykov@school.kz", "Zhaksylykov Daniyar", email: "D.Zhaksylykov@school.kz", [18])
            ])
        let book = fixture.merged()
        #expect(book.people.map(\.id) == ["k:1"])
        let person = try #require(book.people.first)
        #expect(person.fullName == "Жақсылықов Данияр Маратұлы")
        #expect(person.email == "D.Zhaksylykov@school.kz")
        #expect(
            person.externalIds == [
                .init(platform: "onlinemektep", id: "om:1"),
                .init(platform: "teams", id: "teams:d.zhaksylykov@school.kz"),
            ])
        #expect(book.merge?.peopleMatched[.name] == 2)
        #expect(book.diagnostics(.mergedByName).count == 1)
        #expect(book.diagnostics(.mergedByName).first?.message.contains("om.csv:2") == true)
        #expect(book.results.map(\.person) == ["k:1"])
        #expect(book.merge?.resultAgreements == 2)
    }

    // MARK: - Evidence

    @Test func iinJoinsDifferentlyWrittenNames() {
        var fixture = MergeFixture()
        fixture.input(
            "bilimclass", file: "bc.json", rows: [.init("bc:1", "Нұрланов Ерасыл Асқарұлы", iin: "120315500048", [15])])
        fixture.input("journal", file: "j.csv", rows: [.init("j:1", "Асқаров Ерик", iin: "120315500048", [15])])
        let book = fixture.merged()
        #expect(book.people.count == 1)
        #expect(book.merge?.peopleMatched[.iin] == 1)
        #expect(book.diagnostics(.mergedByName).isEmpty)
    }

    @Test func differentIINsAreNeverOnePerson() {
        var fixture = MergeFixture()
        fixture.input("bilimclass", file: "bc.json", rows: [.init("bc:1", "Ахметов Нұрлан", iin: "120315500048", [15])])
        fixture.input("journal", file: "j.csv", rows: [.init("j:1", "Ахметов Нурлан", iin: "000101500001", [12])])
        let book = fixture.merged()
        #expect(book.people.count == 2)
        #expect(book.merge?.peopleMatchedTotal == 0)
        #expect(book.diagnostics(.ambiguousPersonMatch).isEmpty)
    }

    @Test func emailMatchesCaseInsensitivelyUnlessTheIINsDiffer() {
        var fixture = MergeFixture()
        fixture.input("teams", file: "t.csv", rows: [.init("t:1", "Chen Avery", email: "Avery.Chen@School.kz", [10])])
        fixture.input(
            "google-classroom", file: "g.csv", rows: [.init("g:1", "Chen A", email: " avery.chen@school.kz ", [10])])
        let book = fixture.merged()
        #expect(book.people.count == 1)
        #expect(book.merge?.peopleMatched[.email] == 1)

        var clash = MergeFixture()
        clash.input(
            "bilimclass", file: "a.json", rows: [.init("a:1", "Ким Анна", iin: "120315500048", email: "kim@s.kz", [1])])
        clash.input(
            "journal", file: "b.csv", rows: [.init("b:1", "Ким Анна", iin: "000101500001", email: "KIM@s.kz", [1])])
        let kept = clash.merged()
        #expect(kept.people.count == 2)
        #expect(kept.diagnostics(.conflictingIdentity).count == 1)
        #expect(kept.diagnostics(.conflictingIdentity).first?.message.contains("IINs differ") == true)
        #expect(kept.merge?.conflictingIdentities == 1)
    }

    @Test func aSharedExternalIDIsAPlatformLink() {
        var fixture = MergeFixture()
        let link = Person.ExternalID(platform: "kundelik", id: "1000006849522")
        fixture.input(
            "kundelik", file: "k.json",
            rows: [.init("kundelik:person:1000006849522", "Ким Алексей", externalIds: [link], [5])])
        fixture.input(
            "journal", file: "j.csv", rows: [.init("journal:x", "Kim Aleksei Viktorovich", externalIds: [link], [5])])
        let book = fixture.merged()
        #expect(book.people.count == 1)
        #expect(book.merge?.peopleMatched[.platformLink] == 1)
        #expect(book.merge?.peopleMatched[.name, default: 0] == 0)
    }

    /// The strongest evidence is taken first: a name match never joins what an IIN keeps apart,
    /// and a name match between records already joined by IIN is not counted again.
    @Test func evidenceIsTakenStrongestFirst() {
        var fixture = MergeFixture()
        fixture.input(
            "bilimclass", file: "bc.json", rows: [.init("bc:1", "Ахметов Нұрлан Серікұлы", iin: "120315500048", [15])])
        fixture.input(
            "kundelik", file: "k.json",
            rows: [
                .init("k:1", "Ахметов Нурлан Серикулы", iin: "120315500048", [15]),
                .init("k:2", "Ахметов Нурлан", iin: "000101500001", [9]),
            ])
        let book = fixture.merged()
        #expect(book.people.map(\.id) == ["bc:1", "k:2"])
        #expect(book.merge?.peopleMatched[.iin] == 1)
        #expect(book.merge?.peopleMatched[.name, default: 0] == 0)
    }

    // MARK: - Names: what must never be merged

    @Test func oneInputsSameNamedRowsAreNeverMergedAndAreReported() {
        var fixture = MergeFixture()
        fixture.input(
            "onlinemektep", file: "om.csv",
            rows: [.init("om:1", "Оспанова Асем", [10]), .init("om:2", "Оспанова Әсем", [12])])
        fixture.input("kundelik", file: "k.csv", rows: [.init("k:1", "Ospanova Assem", [10])])
        let book = fixture.merged()
        #expect(book.people.count == 3)
        #expect(book.merge?.peopleMatchedTotal == 0)
        let ambiguous = book.diagnostics(.ambiguousPersonMatch)
        #expect(ambiguous.count == 1)
        #expect(ambiguous.first?.severity == .warning)
        for place in ["om.csv:2", "om.csv:3", "k.csv:2"] {
            #expect(ambiguous.first?.message.contains(place) == true, "\(place)")
        }
        let duplicates = book.diagnostics(.possibleDuplicatePerson)
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.line == 3)
        #expect(book.merge?.ambiguousPeople == 1)
    }

    @Test func twoCandidatesOnEitherSideAreAmbiguous() {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", rows: [.init("k:1", "Ким Анна", [10])])
        fixture.input(
            "onlinemektep", file: "om.csv",
            rows: [.init("om:1", "Ким Анна Сергеевна", [10]), .init("om:2", "Ким Анна Олеговна", [8])])
        let book = fixture.merged()
        #expect(book.people.count == 3)
        #expect(book.diagnostics(.ambiguousPersonMatch).count == 1)
        // Told apart by their patronymics, the two of one input are not duplicates.
        #expect(book.diagnostics(.possibleDuplicatePerson).isEmpty)
    }

    @Test func thePatronymicPicksTheOneCandidate() {
        var fixture = MergeFixture()
        fixture.input(
            "kundelik", file: "k.json",
            rows: [.init("k:1", "Ахметов Нурлан Серикович", [10]), .init("k:2", "Ахметов Нурлан Маратович", [7])])
        fixture.input("onlinemektep", file: "om.csv", rows: [.init("om:1", "Ахметов Нұрлан Серікұлы", [10])])
        let book = fixture.merged()
        #expect(book.people.map(\.id) == ["k:1", "k:2"])
        #expect(book.person("om:1")?.id == "k:1")
        #expect(book.diagnostics(.ambiguousPersonMatch).isEmpty)
    }

    @Test func namesakesInDifferentClassesNeverMerge() {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", className: "7А", rows: [.init("k:1", "Ахметов Нурлан", [10])])
        fixture.input("onlinemektep", file: "om.csv", className: "7Б", rows: [.init("om:1", "Ахметов Нурлан", [10])])
        let book = fixture.merged()
        #expect(book.people.count == 2)
        #expect(book.merge?.peopleMatchedTotal == 0)
        #expect(book.diagnostics(.ambiguousPersonMatch).isEmpty)
    }

    @Test func aMatchContradictedByAThirdInputIsAmbiguous() {
        // om:1 has no patronymic, so it could be either of the other two; they are not one child.
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", rows: [.init("k:1", "Ахметов Нурлан Серикович", [10])])
        fixture.input("onlinemektep", file: "om.csv", rows: [.init("om:1", "Ахметов Нұрлан", [10])])
        fixture.input("journal", file: "j.csv", rows: [.init("j:1", "Ахметов Нурлан Маратович", [10])])
        let book = fixture.merged()
        #expect(book.people.count == 3)
        #expect(book.diagnostics(.ambiguousPersonMatch).count == 1)
    }

    @Test func aPersonWithoutAClassIsNotMatchedByName() {
        var builder = GradebookBuilder()
        builder.beginSource(file: "a.json", platform: "kundelik", export: "test")
        builder.add(Person(id: "k:1", familyName: "Ахметов", givenName: "Нурлан"))
        builder.beginSource(file: "b.csv", platform: "onlinemektep", export: "test")
        builder.add(Person(id: "om:1", familyName: "Ахметов", givenName: "Нұрлан"))
        let book = GradebookMerger().merge(builder.build())
        #expect(book.people.count == 2)
        #expect(book.merge?.peopleMatchedTotal == 0)
    }

    @Test func differentRolesAreNeverOnePerson() {
        var builder = GradebookBuilder()
        builder.beginSource(file: "a.json", platform: "teams", export: "test")
        builder.add(Person(id: "t:1", role: .teacher, familyName: "Chen", givenName: "Avery", email: "avery@s.kz"))
        builder.beginSource(file: "b.json", platform: "google-classroom", export: "test")
        builder.add(Person(id: "g:1", role: .student, familyName: "Chen", givenName: "Avery", email: "avery@s.kz"))
        let book = GradebookMerger().merge(builder.build())
        #expect(book.people.count == 2)
        #expect(book.diagnostics(.conflictingIdentity).first?.message.contains("teacher") == true)
    }

    /// Past the 64th input the merge's input sets change representation; the rules do not.
    @Test func manyInputs() {
        var fixture = MergeFixture()
        for index in 0..<64 {
            fixture.input("journal", file: "f\(index).csv", rows: [.init("j\(index):1", "Ученик\(index) Имя", [10])])
        }
        fixture.input(
            "journal", file: "f64.csv", rows: [.init("j64:1", "Ким Анна", [10]), .init("j64:2", "Ким Анна", [9])])
        fixture.input("journal", file: "f65.csv", rows: [.init("j65:1", "Ким Анна", [10])])
        fixture.input("journal", file: "f66.csv", rows: [.init("j66:1", "Ли Вера", [10])])
        fixture.input("journal", file: "f67.csv", rows: [.init("j67:1", "Li Vera", [10])])
        let book = fixture.merged()
        #expect(book.people.count == 64 + 3 + 1)
        #expect(book.person("j67:1")?.id == "j66:1")
        #expect(book.diagnostics(.ambiguousPersonMatch).count == 1)
        #expect(book.diagnostics(.possibleDuplicatePerson).count == 1)
    }

    @Test func oneInputIsReturnedUnchanged() {
        var fixture = MergeFixture()
        fixture.input(
            "kundelik", file: "k.json",
            rows: [.init("k:1", "Ахметов Нурлан", [10]), .init("k:2", "Ахметов Нурлан", [9])])
        #expect(fixture.merged() == fixture.book)
        #expect(fixture.merged().merge == nil)
    }
}
