import GradePortCore
import OnlineMektepAdapter
import Testing

/// The OnlineMektep journal: lesson dates, maxima, statuses, both UI languages, the Excel re-save.
@Suite struct OnlineMektepTests {
    static let samples = JournalPlatformSamples.onlineMektep
    static let q1 = "onlinemektep:7А/Математика/Q1:"
    static let q2 = "onlinemektep:7А/Математика/Q2:"

    @Test func lessonColumnsAreFormativeOutOfTen() throws {
        let book = try Self.samples.read("7А Математика 1 четверть.csv")
        let lesson = try #require(book.assessments.first { $0.id.rawValue == Self.q1 + "02.09" })
        #expect(lesson.kind == .formative)
        #expect(lesson.maxScore == 10)
        #expect(lesson.date == "2025-09-02")
        #expect(lesson.term == "2025-2026/Q1")
    }

    @Test func summativeMaximaFromHeadingsAndRow() throws {
        let q1 = try Self.samples.read("7А Математика 1 четверть.csv")
        #expect(q1.assessments.first { $0.id.rawValue == Self.q1 + "СОР 2" }?.maxScore == 15)
        #expect(q1.assessments.first { $0.id.rawValue == Self.q1 + "СОЧ" }?.kind == .termSummative)
        let q2 = try Self.samples.read("7А Математика 2-тоқсан.csv")
        #expect(q2.assessments.first { $0.id.rawValue == Self.q2 + "БЖБ 1" }?.maxScore == 12)
        #expect(q2.assessments.first { $0.id.rawValue == Self.q2 + "ТЖБ" }?.maxScore == 25)
        #expect(q2.assessments.first { $0.id.rawValue == Self.q2 + "Тоқсандық баға" }?.kind == .final)
    }

    @Test func absencesAndExemptions() throws {
        let q1 = try Self.samples.read("7А Математика 1 четверть.csv")
        let kim = "onlinemektep:7А:ким алексей сергеевич"
        #expect(q1.result(kim, Self.q1 + "16.09")?.status == .absent)
        #expect(q1.result(kim, Self.q1 + "СОЧ")?.raw == "н")
        #expect(q1.result("onlinemektep:7А:иванова мария петровна", Self.q1 + "СОР 2")?.status == .exempt)
        let q2 = try Self.samples.read("7А Математика 2-тоқсан.csv")
        let ansar = q2.result("onlinemektep:7А:омирзак ансар талгатулы", Self.q2 + "БЖБ 2")
        #expect(ansar?.status == .exempt)
        #expect(ansar?.raw == "босатылған")
    }

    @Test func unsetQuarterMarkIsNoResult() throws {
        let q1 = try Self.samples.read("7А Математика 1 четверть.csv")
        #expect(q1.result("onlinemektep:7А:сейткали аружан сериккызы", Self.q1 + "Четвертная") == nil)
        #expect(q1.result("onlinemektep:7А:ахметов нурлан серикулы", Self.q1 + "Четвертная")?.score == 3)
    }

    @Test func kazakhAndRussianLettersGiveTheSamePeople() throws {
        let original = try Self.samples.read("7А Математика 1 четверть.csv")
        let resaved = try Self.samples.read("7А Математика 1 четверть (Excel).csv")
        #expect(original.people.map(\.id) == resaved.people.map(\.id))
        #expect(original.people.first { $0.givenName == "Ерасыл" }?.familyName == "Нұрланұлы")
        #expect(resaved.people.first { $0.givenName == "Ерасыл" }?.familyName == "Нурланулы")
        #expect(original.results.map(\.score) == resaved.results.map(\.score))
        let decimal = resaved.result("onlinemektep:7А:оспанов тимур бауыржанулы", Self.q1 + "СОР 2")
        #expect(decimal?.score == DecimalNumber(parsing: "12.5"))
        #expect(decimal?.raw == "12,5")
    }
}
