import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Values read from the grades CSV and its Excel re-saves, checked one by one.
@Suite struct GradesCSVTests {
    static let variants = [
        "7A-physics-grades.csv", "7A-physics-grades-excel-cp1251.csv", "7A-physics-grades-unicode.txt",
        "7A-physics-grades-bom.csv",
    ]

    @Test("Серікқызы Аружан's СОР 1 is 18.5 / 20 = 92.5 %", arguments: variants)
    func decimalScore(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        let result = try #require(book.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1"))
        #expect(result.status == .graded)
        #expect(result.score == DecimalNumber(parsing: "18.5"))
        #expect(result.maxScore == 20)
        #expect(result.percent == DecimalNumber(parsing: "92.5"))
        #expect(result.source.line == 5 || sample.hasSuffix("bom.csv"))
        #expect(result.source.column == 5)
    }

    @Test("status words and blanks", arguments: variants)
    func statusWords(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        #expect(book.result(email: "aigerim.abdirakhmanova@school.example", title: "БЖБ 2")?.status == .excused)
        #expect(book.result(email: "maria.ivanova@school.example", title: "Quiz: Forces")?.status == .missing)
        let late = try #require(book.result(email: "yerassyl.nurlanuly@school.example", title: "Лабораторная"))
        #expect(late.status == .submitted && late.late == true && late.raw == "Done late")
        #expect(book.result(email: "daniyar.zhaksylykov@school.example", title: "Лабораторная") == nil)
        let timur = try #require(book.people.first { $0.email == "timur.smagulov@school.example" })
        #expect(!book.results.contains { $0.person == timur.id }, "an all-blank row gives no results, not zeros")
        #expect(!book.results.contains { $0.status == .graded && $0.raw?.isEmpty != false })
    }

    @Test("assessments: kinds, maxima from headings and the points row, due dates", arguments: variants)
    func assessments(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        let byTitle = Dictionary(uniqueKeysWithValues: book.assessments.map { ($0.title, $0) })
        #expect(byTitle["СОР 1 по разделу «Кинематика»"]?.kind == .sectionSummative)
        #expect(byTitle["СОР 1 по разделу «Кинематика»"]?.number == 1)
        #expect(byTitle["БЖБ 2"]?.kind == .sectionSummative)
        #expect(byTitle["СОЧ за 1 четверть"]?.kind == .termSummative)
        #expect(byTitle["СОЧ за 1 четверть"]?.maxScore == 25)
        #expect(byTitle["Quiz: Forces"]?.maxScore == 10, "only the points row gives this maximum")
        #expect(byTitle["Quiz: Forces"]?.date == "2024-09-26")
        #expect(byTitle["Overall"]?.kind == .final)
        #expect(byTitle["Overall"]?.maxScore == 100)
        #expect(book.assessments.count == 6)
    }

    @Test("class and subject from the file name; ids from e-mails; rows counted", arguments: variants)
    func identities(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        #expect(book.classes.map(\.name) == ["7А"], "7A in the file name, read as the class 7А (Cyrillic)")
        #expect(book.classes.first?.grade == 7)
        #expect(book.subjects.map(\.name) == ["physics"])
        #expect(book.sources.first?.rows == 12)
        #expect(book.people.count == 12)
        #expect(book.people.contains { $0.id == "google-classroom:dana.akhmetova@school.example" })
        #expect(book.diagnostics.filter { $0.severity != .info }.isEmpty, "\(book.diagnostics)")
    }

    @Test("Excel re-saves give the same results as the UTF-8 file", arguments: variants.dropFirst())
    func variantsAgree(_ sample: String) throws {
        func key(_ result: AssessmentResult) -> String {
            "\(result.person) \(result.assessment) \(result.status) \(result.score?.description ?? "-") "
                + "\(result.maxScore?.description ?? "-") \(result.late == true)"
        }
        let utf8 = try SampleBooks.read("7A-physics-grades.csv").results.map(key)
        let other = try SampleBooks.read(sample).results.map(key)
        #expect(utf8 == other)
    }

    @Test("names keep their script: Kazakh letters in UTF-8 and UTF-16, Russian spellings in CP1251")
    func namesAsWritten() throws {
        let kazakh = try SampleBooks.read("7A-physics-grades-unicode.txt")
        #expect(kazakh.people.contains { $0.familyName == "Әбдірахманова" && $0.givenName == "Әйгерім" })
        let cp1251 = try SampleBooks.read("7A-physics-grades-excel-cp1251.csv")
        #expect(cp1251.people.contains { $0.familyName == "Абдирахманова" && $0.givenName == "Айгерим" })
        #expect(cp1251.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1")?.raw == "18,5")
    }
}
