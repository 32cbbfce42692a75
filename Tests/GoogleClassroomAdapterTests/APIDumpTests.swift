import Foundation
import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// The REST API dump: one file or a folder of pages give the same gradebook.
@Suite struct APIDumpTests {
    static let dumps = ["api-dump", "7A-api-dump.json"]

    @Test("class from the section, subject from the course name, ids kept as strings", arguments: dumps)
    func course(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        #expect(book.classes.map(\.id) == ["google-classroom:course:612345678901234567"])
        #expect(book.classes.first?.name == "7А")
        #expect(book.subjects.map(\.name) == ["Физика"])
        #expect(book.assessments.first?.id == "google-classroom:cw:701234567890123401")
        let timur = try #require(book.people.first { $0.familyName == "Смағұлов" })
        #expect(timur.id == "google-classroom:user:104455667788990011212")
        #expect(timur.externalIds.map(\.id) == ["104455667788990011212"])
        #expect(book.people.filter { $0.role == .teacher }.map(\.givenName) == ["Гүлнар"])
    }

    @Test("grades: assigned preferred, draft kept as draft, turned in without a grade is submitted", arguments: dumps)
    func grades(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        let sor = try #require(book.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1"))
        #expect(
            sor.score == DecimalNumber(parsing: "18.5") && sor.raw == "18.5"
                && sor.percent == DecimalNumber(parsing: "92.5"))
        #expect(sor.draft == nil)
        let draft = try #require(book.result(email: "daniyar.zhaksylykov@school.example", title: "Лабораторная"))
        #expect(draft.draft == true && draft.score == 8)
        let turnedIn = try #require(book.result(email: "yerassyl.nurlanuly@school.example", title: "Лабораторная"))
        #expect(turnedIn.status == .submitted && turnedIn.late == true && turnedIn.score == nil)
        #expect(book.result(email: "daniyar.zhaksylykov@school.example", title: "СОЧ")?.score == 19)
        #expect(!book.results.contains { $0.status == .missing || $0.status == .excused }, "the API cannot tell")
        #expect(book.result(email: "aigerim.abdirakhmanova@school.example", title: "БЖБ 2") == nil)
        #expect(book.located(.draftGrade).count == 3)
    }

    @Test("coursework: due date-time in UTC, category, term, kinds; drafts skipped; ungraded kept", arguments: dumps)
    func coursework(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        let byTitle = Dictionary(uniqueKeysWithValues: book.assessments.map { ($0.title, $0) })
        #expect(byTitle["СОР 1 по разделу «Кинематика»"]?.date == "2024-09-19T18:00:00Z")
        #expect(byTitle["Quiz: Forces"]?.date == "2024-09-26")
        #expect(byTitle["Quiz: Forces"]?.kind == .formative, "by its grade category ФО")
        #expect(byTitle["СОЧ за 1 четверть"]?.category == "СОЧ")
        #expect(byTitle["СОЧ за 1 четверть"]?.term == "google-classroom:grading-period:gp-2024-q1")
        #expect(
            byTitle["Лабораторная работа 3"]?.term == "2024-2025/Q1",
            "an empty gradingPeriodId is no period; its due date 2024-10-10 gives the calendar's quarter")
        #expect(byTitle["СОР 2 по разделу «Динамика»"] == nil, "DRAFT coursework is skipped")
        #expect(byTitle["Прочитать параграф 12"]?.maxScore == nil)
        #expect(book.located(.ungradedAssessment).count == 1)
        #expect(book.result(email: "aruzhan.serikkyzy@school.example", title: "Прочитать")?.score == 5)
    }

    @Test("the folder and the single file give the same results")
    func folderMatchesFile() throws {
        func key(_ result: AssessmentResult) -> String {
            "\(result.person) \(result.assessment) \(result.status) \(result.score?.description ?? "-") \(result.draft == true)"
        }
        let folder = try SampleBooks.read("api-dump").results.map(key).sorted()
        let file = try SampleBooks.read("7A-api-dump.json").results.map(key).sorted()
        #expect(folder == file)
        #expect(folder.count == 53)
    }

    @Test("ids beyond 2^53 written as JSON numbers stay exact")
    func largeNumericIDs() throws {
        let json = """
            {"courses":[{"id":9007199254740993,"name":"8Б Алгебра"}],
             "students":[{"courseId":9007199254740993,"userId":123456789012345678901,
               "profile":{"name":{"givenName":"Ерасыл","familyName":"Нұрланұлы"}}}],
             "courseWork":[{"courseId":9007199254740993,"id":7000000000123456789,"title":"ТЖБ","maxPoints":25}],
             "studentSubmissions":[{"courseWorkId":7000000000123456789,"userId":123456789012345678901,
               "id":"s1","state":"RETURNED","assignedGrade":2.25e1}]}
            """
        let book = try TemporaryExport.read(json, named: "gc-large-ids.json", with: GoogleClassroomPlatform())
        #expect(book.classes.first?.id == "google-classroom:course:9007199254740993")
        #expect(book.classes.first?.name == "8Б")
        #expect(book.assessments.first?.id == "google-classroom:cw:7000000000123456789")
        #expect(book.assessments.first?.kind == .termSummative)
        #expect(book.results.first?.person == "google-classroom:user:123456789012345678901")
        #expect(book.results.first?.score == DecimalNumber(parsing: "22.5"))
        #expect(book.results.first?.raw == "2.25e1")
    }
}
