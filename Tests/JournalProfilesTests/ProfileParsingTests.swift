import GradePortCore
import JournalProfiles
import Testing

/// Reading profiles, and every validation error with its exact line and column.
@Suite struct ProfileParsingTests {
    @Test func readsTheSchoolProfile() throws {
        let profile = try JournalProfile(contentsOf: JournalSamples.path("school-42-profile.yaml"))
        #expect(profile.id == "school-42")
        #expect(profile.platform == "school-42")
        #expect(profile.origin == .file(JournalSamples.path("school-42-profile.yaml")))
        #expect(profile.columns.surname.words == ["Фамилия"])
        #expect(profile.columns.givenName.words == ["Имя"])
        #expect(profile.context.subject == .fixed("Алгебра"))
        #expect(profile.context.className == .fileName)
        #expect(profile.unmatched == .ignore)
        #expect(profile.assessments.count == 3)
        #expect(profile.assessments[0].kind == .kind(.sectionSummative))
        #expect(profile.assessments[0].max == [.heading])
        #expect(profile.assessments[1].max == [.heading, .fixed(25)])
        #expect(profile.assessments[2].pattern == "^Оценка")
        #expect(profile.assessments[2].scale == .mark5)
        #expect(profile.words.statuses[.absent] == ["б/п"])
        #expect(profile.sniff.confidence == .high)
    }

    @Test func builtInJournalProfileIsValid() {
        let profile = BuiltInProfiles.journal
        #expect(profile.platform == "journal")
        #expect(profile.origin == .builtIn)
        #expect(profile.sniff.confidence == .medium)
        #expect(profile.header.maxRow != nil)
        #expect(profile.columns.name.matchesWhole("Ф.И.О."))
        #expect(profile.columns.name.matchesWhole("Оқушының аты-жөні"))
        #expect(!profile.columns.name.matchesWhole("First Name"))
    }

    @Test func defaultsOfAMinimalProfile() throws {
        let profile = try JournalProfile(yaml: "id: tiny\nname: Tiny\ncolumns:\n  name: ФИО\n", name: "tiny.yaml")
        #expect(profile.platform == "tiny")
        #expect(profile.export == "journal-table")
        #expect(profile.maxSources == [.heading, .row])
        #expect(profile.scale == .points)
        #expect(profile.decimalComma == nil)
        #expect(profile.unmatched == .classify)
        #expect(profile.header.search == 25)
        #expect(profile.context.term == .auto)
    }

    @Test func readsEveryKey() throws {
        let yaml = """
            id: every-key
            name: Every key
            platform: onlinemektep
            export: journal-xlsx
            summary: all of them
            sniff: {words: [Оқушы], extensions: [.CSV], confidence: 60}
            header: {row: 3, search: 5, require: [СОР], groupRow: true, maxRow: 1, dateRow: [Дата]}
            columns:
              name: [Оқушы]
              nameOrder: given-first
              surname: Тегі
              given: Аты
              patronymic: Әкесінің аты
              iin: ЖСН
              email: Email
              login: Логин
              id: ID
              personKey: iin
              class: Сынып
              subject: Пән
              ignore: ["№"]
            class: 7А
            subject: sheet-name
            term: 2
            schoolYear: none
            assessments:
              - {words: [БЖБ], kind: sectionSummative, max: [row, heading, 20], scale: points}
              - {pattern: 'x', kind: ignore}
              - {words: [Баға], kind: classify, max: none, scale: mark10}
            unmatched: ignore
            max: row
            kindMax: {formative: 10, termSummative: 30}
            scale: percent
            decimalComma: false
            words: {absent: [жоқ], excused: [себепті], exempt: [бос], missing: [тапсырмады], submitted: [тапсырды], blank: [x]}
            ignoreRows: [Орташа]
            sheets: all
            """
        let profile = try JournalProfile(yaml: yaml, name: "every.yaml")
        #expect(profile.platform == "onlinemektep")
        #expect(profile.export == "journal-xlsx")
        #expect(profile.sniff.extensions == ["csv"])
        #expect(profile.sniff.confidence == Confidence(rawValue: 60))
        #expect(profile.header.row == 3)
        #expect(profile.header.groupRow == .yes)
        #expect(profile.header.maxRow == .offset(1))
        #expect(profile.header.dateRow == .label(["Дата"]))
        #expect(profile.columns.nameOrder == .givenFirst)
        #expect(profile.columns.personKey == .iin)
        #expect(profile.columns.studentID.words == ["ID"])
        #expect(profile.context.className == .fixed("7А"))
        #expect(profile.context.subject == .sheetName)
        #expect(profile.context.term == .fixed("2"))
        #expect(profile.context.schoolYear == ValueSource.none)
        #expect(profile.assessments.map(\.kind) == [.kind(.sectionSummative), .ignore, .classify])
        #expect(profile.assessments[0].max == [.row, .heading, .fixed(20)])
        #expect(profile.assessments[2].max == [MaxSource.none])
        #expect(profile.assessments[2].scale == .mark10)
        #expect(profile.maxSources == [.row])
        #expect(profile.kindMaxima == [.formative: 10, .termSummative: 30])
        #expect(profile.scale == .percent)
        #expect(profile.decimalComma == false)
        #expect(profile.words.statuses[.submitted] == ["тапсырды"])
        #expect(profile.words.blank == ["x"])
        #expect(profile.sheets == .all)
    }

    /// A broken profile, the place of the error, and words its message must have.
    struct Broken: Sendable, CustomStringConvertible {
        var yaml: String
        var line: Int
        var column: Int
        var kind: ProfileError.Kind
        var message: String
        var description: String { message }
    }

    static let broken: [Broken] = [
        Broken(
            yaml: "id: a\nname: A\ncolums:\n  name: ФИО\n", line: 3, column: 1, kind: .unknownKey,
            message: "unknown key 'colums' (did you mean 'columns'?)"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  nmae: ФИО\n", line: 4, column: 3, kind: .unknownKey,
            message: "unknown key 'nmae' in 'columns' (did you mean 'name'?)"),
        Broken(
            yaml: "id: a\nname: A\nheader:\n  search: many\ncolumns:\n  name: ФИО\n", line: 4, column: 11,
            kind: .wrongType, message: "'header.search' must be a whole number, found 'many'"),
        Broken(
            yaml: "id: a\nname: A\ncolumns: ФИО\n", line: 3, column: 10, kind: .wrongType,
            message: "'columns' must be a mapping of keys, found a single value"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: {x: 1}\n", line: 4, column: 9, kind: .wrongType,
            message: "'columns.name' must be a word or a list of words, found a mapping of keys"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nassessments:\n  - words: [СОР]\n    kind: summative\n",
            line: 7, column: 11, kind: .invalidValue,
            message: "'assessments.kind' cannot be 'summative' (did you mean 'sectionSummative' or 'termSummative'?)"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nassessments:\n  - pattern: '[СОР'\n    kind: formative\n",
            line: 6, column: 14, kind: .invalidPattern, message: "'[СОР' is not a valid regular expression"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nassessments:\n  - words: [СОР]\n", line: 6, column: 5,
            kind: .missingKey, message: "an assessment rule needs a 'kind'"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nassessments:\n  - kind: formative\n", line: 6, column: 5,
            kind: .missingKey, message: "an assessment rule needs 'words' or a 'pattern'"),
        Broken(
            yaml: "id: a\ncolumns:\n  name: ФИО\n", line: 1, column: 1, kind: .missingKey,
            message: "the required key 'name' is missing"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  iin: ИИН\n", line: 4, column: 3, kind: .missingKey,
            message: "'columns' needs a 'name' (full name) or a 'surname' column"),
        Broken(
            yaml: "id: School 42\nname: A\ncolumns:\n  name: ФИО\n", line: 1, column: 5, kind: .invalidValue,
            message: "'id' must be lower-case kebab-case"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nmax: [heading, -5]\n", line: 5, column: 16,
            kind: .invalidValue, message: "'max' must be a positive number, found -5"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nmax: [heading, twenty]\n", line: 5, column: 16,
            kind: .wrongType, message: "'max' must be heading, row, none or a number, found 'twenty'"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nscale: marks\n", line: 5, column: 8, kind: .invalidValue,
            message: "'scale' cannot be 'marks'"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nwords:\n  absnt: [н]\n", line: 6, column: 3,
            kind: .unknownKey, message: "unknown key 'absnt' in 'words' (did you mean 'absent'?)"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\nheader:\n  groupRow: maybe\n", line: 6, column: 13,
            kind: .invalidValue, message: "'header.groupRow' must be true, false or auto, found 'maybe'"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: [ФИО\n", line: 5, column: 1, kind: .syntax,
            message: "not valid YAML"),
        Broken(
            yaml: "id: a\nname: A\nname: B\ncolumns:\n  name: ФИО\n", line: 2, column: 1, kind: .syntax,
            message: "a key is given more than once in this mapping: name"),
        Broken(
            yaml: "- id: a\n", line: 1, column: 1, kind: .wrongType, message: "a profile must be a mapping of keys"),
        Broken(yaml: "", line: 1, column: 1, kind: .missingKey, message: "the profile is empty"),
        Broken(
            yaml: "id: a\nname: A\ncolumns:\n  name: ФИО\n  score: Балл\n", line: 5, column: 10,
            kind: .invalidValue, message: "'columns.score' is a column of a long table; add 'layout: long'"),
        Broken(
            yaml: "id: a\nname: A\nlayout: long\ncolumns:\n  name: ФИО\n  score: Балл\n", line: 5, column: 3,
            kind: .missingKey, message: "a long table ('layout: long') needs a 'title' column"),
        Broken(
            yaml: "id: a\nname: A\nlayout: long\ncolumns:\n  name: ФИО\n  title: Тест\n", line: 5, column: 3,
            kind: .missingKey, message: "needs a 'score', a 'percent' or a 'mark' column"),
        Broken(
            yaml: "id: a\nname: A\nlayout: tall\ncolumns:\n  name: ФИО\n", line: 3, column: 9,
            kind: .invalidValue, message: "'layout' cannot be 'tall'"),
        Broken(
            yaml: "id: a\nname: A\nattempts: latest\ncolumns:\n  name: ФИО\n", line: 3, column: 11,
            kind: .invalidValue, message: "'attempts' cannot be 'latest'"),
        Broken(
            yaml: "id: a\nname: A\nletters: drop\ncolumns:\n  name: ФИО\n", line: 3, column: 10,
            kind: .invalidValue, message: "'letters' cannot be 'drop'"),
    ]

    @Test func readsTheLongLayoutAndCellKeys() throws {
        let profile = try JournalProfile(
            yaml: """
                id: a
                name: A
                layout: long
                attempts: best
                letters: keep
                scale: mark5
                columns:
                  name: Ученик
                  title: [Тест, Test]
                  category: Тип
                  term: Четверть
                  date: Дата
                  attempt: Попытка
                  score: Балл
                  max: Макс. балл
                  percent: Процент
                  comment: [Комментарий, Пікір]
                """, name: "a.yaml")
        #expect(profile.layout == .long)
        #expect(profile.attempts == .best)
        #expect(profile.letters == .keep)
        #expect(profile.scale == .mark5)
        #expect(profile.columns.long.title.words == ["Тест", "Test"])
        #expect(profile.columns.long.max.words == ["Макс. балл"])
        #expect(profile.columns.long.percent.words == ["Процент"])
        #expect(profile.columns.comment.words == ["Комментарий", "Пікір"])
        let plain = try JournalProfile(yaml: "id: b\nname: B\ncolumns: {name: ФИО}\n", name: "b.yaml")
        #expect(plain.layout == .wide)
        #expect(plain.attempts == .last)
        #expect(plain.letters == .reject)
    }

    @Test(arguments: broken)
    func reportsTheErrorWithItsPlace(_ case: Broken) {
        #expect {
            _ = try JournalProfile(yaml: `case`.yaml, name: "p.yaml")
        } throws: { error in
            guard let error = error as? ProfileError else { return false }
            #expect(error.kind == `case`.kind)
            #expect(error.message.contains(`case`.message), "\(error.message)")
            #expect(error.description.hasPrefix("p.yaml:\(`case`.line):\(`case`.column): error: "), "\(error)")
            return error.line == `case`.line && error.column == `case`.column
        }
    }

    /// The bad profiles shipped with the samples, as the CLI reports them.
    @Test(arguments: [
        ("typo-key.yaml", "typo-key.yaml:3:1: error: unknown key 'colums' (did you mean 'columns'?)"),
        ("wrong-type.yaml", "wrong-type.yaml:4:11: error: 'header.search' must be a whole number, found 'many'"),
        ("invalid-regex.yaml", "invalid-regex.yaml:6:14: error: '[СОР' is not a valid regular expression"),
        ("unknown-kind.yaml", "unknown-kind.yaml:7:11: error: 'assessments.kind' cannot be 'summative'"),
    ])
    func shippedBadProfiles(_ name: String, _ expected: String) {
        let path = JournalSamples.path("bad/" + name)
        #expect {
            _ = try JournalProfile(contentsOf: path)
        } throws: { error in
            "\(error)".hasPrefix(JournalSamples.path("bad/") + expected.prefix(while: { $0 != "(" }))
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: ProfileError.self) { _ = try JournalProfile(contentsOf: "/no/such/profile.yaml") }
    }
}
