import GradePortCore
import JournalProfiles
import OpiqAdapter
import Testing

/// Opiq's kinds of feedback, cell by cell and in the sample.
@Suite struct OpiqQuirkTests {
    @Test func modifiedMarkKeepsBaseMark() {
        #expect(ModifiedMark("4+")?.score == 4)
        #expect(ModifiedMark("5−")?.score == 5)
        #expect(ModifiedMark("5−")?.modifier == .minus)
        #expect(ModifiedMark("3-")?.modifier == .minus)
        #expect(ModifiedMark("6+") == nil)
        #expect(ModifiedMark("4") == nil)
    }

    // MARK: - In the sample

    static let book = Result { try JournalPlatformSamples.opiq.read("7А Математика Opiq.csv") }
    static let scope = "opiq:7А/Математика:"
    static func person(_ key: String) -> String { "opiq:7А:" + key }

    @Test func percentScore() throws {
        let result = try #require(
            try Self.book.get().result(Self.person("ахметов нурлан серикулы"), Self.scope + "СОЧ за 1 четверть"))
        #expect(result.status == .graded)
        #expect(result.score == DecimalNumber(parsing: "62.5"))
        #expect(result.maxScore == 100)
        #expect(result.raw == "62.5%")
    }

    @Test func plusMarkIsItsBaseMark() throws {
        let result = try #require(
            try Self.book.get().result(Self.person("касымова инжу аскаркызы"), Self.scope + "Самостоятельная работа §4")
        )
        #expect(result.score == 4)
        #expect(result.maxScore == 5)
        #expect(result.percent == 80)
        #expect(result.raw == "4+")
        #expect(result.comment == "Почти без ошибок")
    }

    @Test func minusMarksAreTheirBaseMarks() throws {
        let book = try Self.book.get()
        let fiveMinus = book.result(Self.person("жаксылыков данияр ерланулы"), Self.scope + "Самостоятельная работа §4")
        #expect(fiveMinus?.score == 5)
        #expect(fiveMinus?.raw == "5-")
        let threeMinus = book.result(Self.person("ахметов нурлан серикулы"), Self.scope + "Самостоятельная работа §4")
        #expect(threeMinus?.score == 3)
        #expect(threeMinus?.raw == "3\u{2212}")
        let halfMark = book.result(Self.person("толеген айша мараткызы"), Self.scope + "Самостоятельная работа §4")
        #expect(halfMark?.score == DecimalNumber(parsing: "4.5"))
        #expect(book.diagnostics(.markModifier).count == 1)
        #expect(book.diagnostics(.markModifier).first?.message.hasPrefix("6 marks") == true)
    }

    @Test func letterRatingHasNoScore() throws {
        let book = try Self.book.get()
        let result = try #require(book.result(Self.person("нурланулы ерасыл"), Self.scope + "Проект «Пропорции»"))
        #expect(result.status == .submitted)
        #expect(result.score == nil)
        #expect(result.maxScore == nil)
        #expect(result.raw == "B")
        #expect(result.comment == "Хорошая презентация, но \"выводы\" слабые")
        let note = try #require(book.diagnostics(.letterRating).first)
        #expect(note.severity == .info)
        #expect(note.line == 4)
        #expect(note.column == 7)
    }

    @Test func commentOnlyIsFormativeFeedback() throws {
        let book = try Self.book.get()
        let result = try #require(
            book.result(Self.person("оспанов тимур бауыржанулы"), Self.scope + "Эссе: где нужны дроби"))
        #expect(result.status == .submitted)
        #expect(result.score == nil)
        #expect(result.comment == "Интересно, но много ошибок:\nпроверь орфографию")
        #expect(result.raw == result.comment)
        #expect(result.source.column == 10)
        #expect(book.result(Self.person("ким алексей сергеевич"), Self.scope + "Эссе: где нужны дроби") == nil)
    }

    @Test func absenceKeepsItsComment() throws {
        let result = try #require(
            try Self.book.get().result(Self.person("ким алексей сергеевич"), Self.scope + "СОЧ за 1 четверть"))
        #expect(result.status == .absent)
        #expect(result.raw == "н")
        #expect(result.comment == "Болел, напишет позже")
    }

    @Test func excelResaveReadsTheSameValues() throws {
        let original = try Self.book.get()
        let resaved = try JournalPlatformSamples.opiq.read("7А Математика Opiq (Excel).csv")
        #expect(resaved.results.count == original.results.count)
        #expect(resaved.results.map(\.score) == original.results.map(\.score))
        #expect(resaved.results.map(\.status) == original.results.map(\.status))
        #expect(resaved.people.map(\.id) == original.people.map(\.id))
        #expect(resaved.people.first?.familyName == "Абдирахманова")
    }

    // MARK: - The long layout (one row per student and task)

    static let long = Result { try JournalPlatformSamples.opiq.read("7А задания Opiq (long).csv") }
    static let longKazakh = Result { try JournalPlatformSamples.opiq.read("7А тапсырмалар Opiq (long, қаз).csv") }

    @Test func longTableRowsGiveResultPercentMarkOrComment() throws {
        let book = try Self.long.get()
        let sor = Self.scope + "СОР 1. Рациональные числа"
        let task = Self.scope + "Самостоятельная работа §4"
        let points = try #require(book.result(Self.person("абдирахманова айгерим болаткызы"), sor))
        #expect(points.score == 18 && points.maxScore == 20 && points.raw == "18/20")
        let percent = try #require(book.result(Self.person("иванова мария петровна"), sor))
        #expect(percent.score == 95 && percent.maxScore == 100 && percent.raw == "95%")
        #expect(book.result(Self.person("касымова инжу аскаркызы"), sor)?.status == .absent)
        let plus = try #require(book.result(Self.person("иванова мария петровна"), task))
        #expect(plus.score == 4 && plus.maxScore == 5 && plus.raw == "4+")
        let minus = try #require(book.result(Self.person("ахметов нурлан серикулы"), task))
        #expect(minus.score == 3 && minus.raw == "3\u{2212}")
        #expect(book.result(Self.person("касымова инжу аскаркызы"), task) == nil, "an empty row gives no result")
        let essay = try #require(
            book.result(Self.person("жаксылыков данияр ерланулы"), Self.scope + "Эссе: где нужны дроби"))
        #expect(essay.status == .submitted && essay.score == nil && essay.comment == "Примеры из жизни, молодец")
        #expect(book.results.count == 11)
        #expect(book.sources.map(\.export) == ["task-results"])
        #expect(
            book.diagnostics.contains {
                $0.code == .ignoredContent && $0.line == 4 && $0.column == 7
                    && $0.message.hasPrefix("3 row(s) give a mark beside a score or percent")
            })
    }

    @Test func theKazakhLongTableWithoutTitleIsOpiqByItsMarkColumn() throws {
        let book = try Self.longKazakh.get()
        #expect(book.sources.map(\.platform) == ["opiq"])
        #expect(book.sources.map(\.export) == ["task-results"])
        let mark = try #require(
            book.result(Self.person("иванова мария петровна"), "opiq:7А/Математика:Өзіндік жұмыс §4"))
        #expect(mark.score == 4 && mark.raw == "4+")
        #expect(
            book.result(Self.person("касымова инжу аскаркызы"), "opiq:7А/Математика:БЖБ 1. Рационал сандар")?.status
                == .absent)
    }
}
