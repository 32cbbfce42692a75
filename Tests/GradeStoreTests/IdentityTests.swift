import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

@Suite struct IdentityTests {
    @Test func aPersonKeepsTheirStoreIdentityAcrossPlatformsByEmail() throws {
        let store = try GradeStore.inMemory()
        let teams = ClassExport()
        _ = try store.importGradebook(teams.gradebook)
        var classroom = ClassExport()
        classroom.platform = "google-classroom"
        classroom.file = "7A Физика - grades.csv"
        classroom.students = [("Aruzhan@School.kz", "Серікқызы Аружан", ["19", "18", "23"])]
        let summary = try store.importGradebook(classroom.gradebook)
        #expect(summary.peopleAdded == 0)
        #expect(summary.added == 3)
        let book = try store.gradebook()
        #expect(book.people.count == 3)
        let aruzhan = try #require(book.people.first { $0.id == "teams:aruzhan@school.kz" })
        #expect(book.results.count { $0.person == aruzhan.id } == 6)
    }

    @Test func aValidIINLinksPeopleAndAnInvalidOneDoesNot() throws {
        let store = try GradeStore.inMemory()
        let iin = try validIIN("09031150012")
        var kundelik = ClassExport()
        kundelik.platform = "kundelik"
        kundelik.students = [("k1@kundelik.kz", "Ким Алексей", ["10", nil, nil])]
        kundelik.iins = ["k1@kundelik.kz": iin]
        _ = try store.importGradebook(kundelik.gradebook)

        var bilim = ClassExport()
        bilim.platform = "bilimclass"
        bilim.students = [
            ("b1@bilimclass.kz", "Ким Алексей", ["11", nil, nil]),
            ("b2@bilimclass.kz", "Ким Алексей", ["12", nil, nil]),
        ]
        // The second has the same digits with a wrong check digit: not evidence.
        let wrong = String(iin.dropLast()) + String((Int(String(iin.last!))! + 1) % 10)
        bilim.iins = ["b1@bilimclass.kz": iin, "b2@bilimclass.kz": wrong]
        let summary = try store.importGradebook(bilim.gradebook)
        #expect(summary.peopleAdded == 1)
        let people = try store.gradebook().people
        #expect(people.map(\.id) == ["kundelik:k1@kundelik.kz", "bilimclass:b2@bilimclass.kz"])
        #expect(people.first?.iin == iin)
    }

    @Test func aKeyOfSomeoneElseIsNotMovedAndIsReported() throws {
        let store = try GradeStore.inMemory()
        var first = ClassExport()
        first.students = [
            ("a@school.kz", "Ахметов Нурлан", ["10", nil, nil]), ("b@school.kz", "Смагулова Дана", ["11", nil, nil]),
        ]
        _ = try store.importGradebook(first.gradebook)
        // A later export gives student b's e-mail to an account whose platform id is a's.
        var builder = GradebookBuilder()
        builder.beginSource(file: "later.csv", platform: "teams", export: "grades-csv", sha256: "later")
        builder.add(
            Person(
                id: "teams:a@school.kz", familyName: "Ахметов", email: "b@school.kz", source: builder.reference(line: 7)
            ))
        let summary = try store.importGradebook(builder.build())
        #expect(summary.peopleAdded == 0)
        #expect(summary.diagnostics.map(\.code) == [.identityConflict])
        #expect(
            summary.diagnostics.first?.description
                == "later.csv:7: warning: e-mail b@school.kz of Ахметов (teams:a@school.kz) already belongs to another person in the store (teams:b@school.kz); not linked [identity-conflict]"
        )
        #expect(try store.gradebook().people.count == 2)
        #expect(try store.diagnostics(ofImport: 2).map(\.code) == [.identityConflict])
    }

    @Test func twoRowsThatBecomeOnePersonCannotBothGiveAResult() throws {
        let store = try GradeStore.inMemory()
        var builder = GradebookBuilder()
        builder.beginSource(file: "dump.json", platform: "kundelik", export: "api-dump", sha256: "dump")
        builder.add(Assessment(id: "w1", title: "СОР 1", kind: .sectionSummative, maxScore: DecimalNumber(20)))
        builder.add(Person(id: "kundelik:person:1", familyName: "Ли", email: "li@school.kz"))
        builder.add(Person(id: "kundelik:person:2", familyName: "Ли", email: "LI@school.kz"))
        builder.add(
            AssessmentResult(
                person: "kundelik:person:1", assessment: "w1", status: .graded, score: DecimalNumber(15), raw: "15",
                source: builder.reference(line: 10, column: 3)))
        builder.add(
            AssessmentResult(
                person: "kundelik:person:2", assessment: "w1", status: .graded, score: DecimalNumber(16), raw: "16",
                source: builder.reference(line: 11, column: 3)))
        let summary = try store.importGradebook(builder.build())
        #expect(summary.added == 1)
        #expect(summary.rejected == 1)
        #expect(summary.diagnostics.map(\.line) == [11])
        #expect(summary.diagnostics.first?.severity == .error)
        let results = try store.gradebook().results
        #expect(results.map(\.score) == [DecimalNumber(15)])
    }

    @Test func aPersonKnownByTwoIdsKeepsTheRemainingOneWhenAnImportIsUndone() throws {
        let store = try GradeStore.inMemory()
        let teams = ClassExport()
        _ = try store.importGradebook(teams.gradebook)
        var classroom = ClassExport()
        classroom.platform = "google-classroom"
        classroom.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["19", "18", "23"])]
        _ = try store.importGradebook(classroom.gradebook)
        try store.undo(importID: 1)
        let people = try store.gradebook().people
        #expect(people.map(\.id) == ["google-classroom:aruzhan@school.kz"])
        // The identity still holds the keys the remaining import gave it.
        var again = ClassExport()
        again.platform = "google-classroom"
        again.file = "again.csv"
        again.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["19", "18", "23"])]
        let summary = try store.importGradebook(again.gradebook)
        #expect(summary.peopleAdded == 0)
        #expect(summary.unchanged == 3)
    }
}

@Suite struct EmailKeyTests {
    @Test(arguments: [
        ("Maria.Ivanova@School7.kz", "maria.ivanova@school7.kz"), ("  a@b.kz\t", "a@b.kz"),
        ("Әйгерім@Мектеп.kz", "әйгерім@мектеп.kz"),
    ])
    func anAddressIsTrimmedAndLowerCased(text: String, key: String) {
        #expect(PersonKeys.normalizedEmail(text) == key)
    }

    @Test(arguments: ["", "   ", "no-at-sign", "@school.kz", "maria@", "a b@c.kz", "a@b@c.kz"])
    func textThatIsNoAddressIsNoKey(text: String) {
        #expect(PersonKeys.normalizedEmail(text) == nil)
    }
}
