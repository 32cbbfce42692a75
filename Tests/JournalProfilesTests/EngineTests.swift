import GradePortCore
import JournalProfiles
import Testing

/// The engine on small tables: each header style, each source of the maximum, each status word.
@Suite struct EngineTests {
    // MARK: - Header styles

    /// A table, and the titles and maxima of its assessments as the generic profile reads them.
    struct Layout: Sendable, CustomStringConvertible {
        var name: String
        var table: String
        var titles: [String]
        var maxima: [DecimalNumber?]
        var description: String { name }
    }

    static let layouts: [Layout] = [
        Layout(
            name: "plain header, maxima in headings", table: "ФИО,СОР 1 (20),СОЧ (25)\nАхметов Нұрлан,18,22\n",
            titles: ["СОР 1", "СОЧ"], maxima: [20, 25]),
        Layout(
            name: "preamble above the header", table: "Журнал\nКласс: 7А\n\nФИО,СОР 1 (20)\nАхметов Нұрлан,18\n",
            titles: ["СОР 1"], maxima: [20]),
        Layout(
            name: "labelled maxima row", table: "Аты-жөні,БЖБ 1,ТЖБ\nмакс.,15,30\nАхметов Нұрлан,12,25\n",
            titles: ["БЖБ 1", "ТЖБ"], maxima: [15, 30]),
        Layout(
            name: "unlabelled maxima row", table: "№,Ученик,СОР 1,СОР 2\n,,10,20\n1,Ахметов Нұрлан,9,18\n",
            titles: ["СОР 1", "СОР 2"], maxima: [10, 20]),
        Layout(
            name: "group row over numbered columns", table: ",,СОР,,СОЧ\n№,ФИО,1,2,\n1,Ахметов Нұрлан,9,18,20\n",
            titles: ["СОР 1", "СОР 2", "СОЧ"], maxima: [nil, nil, nil]),
        Layout(
            name: "separate name columns", table: "Фамилия,Имя,Отчество,СОР1/20\nИванова,Мария,Петровна,17\n",
            titles: ["СОР1"], maxima: [20]),
        Layout(
            name: "dated columns and a quarter mark", table: "ФИО,02.09,12.09.2025,Тоқсан\nАхметов Нұрлан,8,9,5\n",
            titles: ["02.09", "12.09.2025", "Тоқсан"], maxima: [nil, nil, 5]),
    ]

    @Test(arguments: layouts)
    func readsHeaderStyle(_ layout: Layout) throws {
        let book = try JournalSamples.readGeneric(layout.table)
        #expect(book.assessments.map(\.title) == layout.titles)
        #expect(book.assessments.map(\.maxScore) == layout.maxima)
        #expect(book.people.count == 1)
        #expect(!book.hasErrors, "\(book.diagnostics)")
    }

    /// Issue 15, item 7: a heading date that is not a day of the calendar is never written as one.
    @Test func impossibleHeadingDatesAreReportedAndNotWritten() throws {
        let book = try JournalSamples.readGeneric(
            "ФИО,31.02.2025,31.04,29.02.2025,29.02.2024,12.09.2025\nАхметов Нұрлан,8,9,7,6,5\n")
        #expect(book.assessments.map(\.date) == [nil, nil, nil, "2024-02-29", "2025-09-12"])
        #expect(book.results.count == 5)
        #expect(
            book.diagnostics(.invalidDate).map { "\($0.line ?? 0):\($0.column ?? 0) \($0.severity): \($0.message)" }
                == [
                    "1:2 warning: the date '31.02.2025' of column '31.02.2025' is not a day of the calendar (February never "
                        + "has 31 days); the assessment is kept without a date",
                    "1:3 warning: the date '31.04' of column '31.04' is not a day of the calendar (April never has 31 days); "
                        + "the assessment is kept without a date",
                    "1:4 warning: the date '29.02.2025' of column '29.02.2025' is not a day of the calendar (February 2025 "
                        + "has 28 days); the assessment is kept without a date",
                ])
    }

    /// Issue 15, item 8: the header pasted again among the pupils is skipped with a warning.
    @Test func headerRepeatedMidTableIsNotAPupil() throws {
        let book = try JournalSamples.readGeneric(
            "ФИО,СОР 1 (20),СОЧ (25)\nАхметов Нұрлан,18,22\nФИО,СОР 1 (20),СОЧ (25)\nИванова Мария,15,20\n")
        #expect(book.people.map(\.familyName) == ["Ахметов", "Иванова"])
        #expect(book.results.count == 4)
        #expect(
            book.diagnostics(.skippedRow).map { "\($0.line ?? 0) \($0.severity): \($0.message)" } == [
                "3 warning: the header row again (rows pasted with their header?): skipped, not read as a student"
            ])
    }

    /// Issue 15, item 2: a profile's pattern that backtracks without end is stopped at the step
    /// limit, and the file is refused with a message that names the limit.
    @Test func catastrophicPatternIsStoppedAtTheStepLimit() throws {
        let profile = Self.profile(pattern: #""(a+)+$""#)
        let heading = String(repeating: "a", count: 80) + "!"
        let book = try JournalSamples.read("ФИО,\(heading)\nАхметов Нұрлан,18\n", profile: profile)
        #expect(book.results.isEmpty)
        #expect(
            book.diagnostics(.limitExceeded).map(\.message) == [
                "the profile's pattern '(a+)+$' (assessment rule at line 6) took more than 1,000,000 steps (the "
                    + "pattern steps limit) on the heading 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'; simplify it (a "
                    + "nested repetition such as (a+)+ backtracks without end)"
            ])
    }

    /// A profile whose one assessment rule is `pattern` (YAML-quoted), on line 6.
    static func profile(pattern: String) -> String {
        "id: t\nname: T\ncolumns: {name: ФИО}\nunmatched: ignore\nassessments:\n"
            + "  - {pattern: \(pattern), kind: sectionSummative}\n"
    }

    /// An ordinary pattern still matches within the budget.
    @Test func ordinaryPatternMatches() throws {
        let profile = Self.profile(pattern: #"'^(СОР|БЖБ)\s*\d+'"#)
        let book = try JournalSamples.read("ФИО,СОР 1,Заметки\nАхметов Нұрлан,18,x\n", profile: profile)
        #expect(book.assessments.map(\.title) == ["СОР 1"])
        #expect(book.assessments.map(\.kind) == [.sectionSummative])
    }

    @Test func fixedHeaderRowAndRequiredWords() throws {
        let table = "Оқушы,СОР 1\nАхметов Нұрлан,5\nСтудент,Ученик,СОР 2\nИванова Мария,x,7\n"
        let fixed = "id: t\nname: T\nheader: {row: 3}\ncolumns: {name: [Студент]}\n"
        let book = try JournalSamples.read(table, profile: fixed)
        #expect(book.assessments.map(\.title) == ["Ученик", "СОР 2"])
        let required =
            "id: t\nname: T\nheader: {require: [СОР 2]}\ncolumns: {name: [Студент, Оқушы]}\nunmatched: ignore\n"
            + "assessments: [{words: [СОР], kind: sectionSummative}]\n"
        let second = try JournalSamples.read(table, profile: required)
        #expect(second.assessments.map(\.title) == ["СОР 2"])
        #expect(second.people.map(\.familyName) == ["Иванова"])
    }

    @Test func tableWithoutNameColumnIsMissingHeader() throws {
        let book = try JournalSamples.readGeneric("Класс,СОР 1\n7А,18\n")
        let error = try #require(book.diagnostics(.missingHeader).first)
        #expect(error.severity == .error)
        #expect(error.message.contains("no header row with a name column"))
    }

    // MARK: - Maximum sources

    /// A profile's `max`, and the maximum the `СОР 1 (20)` column gets when the maxima row says 15.
    @Test(arguments: [
        ("[heading, row]", DecimalNumber(20) as DecimalNumber?),
        ("[row, heading]", 15),
        ("heading", 20),
        ("row", 15),
        ("10", 10),
        ("[none, 10]", nil),
    ])
    func maximumSource(_ max: String, _ expected: DecimalNumber?) throws {
        let profile = "id: t\nname: T\nheader: {maxRow: [макс]}\ncolumns: {name: ФИО}\nmax: \(max)\n"
        let book = try JournalSamples.read("ФИО,СОР 1 (20)\nмакс,15\nАхметов Нұрлан,12\n", profile: profile)
        #expect(book.assessments.first?.maxScore == expected)
        #expect(book.results.first?.maxScore == expected)
    }

    @Test func maximumRowByOffset() throws {
        let profile = "id: t\nname: T\nheader: {maxRow: 2}\ncolumns: {name: ФИО}\nmax: row\n"
        let book = try JournalSamples.read("ФИО,СОР 1\nдата,01.10\n,\n30,40\nАхметов Нұрлан,12\n", profile: profile)
        #expect(book.assessments.first?.maxScore == 40)
    }

    @Test func kindMaximaAndScales() throws {
        let profile = """
            id: t
            name: T
            columns: {name: ФИО}
            kindMax: {formative: 10}
            assessments:
              - {words: [ФО], kind: formative}
              - {words: [Тест], kind: other, scale: percent}
              - {words: [Баға], kind: final, scale: mark10}
              - {words: [СОР], kind: sectionSummative}
            """
        let book = try JournalSamples.read("ФИО,ФО,Тест,Баға,СОР\nАхметов Нұрлан,8,85,9,18\n", profile: profile)
        #expect(book.assessments.map(\.maxScore) == [10, 100, 10, nil])
        let results = book.results(of: "Ахметов")
        #expect(results["ФО"]?.percent == 80)
        #expect(results["Тест"]?.percent == 85)
        #expect(results["СОР"]?.maxScore == nil)
    }

    @Test func cellMaximumWinsOverTheColumns() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1 (20)\nАхметов Нұрлан,9/10\n")
        #expect(book.results.first?.maxScore == 10)
        #expect(book.results.first?.score == 9)
    }

    // MARK: - Cells

    /// Each status word of the generic profile, in a cell.
    @Test(arguments: [
        ("н", ResultStatus.absent), ("Н", .absent), ("нб", .absent), ("отс", .absent), ("отс.", .absent),
        ("жоқ", .absent), ("келмеді", .absent), ("осв", .exempt), ("осв.", .exempt), ("бос.", .exempt),
        ("Освобождён", .exempt), ("ув", .excused), ("Не сдано", .missing), ("Тапсырмады", .missing),
        ("Сдано", .submitted),
    ])
    func statusWord(_ word: String, _ status: ResultStatus) throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1 (20)\nАхметов Нұрлан,\(word)\n")
        let result = try #require(book.results.first)
        #expect(result.status == status)
        #expect(result.score == nil)
        #expect(result.raw == word)
        #expect(result.source.line == 2)
        #expect(result.source.column == 2)
    }

    @Test func profileWordsExtendTheStandardOnes() throws {
        let profile = """
            id: t
            name: T
            columns: {name: ФИО}
            words: {absent: [б/п], excused: [справка], exempt: [ОВЗ], missing: [долг], submitted: [проверка], blank: [x]}
            """
        let table = "ФИО,А,Б,В,Г,Д,Е\nАхметов Нұрлан,б/п,справка,овз,долг,проверка,x\n"
        let book = try JournalSamples.read(table, profile: profile)
        let results = book.results(of: "Ахметов")
        #expect(results["А"]?.status == .absent)
        #expect(results["Б"]?.status == .excused)
        #expect(results["В"]?.status == .exempt)
        #expect(results["Г"]?.status == .missing)
        #expect(results["Д"]?.status == .submitted)
        #expect(results["Е"] == nil)
        #expect(!book.hasErrors)
    }

    @Test func blankAndDashCellsAreNoResult() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1,СОР 2,СОР 3\nАхметов Нұрлан,, - ,—\n")
        #expect(book.results.isEmpty)
        #expect(book.people.count == 1)
    }

    @Test func unknownTextIsAnErrorAtItsCell() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1,СОР 2\nАхметов Нұрлан,18,abc\n")
        let error = try #require(book.diagnostics(.invalidScore).first)
        #expect(error.line == 2)
        #expect(error.column == 3)
        #expect(error.message.contains("СОР 2"))
        #expect(book.results.count == 1)
    }

    @Test func decimalCommaFollowsTheFileOrTheProfile() throws {
        let semicolons = try JournalSamples.readGeneric("ФИО;СОР 1\nАхметов Нұрлан;17,5\n")
        #expect(semicolons.results.first?.score == DecimalNumber(parsing: "17.5"))
        let off = "id: t\nname: T\ncolumns: {name: ФИО}\ndecimalComma: false\n"
        let strict = try JournalSamples.read("ФИО;СОР 1\nАхметов Нұрлан;1,750\n", profile: off)
        #expect(strict.diagnostics(.invalidScore).count == 1)
    }

    // MARK: - Rows and people

    @Test func duplicateStudentIsRejected() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1\nАхметов Нұрлан,18\nАхметов  Нұрлан,12\n")
        let error = try #require(book.diagnostics(.duplicateStudent).first)
        #expect(error.line == 3)
        #expect(error.message.contains("line 2"))
        #expect(book.results.count == 1)
        #expect(book.sources.first?.rows == 2)
    }

    /// Person ids fold names with the core's `NameFolding.spelling`: Kazakh letters, case, and Latin
    /// look-alikes typed into a Cyrillic name (`Aхметов` with a Latin A) give one id.
    @Test func lookAlikeLettersGiveTheSameStudent() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1\nАхметов Нұрлан,18\nAхметов НУРЛАН,12\n")
        #expect(book.people.map(\.id) == ["journal:7А:ахметов нурлан"])
        #expect(book.diagnostics(.duplicateStudent).first?.line == 3)
    }

    @Test func averageAndEmptyNameRowsAreNotes() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1\nАхметов Нұрлан,18\nСредний балл,18\n,5\nОрташа,7\n")
        #expect(book.people.count == 1)
        #expect(book.diagnostics(.skippedRow).map(\.line) == [3, 4, 5])
        #expect(book.diagnostics(.skippedRow).allSatisfy { $0.severity == .info })
    }

    @Test func namesInTheOfficialOrder() throws {
        let book = try JournalSamples.readGeneric("ФИО,СОР 1\nАхметов Нұрлан Серік ұлы,18\nИванова Мария,15\n")
        #expect(book.people[0].familyName == "Ахметов")
        #expect(book.people[0].givenName == "Нұрлан")
        #expect(book.people[0].patronymic == "Серік ұлы")
        #expect(book.people[1].patronymic == nil)
    }

    @Test func givenFirstNames() throws {
        let profile = "id: t\nname: T\ncolumns: {name: Student, nameOrder: given-first}\n"
        let book = try JournalSamples.read("Student,SOR 1\nNurlan Akhmetov,18\n", profile: profile)
        #expect(book.people.first?.familyName == "Akhmetov")
        #expect(book.people.first?.givenName == "Nurlan")
    }

    @Test func personKeyFromIINAndEmail() throws {
        let profile = "id: t\nname: T\ncolumns: {name: ФИО, iin: ИИН, email: Email}\n"
        let iin = "08051250012" + String(try #require(IIN.checkDigit(forFirstEleven: "08051250012")))
        let table =
            "ФИО,ИИН,Email,СОР 1\nАхметов Нұрлан,\(iin),N.Akhmetov@school.kz,18\n"
            + "Иванова Мария,123,maria@school.kz,15\n"
        let book = try JournalSamples.read(table, profile: profile)
        #expect(book.people.map(\.id) == ["t:iin:\(iin)", "t:maria@school.kz"])
        #expect(book.people[0].iin == iin)
        #expect(book.people[0].email == "n.akhmetov@school.kz")
        #expect(book.diagnostics(.invalidIIN).count == 1)
    }

    @Test func classAndSubjectColumnsAndFixedContext() throws {
        let profile = """
            id: t
            name: T
            columns: {name: ФИО, class: Класс}
            subject: Физика
            term: 3
            schoolYear: 2025-2026
            """
        let book = try JournalSamples.read(
            "ФИО,Класс,СОР 1\nАхметов Нұрлан,7 «А»,18\nИванова Мария,7Б,15\n", profile: profile)
        #expect(book.classes.map(\.name) == ["7А", "7Б"])
        #expect(book.subjects.map(\.name) == ["Физика"])
        #expect(book.terms.map(\.id) == ["2025-2026/Q3"])
        #expect(book.enrollments.map(\.class) == ["t:class:7А", "t:class:7Б"])
    }

    @Test func contextFromTheFileName() throws {
        let book = try JournalSamples.readGeneric(
            "ФИО,СОР 1\nАхметов Нұрлан,18\n", named: "10Б Химия II четверть 2025-26.csv")
        #expect(book.classes.first?.name == "10Б")
        #expect(book.subjects.first?.name == "Химия")
        #expect(book.terms.first?.id == "2025-2026/Q2")
    }

    @Test func ignoredAndUnmatchedColumnsAreNoted() throws {
        let book = try JournalSamples.readGeneric("№,ФИО,Средний балл,Домашнее задание\n1,Ахметов Нұрлан,4,5\n")
        #expect(book.assessments.map(\.kind) == [.other])
        let notes = book.diagnostics(.ignoredContent)
        #expect(notes.map(\.column) == [1, 3])
    }

    @Test func manyRowsStayFast() throws {
        var table = "ФИО;" + (1...20).map { "ФО \($0)" }.joined(separator: ";") + "\n"
        for index in 0..<5_000 {
            table +=
                "Оқушы\(index) Аты\(index);" + (1...20).map { "\(($0 + index) % 11)" }.joined(separator: ";") + "\n"
        }
        let clock = ContinuousClock()
        var book: Gradebook?
        let elapsed = try clock.measure { book = try JournalSamples.readGeneric(table) }
        #expect(book?.results.count == 100_000)
        #expect(elapsed < .seconds(10))
    }
}
