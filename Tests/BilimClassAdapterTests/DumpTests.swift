import BilimClassAdapter
import GradePortCore
import GradePortTesting
import Testing

/// The BilimClass dumps: the folder with two quarters and the year sheet, and the single files.
@Suite struct DumpTests {
    let erasyl: Person.ID = "bilimclass:120315500048"

    @Test func theNameTrapLastnameIsThePatronymic() throws {
        let book = try BilimClassSamples.read("api-dump")
        let person = try #require(book.people.first)
        // user_info: surname "Нұрланов", firstname "Ерасыл", lastname "Асқарұлы".
        #expect(person.familyName == "Нұрланов")
        #expect(person.givenName == "Ерасыл")
        #expect(person.patronymic == "Асқарұлы")
        #expect(person.familyName != "Асқарұлы")
        // The upper-case fullname ("НҰРЛАНОВ ЕРАСЫЛ") never overwrites the parts.
        #expect(!book.people.contains { $0.familyName == "НҰРЛАНОВ" })
    }

    @Test func validIINIsTheIdentity() throws {
        let book = try BilimClassSamples.read("api-dump")
        let person = try #require(book.people.first)
        #expect(person.id == erasyl)
        #expect(person.iin == "120315500048")
        #expect(person.externalIds == [.init(platform: "bilimclass", id: "90000101")])
        #expect(book.diagnostics(.invalidIIN).isEmpty)
    }

    @Test func invalidIINIsDroppedAndThePersonKept() throws {
        let book = try BilimClassSamples.read("7V-invalid-iin-dump.json")
        let person = try #require(book.people.first)
        #expect(person.id == "bilimclass:user:90000102")
        #expect(person.iin == nil)
        #expect((person.familyName, person.givenName, person.patronymic) == ("Иванова", "Мария", "Сергеевна"))
        let diagnostic = try #require(book.diagnostics(.invalidIIN).first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("120704600126"))
        #expect(book.results.allSatisfy { $0.person == person.id })
        #expect(!book.results.isEmpty)
    }

    @Test func schoolClassAndTerms() throws {
        let book = try BilimClassSamples.read("api-dump")
        #expect(book.schools.map(\.bin) == ["990340001234"])
        #expect(book.classes.map(\.name) == ["7В"])
        #expect(book.classes.first?.grade == 7)
        #expect(
            book.terms.map(\.id) == ["2025-2026/Q1", "2025-2026/Q2", "2025-2026/Q3", "2025-2026/Q4", "2025-2026/Y"])
        let q2 = try #require(book.terms.first { $0.id == "2025-2026/Q2" })
        #expect((q2.start, q2.end, q2.kind, q2.number) == ("2025-11-03", "2025-12-26", .quarter, 2))
        #expect(book.enrollments.count == 1)
    }

    @Test func sorIsNumberedByDateAndSixteenOfTwentyIsEightyPercent() throws {
        let book = try BilimClassSamples.read("api-dump")
        let sor = book.assessments.filter { $0.kind == .sectionSummative && $0.term == "2025-2026/Q1" }
        let algebra = sor.filter { $0.subject == "bilimclass:subject:110" }.sorted {
            ($0.number ?? 0) < ($1.number ?? 0)
        }
        #expect(algebra.map(\.title) == ["Алгебра — СОР 1, 30.09.2025", "Алгебра — СОР 2, 14.10.2025"])
        let second = try #require(algebra.last)
        #expect(second.maxScore == DecimalNumber(20))
        let result = try #require(book.result(erasyl, second.id))
        #expect(result.score == DecimalNumber(16))
        #expect(result.percent == DecimalNumber(80))
        #expect(result.comment == "Молодец")
    }

    @Test func kindsFromTheLessonType() throws {
        let book = try BilimClassSamples.read("api-dump")
        let kinds = Set(book.assessments.filter { $0.id.rawValue.hasPrefix("bilimclass:schedule:") }.map(\.kind))
        #expect(kinds == [.formative, .sectionSummative, .termSummative, .other])
        let soch = try #require(book.assessments.first { $0.title == "Қазақстан тарихы — СОЧ, 24.12.2025" })
        #expect(soch.maxScore == DecimalNumber(20))  // sMaxScore
        #expect(book.result(erasyl, soch.id)?.score == DecimalNumber(16))
    }

    @Test func decimalCommaMark() throws {
        let book = try BilimClassSamples.read("api-dump")
        let lesson = try #require(book.assessments.first { $0.title == "Қазақстан тарихы — ФО, 03.09.2025" })
        let result = try #require(book.result(erasyl, lesson.id))
        #expect(result.score == DecimalNumber(parsing: "7.5"))
        #expect(result.raw == "7,5")
    }

    @Test func poIsKeptAsOtherWithAnInfo() throws {
        let book = try BilimClassSamples.read("api-dump")
        let po = try #require(book.assessments.first { $0.id.rawValue.hasSuffix(":po") })
        #expect(po.kind == .other)
        #expect(po.maxScore == DecimalNumber(1))
        #expect(book.result(erasyl, po.id)?.comment == "проектная работа")
        #expect(book.diagnostics(.inferredValue).contains { $0.severity == .info && $0.message.contains("'po'") })
    }

    @Test func absences() throws {
        let book = try BilimClassSamples.read("api-dump")
        // missing_by_sick without a mark: absent.
        let sick = try #require(book.assessments.first { $0.title == "Алгебра — ФО, 16.09.2025" })
        let absent = try #require(book.result(erasyl, sick.id))
        #expect(absent.status == .absent)
        #expect(absent.raw == "missing_by_sick")
        #expect(absent.score == nil)
        // "н" as the mark: absent, kept as written.
        let letter = try #require(book.assessments.first { $0.title == "Алгебра — ФО, 11.11.2025" })
        #expect(book.result(erasyl, letter.id)?.status == .absent)
        #expect(book.result(erasyl, letter.id)?.raw == "н")
        // A null mark and was_in_class: no result and no assessment.
        #expect(!book.assessments.contains { $0.title == "Қазақстан тарихы — ФО, 10.09.2025" })
    }

    @Test func quarterMarksFromTheDiaryAndTheYearSheet() throws {
        let book = try BilimClassSamples.read("api-dump")
        let q1 = try #require(book.result(erasyl, "bilimclass:quarter:110:2025-2026/Q1"))
        #expect(q1.score == DecimalNumber(5))
        #expect(q1.source.file == "subjects-q1.json")
        // The diary's finalScore is null for history in quarter 2: the year sheet gives it.
        let history = try #require(book.result(erasyl, "bilimclass:quarter:215:2025-2026/Q2"))
        #expect(history.score == DecimalNumber(4))
        #expect(history.source.file == "year.json")
        #expect(book.assessments.first { $0.id == "bilimclass:quarter:110:2025-2026/Q3" }?.kind == .final)
        #expect(book.diagnostics(.duplicateResult).isEmpty)
    }

    @Test func yearAndFinalMarksKeepTheRecommendationAsAComment() throws {
        let book = try BilimClassSamples.read("api-dump")
        let year = try #require(book.result(erasyl, "bilimclass:year:110:2025-2026"))
        #expect(year.score == DecimalNumber(5))
        #expect(year.comment == "recommended: 5")
        #expect(book.assessments.first { $0.id == "bilimclass:year:110:2025-2026" }?.term == "2025-2026/Y")
        #expect(book.result(erasyl, "bilimclass:final:110:2025-2026")?.score == DecimalNumber(5))
        // No exam was given; a recommendation alone is no mark.
        #expect(!book.assessments.contains { $0.kind == .exam })
        #expect(book.result(erasyl, "bilimclass:year:215:2025-2026") == nil)
        #expect(book.diagnostics(.ignoredContent).contains { $0.message.contains("recommendedYearScore '4'") })
    }

    @Test func singleFileAgreesWithTheFolder() throws {
        let single = try BilimClassSamples.read("7V-student-dump.json")
        let folder = try BilimClassSamples.read("api-dump")
        #expect(!single.results.isEmpty)
        for result in single.results {
            let same = try #require(folder.result(result.person, result.assessment))
            #expect(same.status == result.status)
            #expect(same.score == result.score)
            #expect(same.comment == result.comment)
        }
        #expect(!single.hasErrors)
        #expect(!folder.hasErrors)
    }
}
