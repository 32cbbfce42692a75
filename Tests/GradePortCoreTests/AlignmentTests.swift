import GradePortCore
import Testing

/// Classes, subjects, terms and assessments of several inputs lined up.
@Suite struct AlignmentTests {
    static let classNames = ["7A", "7 «А»", "7-а", "7 \"А\" класс"]

    @Test("class names align with 7А", arguments: classNames)
    func classNamesAlign(name: String) {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", className: "7А", rows: [.init("k:1", "Ахметов Нурлан", [10])])
        fixture.input("teams", file: "t.csv", className: name, rows: [.init("t:1", "Akhmetov Nurlan", [10])])
        let book = fixture.merged()
        #expect(book.classes.map(\.id) == ["kundelik:class:7А"])
        #expect(book.people.count == 1)
        #expect(Set(book.assessments.compactMap(\.class)) == ["kundelik:class:7А"])
        #expect(Set(book.enrollments.map(\.class)) == ["kundelik:class:7А"])
        #expect(book.merge?.classesAligned == 1)
    }

    @Test func classesOfDifferentSchoolsStayApart() {
        let first = School(id: "bc:school:1", name: "Школа-лицей №1", bin: "990340001234")
        let second = School(id: "bc:school:2", name: "Гимназия №2", bin: "990340005678")
        var fixture = MergeFixture()
        fixture.input("bilimclass", file: "a.json", school: first, rows: [.init("a:1", "Ахметов Нурлан", [10])])
        fixture.input("kundelik", file: "b.json", school: second, rows: [.init("b:1", "Ахметов Нурлан", [10])])
        fixture.input("onlinemektep", file: "om.csv", rows: [.init("om:1", "Ахметов Нұрлан", [10])])
        let book = fixture.merged()
        #expect(book.classes.count == 3)
        #expect(book.people.count == 3)
        #expect(book.diagnostics(.mergeNote).contains { $0.message.contains("names no school") })
    }

    @Test func aClassWithoutSchoolJoinsTheOnlySchoolsClass() {
        let school = School(id: "bc:school:1", name: "Школа-лицей №1", bin: "990340001234")
        var fixture = MergeFixture()
        fixture.input("bilimclass", file: "a.json", school: school, rows: [.init("a:1", "Ахметов Нурлан", [10])])
        fixture.input("onlinemektep", file: "om.csv", rows: [.init("om:1", "Ахметов Нұрлан", [10])])
        let book = fixture.merged()
        #expect(book.classes.map(\.school) == ["bc:school:1"])
        #expect(book.people.count == 1)
    }

    @Test func schoolsAlignByBINThenByFoldedName() {
        let withBIN = School(id: "bc:school:1", name: "Школа-гимназия №12", bin: "990340001234")
        let byName = School(id: "kundelik:school:77", name: "ШКОЛА-ГИМНАЗИЯ № 12")
        let otherBIN = School(id: "x:school:9", name: "Школа-гимназия №12", bin: "990340005678")
        var fixture = MergeFixture()
        fixture.input("bilimclass", file: "a.json", school: withBIN, rows: [.init("a:1", "Ахметов Нурлан", [10])])
        fixture.input("kundelik", file: "b.json", school: byName, rows: [.init("b:1", "Ахметов Нурлан", [10])])
        fixture.input("opiq", file: "c.csv", school: otherBIN, rows: [.init("c:1", "Ахметов Нурлан", [10])])
        let book = fixture.merged()
        #expect(book.schools.map(\.id) == ["bc:school:1", "x:school:9"])
        #expect(book.classes.map(\.school) == ["bc:school:1", "x:school:9"])
        #expect(book.people.map(\.id) == ["a:1", "c:1"])
    }

    @Test func subjectsAlignByFoldedName() {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", subject: "Қазақ тілі", rows: [.init("k:1", "Ахметов Нурлан", [10])])
        fixture.input("journal", file: "j.csv", subject: "КАЗАК ТИЛИ", rows: [.init("j:1", "Ахметов Нурлан", [10])])
        fixture.input("opiq", file: "o.csv", subject: "Алгебра", rows: [.init("o:1", "Ахметов Нурлан", [10])])
        let book = fixture.merged()
        #expect(book.subjects.map(\.name) == ["Қазақ тілі", "Алгебра"])
        #expect(book.merge?.subjectsAligned == 1)
        // Same class, same kind and number, but another subject: not the same СОР.
        #expect(book.assessments.count == 2)
    }

    @Test func aTermWithoutSchoolYearTakesTheOthers() {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", rows: [.init("k:1", "Ахметов Нурлан", [10])])
        fixture.input(
            "journal", file: "j.csv", term: Term(id: "Q2", kind: .quarter, number: 2),
            rows: [.init("j:1", "Ахметов Нурлан", [10])])
        let book = fixture.merged()
        #expect(book.terms.map(\.id) == ["2025-2026/Q2"])
        #expect(book.assessments.count == 1)
        #expect(book.merge?.termsAligned == 1)
    }

    // MARK: - Assessments

    @Test func sectionSummativesAlignByKindAndNumber() throws {
        var fixture = MergeFixture()
        fixture.input(
            "kundelik", file: "k.json",
            columns: [.init("СОР 1. Дроби", number: 1), .init("СОЧ", .termSummative, max: 25)],
            rows: [.init("k:1", "Ахметов Нурлан", [18, 22])])
        fixture.input(
            "onlinemektep", file: "om.csv",
            columns: [.init("БЖБ 1", number: 1), .init("ТЖБ", .termSummative, max: 25)],
            rows: [.init("om:1", "Ахметов Нұрлан", [18, 22])])
        let book = fixture.merged()
        #expect(book.assessments.map(\.title) == ["СОР 1. Дроби", "СОЧ"])
        let sor = try #require(book.assessments.first)
        #expect(sor.aliases.map(\.id) == ["onlinemektep:om.csv:БЖБ 1"])
        #expect(sor.aliases.first?.source?.source == "s2")
        #expect(book.results.count == 2)
        #expect(book.merge?.assessmentsAligned == 2)
        #expect(book.merge?.resultAgreements == 2)
    }

    @Test func formativesAlignByFoldedTitle() {
        var fixture = MergeFixture()
        fixture.input(
            "onlinemektep", file: "om.csv",
            columns: [.init("04.11", .formative, max: 10), .init("11.11", .formative, max: 10)],
            rows: [.init("om:1", "Ахметов Нұрлан", [8, 9])])
        fixture.input(
            "journal", file: "j.csv", columns: [.init("04.11", .formative, max: 10)],
            rows: [.init("j:1", "Ахметов Нурлан", [8])])
        let book = fixture.merged()
        #expect(book.assessments.map(\.title) == ["04.11", "11.11"])
        #expect(book.results.count == 2)
    }

    @Test func differentMaximaAreNotMergedAndAreReported() throws {
        var fixture = MergeFixture()
        fixture.input(
            "kundelik", file: "k.json", columns: [.init("СОР 1", number: 1, max: 20)],
            rows: [.init("k:1", "Ахметов Нурлан", [18])])
        fixture.input(
            "onlinemektep", file: "om.csv", columns: [.init("БЖБ 1", number: 1, max: 12)],
            rows: [.init("om:1", "Ахметов Нұрлан", [11])])
        let book = fixture.merged()
        #expect(book.assessments.count == 2)
        #expect(book.results.count == 2)
        let warning = try #require(book.diagnostics(.assessmentMaximumMismatch).first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("12") && warning.message.contains("20"))
        #expect(warning.file == "om.csv" && warning.line == 1 && warning.column == 2)
        #expect(book.merge?.assessmentMaximumMismatches == 1)
        // The people still merged: one child with two СОР 1 records.
        #expect(book.people.count == 1)
    }

    @Test func anUnknownMaximumTakesTheKnownOne() {
        var fixture = MergeFixture()
        fixture.input(
            "kundelik", file: "k.json", columns: [.init("СОР 1", number: 1, max: nil)],
            rows: [.init("k:1", "Ахметов Нурлан", [18])])
        fixture.input(
            "onlinemektep", file: "om.csv", columns: [.init("БЖБ 1", number: 1, max: 20)],
            rows: [.init("om:1", "Ахметов Нұрлан", [18])])
        let book = fixture.merged()
        #expect(book.assessments.map(\.maxScore) == [20])
    }

    @Test func twoCandidatesOfOneInputAreAmbiguous() {
        var fixture = MergeFixture()
        fixture.input(
            "kundelik", file: "k.json", columns: [.init("СОР 1", number: 1), .init("СОР 1 (пересдача)", number: 1)],
            rows: [.init("k:1", "Ахметов Нурлан", [12, 18])])
        fixture.input(
            "onlinemektep", file: "om.csv", columns: [.init("БЖБ 1", number: 1)],
            rows: [.init("om:1", "Ахметов Нұрлан", [18])])
        let book = fixture.merged()
        #expect(book.assessments.count == 3)
        #expect(book.diagnostics(.ambiguousAssessmentMatch).count == 1)
        #expect(book.merge?.ambiguousAssessments == 1)
    }
}
