import GradePortCore
import JournalProfiles
import Testing

/// `layout: long`: one row per student, assessment and attempt.
@Suite struct LongLayoutTests {
    static func profile(_ attempts: String = "last", extra: String = "") -> String {
        """
        id: results
        name: Results
        layout: long
        attempts: \(attempts)
        columns:
          name: Ученик
          title: Тест
          category: Тип
          term: Четверть
          date: Дата
          attempt: Попытка
          score: Балл
          max: Макс
          percent: Процент
          comment: Комментарий
        \(extra)
        """
    }

    static let table = """
        Класс: 7А
        Ученик,Тест,Тип,Четверть,Дата,Попытка,Балл,Макс,Процент,Комментарий
        Ахметов Нұрлан,СОР 1,СОР,1,19.09.2025,1,3,10,30%,
        Ахметов Нұрлан,СОР 1,СОР,1,25.09.2025,2,8,10,80%,
        Ахметов Нұрлан,СОР 1,СОР,1,26.09.2025,3,6,10,60%,Спешил
        Иванова Мария,Тренажёр,Тест,1,03.10.2025,1,,,85%,
        Иванова Мария,Эссе,Задание,1,04.10.2025,1,,,,Хорошо раскрыта тема
        """

    @Test(arguments: [("last", 6, 5), ("best", 8, 4), ("first", 3, 3)])
    func attemptsKeepOneRowAndNoteTheOthers(_ policy: String, _ score: Int, _ line: Int) throws {
        let book = try JournalSamples.read(Self.table, profile: Self.profile(policy))
        let kept = try #require(book.results.first { $0.assessment.rawValue.hasSuffix(":СОР 1") })
        #expect(kept.score == DecimalNumber(score))
        #expect(kept.source.line == line)
        #expect(book.results.filter { $0.assessment.rawValue.hasSuffix(":СОР 1") }.count == 1)
        let notes = book.diagnostics.filter { $0.code == "superseded-attempt" }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.severity == .info && $0.message.contains("line \(line)") })
    }

    @Test func readsTitleKindTermPercentAndComment() throws {
        let book = try JournalSamples.read(Self.table, profile: Self.profile())
        let sor = try #require(book.assessments.first { $0.title == "СОР 1" })
        #expect(sor.kind == .sectionSummative)
        #expect(sor.maxScore == 10)
        #expect(sor.term == "2025-2026/Q1")
        #expect(sor.category == "СОР")
        let percent = try #require(book.results.first { $0.assessment.rawValue.hasSuffix(":Тренажёр") })
        #expect(percent.score == 85)
        #expect(percent.maxScore == 100)
        let last = try #require(book.results.first { $0.assessment.rawValue.hasSuffix(":СОР 1") })
        #expect(last.comment == "Спешил")
        let essay = try #require(book.results.first { $0.assessment.rawValue.hasSuffix(":Эссе") })
        #expect(essay.status == .submitted)
        #expect(essay.score == nil)
        #expect(essay.comment == "Хорошо раскрыта тема")
        #expect(!book.hasErrors, "\(book.diagnostics)")
    }

    @Test func withoutAResultsHeaderItIsMissingHeader() throws {
        let book = try JournalSamples.read("ФИО,СОР 1\nАхметов Нұрлан,8\n", profile: Self.profile())
        #expect(book.results.isEmpty)
        #expect(book.diagnostics.contains { $0.code == .missingHeader })
    }
}

/// `columns.comment`, `scale: mark5` with `+`/`−`, and `letters: keep` in a wide journal.
@Suite struct CellRuleTests {
    static let profile = """
        id: tasks
        name: Tasks
        columns:
          name: Ученик
          comment: [Комментарий, Пікір, Comment, Примечание]
        scale: mark5
        max: [heading, none]
        letters: keep
        """

    @Test func commentBelongsToTheColumnBeforeIt() throws {
        let table =
            "Ученик,СОР 1,Комментарий,Эссе,Пікір\nАхметов Нұрлан,85%,Повтори,,Хорошо\nИванова Мария,н,Болела,,\n"
        let book = try JournalSamples.read(table, profile: Self.profile)
        let results = book.results(of: "Ахметов")
        #expect(results["СОР 1"]?.comment == "Повтори")
        #expect(results["СОР 1"]?.score == 85)
        #expect(results["Эссе"]?.status == .submitted)
        #expect(results["Эссе"]?.raw == "Хорошо")
        #expect(results["Эссе"]?.source.column == 5)
        #expect(book.results(of: "Иванова")["СОР 1"]?.status == .absent)
        #expect(book.results(of: "Иванова")["СОР 1"]?.comment == "Болела")
        #expect(book.results(of: "Иванова")["Эссе"] == nil)
        #expect(book.assessments.map(\.title) == ["СОР 1", "Эссе"])
    }

    @Test(arguments: [("4+", 4), ("5-", 5), ("3\u{2212}", 3), ("4 \u{2013}", 4)])
    func modifiedMarkIsItsBaseMark(_ raw: String, _ mark: Int) throws {
        let book = try JournalSamples.read(
            "Ученик,Работа\nАхметов Нұрлан,\(raw)\nИванова Мария,5-\n", profile: Self.profile)
        let result = try #require(book.results(of: "Ахметов")["Работа"])
        #expect(result.score == DecimalNumber(mark))
        #expect(result.maxScore == 5)
        #expect(result.raw == raw)
        let notes = book.diagnostics.filter { $0.code == "mark-modifier" }
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .info)
        #expect(notes.first?.message.hasPrefix("2 marks") == true)
    }

    @Test(arguments: ["A", "b+", "С", "В", "Е"])
    func letterIsSubmittedWithNoScore(_ raw: String) throws {
        let book = try JournalSamples.read("Ученик,Проект\nАхметов Нұрлан,\(raw)\n", profile: Self.profile)
        let result = try #require(book.results(of: "Ахметов")["Проект"])
        #expect(result.status == .submitted)
        #expect(result.score == nil)
        #expect(result.raw == raw)
        #expect(book.diagnostics.filter { $0.code == "letter-rating" }.count == 1)
    }

    @Test(arguments: ["7", "6+", "0", "AB"])
    func otherCellsAreErrors(_ raw: String) throws {
        let book = try JournalSamples.read("Ученик,Работа\nАхметов Нұрлан,\(raw)\n", profile: Self.profile)
        #expect(book.results.isEmpty)
        #expect(book.diagnostics.contains { $0.code == .invalidScore })
    }

    @Test func withoutTheKeysModifiersAndLettersAreErrors() throws {
        let book = try JournalSamples.read(
            "Ученик,Работа,Проект\nАхметов Нұрлан,4+,A\n", profile: "id: p\nname: P\ncolumns: {name: Ученик}\n")
        #expect(book.results.isEmpty)
        #expect(book.diagnostics.filter { $0.code == .invalidScore }.count == 2)
    }
}
