import GradePortCore
import OneRosterAdapter
import Testing

/// What the reader makes of the 1.1 and 1.2 samples, value by value.
@Suite struct ReaderTests {
    static func person(_ book: Gradebook, family: String) throws -> Person {
        try #require(book.people.first { $0.familyName == family })
    }

    static func result(_ book: Gradebook, family: String, title: String) throws -> AssessmentResult {
        let person = try person(book, family: family)
        let assessment = try #require(book.assessments.first { $0.title == title })
        return try #require(book.results.first { $0.person == person.id && $0.assessment == assessment.id })
    }

    @Test(arguments: ["v1.1", "v1.2"])
    func rosterOfBothVersions(_ sample: String) throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path(sample))
        #expect(book.sources.first?.export == "csv-folder")
        #expect(book.schools.map(\.name) == ["КГУ «Школа-лицей №12» г. Алматы"])
        #expect(book.schools.first?.bin == "990340005678")
        #expect(book.terms.map(\.name) == ["2025-2026 учебный год", "1 четверть", "2 четверть"])
        #expect(book.terms.map(\.schoolYear) == ["2025-2026", "2025-2026", "2025-2026"])
        #expect(book.terms.first?.kind == .year)
        #expect(book.terms[1].start == "2025-09-01" && book.terms[1].end == "2025-10-24")
        #expect(book.classes.map(\.name) == ["7А Математика", "7А Физика", "7А"])
        #expect(book.classes.allSatisfy { $0.grade == 7 && $0.school == book.schools.first?.id })
        #expect(book.subjects.map(\.name) == ["Математика", "Физика"])
        #expect(book.people.count { $0.role == .student } == 8)
        #expect(book.people.filter { $0.role == .teacher }.map(\.familyName) == ["Омарова", "Петров"])
        #expect(!book.people.contains { $0.familyName == "Серіков" })  // the guardian
        let aruzhan = try Self.person(book, family: "Серікқызы")
        #expect(aruzhan.givenName == "Аружан" && aruzhan.patronymic == "Ерланқызы")
        #expect(aruzhan.iin == "120315400102")
        #expect(aruzhan.email == "aruzhan.serikkyzy@school12.example.kz")
        #expect(aruzhan.externalIds.contains(Person.ExternalID(platform: "sis", id: "7A-01")))
        #expect(aruzhan.id.rawValue.hasPrefix("oneroster:user:"))
        // 8 students in three classes, a teacher in each class.
        #expect(book.enrollments.count == 27)
        let homeroom = try #require(book.classes.first { $0.name == "7А" })
        #expect(book.enrollments.filter { $0.class == homeroom.id }.allSatisfy { $0.subject == nil })
        #expect(book.diagnostics.allSatisfy { $0.severity == .info })
    }

    @Test(arguments: ["v1.1", "v1.2"])
    func assessmentsAndScores(_ sample: String) throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path(sample))
        #expect(book.assessments.count == 6)
        let sor = try #require(book.assessments.first { $0.title == "СОР 1 по разделу «Рациональные числа»" })
        #expect(sor.kind == .sectionSummative && sor.number == 1 && sor.maxScore == 20)
        #expect(sor.date == "2025-09-26" && sor.category == "СОР")
        #expect(sor.term == book.terms[1].id)
        let soch = try #require(book.assessments.first { $0.title == "СОЧ за 1 четверть" })
        #expect(soch.kind == .termSummative && soch.maxScore == 30)
        #expect(book.assessments.first { $0.title == "ФО: самостоятельная работа" }?.kind == .formative)
        #expect(book.assessments.first { $0.title.contains("Степень") }?.term == book.terms[2].id)
        let decimal = try Self.result(book, family: "Нұрланұлы", title: sor.title)
        #expect(decimal.status == .graded && decimal.score == DecimalNumber(parsing: "15.5"))
        #expect(decimal.raw == "15.5" && decimal.maxScore == 20 && decimal.percent == DecimalNumber(parsing: "77.5"))
        let comment = try Self.result(book, family: "Жақсылықов", title: "СОР 1 «Механическое движение»")
        #expect(comment.comment == "Хорошо,\nно перепиши вывод формулы")
        #expect(comment.source.file == "results.csv" && comment.source.column == 7)
        #expect(book.results.count == 46)
    }

    @Test func onePointTwoStatusesAndFlags() throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path("v1.2"))
        let missing = try Self.result(book, family: "Ким", title: "СОР 2 по разделу «Линейные уравнения»")
        #expect(missing.status == .missing && missing.score == nil && missing.raw == "not submitted")
        let exempt = try Self.result(book, family: "Әбдірахманова", title: "СОР 1 по разделу «Рациональные числа»")
        #expect(exempt.status == .exempt && exempt.raw == "осв.")
        let absent = try Self.result(book, family: "Жақсылықов", title: "ФО: самостоятельная работа")
        #expect(absent.status == .missing && absent.raw == "н")
        let submitted = try Self.result(
            book, family: "Қасымова", title: "СОР 1 по разделу «Степень с целым показателем»")
        #expect(submitted.status == .submitted && submitted.score == nil)
        let late = try Self.result(book, family: "Ким", title: "СОР 1 по разделу «Рациональные числа»")
        #expect(late.late == true && late.score == 12)
        // A secondary role (district administrator) does not replace a primary teacher role.
        #expect(try Self.person(book, family: "Петров").role == .teacher)
    }

    @Test func onePointOneStatusesCarryAScore() throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path("v1.1"))
        let missing = try Self.result(book, family: "Ким", title: "СОР 2 по разделу «Линейные уравнения»")
        #expect(missing.status == .missing && missing.score == 0 && missing.raw == "0")
        let exempt = try Self.result(book, family: "Әбдірахманова", title: "СОР 1 по разделу «Рациональные числа»")
        #expect(exempt.status == .exempt)
    }

    @Test func theKazakhArchive() throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path("8A-kazakh-v1.2.zip"))
        #expect(book.sources.first?.export == "csv-zip")
        #expect(book.classes.map(\.name) == ["8Ә Қазақ тілі"])
        #expect(book.assessments.map(\.kind) == [.sectionSummative, .sectionSummative, .termSummative])
        #expect(book.assessments.map(\.number) == [1, 2, nil])
        #expect(book.results.count == 11)
        let exempt = try Self.result(book, family: "Сейітова", title: "1-тоқсан бойынша ТЖБ")
        #expect(exempt.status == .exempt && exempt.raw == "босатылған")
        let result = try Self.result(book, family: "Нұрбекова", title: "БЖБ 2 «Табиғат әлемі»")
        #expect(result.score == DecimalNumber(parsing: "18.5"))
        #expect(result.source.file == "results.csv")
        #expect(book.diagnostics.isEmpty)
    }
}
