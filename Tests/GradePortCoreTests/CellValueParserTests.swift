import GradePortCore
import Testing

@Suite("CellValueParser")
struct CellValueParserTests {
    let parser = CellValueParser()

    static func decimal(_ text: String) -> DecimalNumber { DecimalNumber(parsing: text)! }

    static let scores: [(String, CellValue)] = [
        ("18", .score(18, outOf: nil, late: false)),
        ("0", .score(0, outOf: nil, late: false)),
        ("100", .score(100, outOf: nil, late: false)),
        ("007", .score(7, outOf: nil, late: false)),
        (" 18 ", .score(18, outOf: nil, late: false)),
        ("\t18\r", .score(18, outOf: nil, late: false)),
        ("18\r\n", .score(18, outOf: nil, late: false)),
        ("\u{00A0}18\u{00A0}", .score(18, outOf: nil, late: false)),
        ("\u{202F}18", .score(18, outOf: nil, late: false)),
        ("\u{FEFF}18", .score(18, outOf: nil, late: false)),
        ("\"18\"", .score(18, outOf: nil, late: false)),
        ("\" 18 \"", .score(18, outOf: nil, late: false)),
        ("'18'", .score(18, outOf: nil, late: false)),
        ("«18»", .score(18, outOf: nil, late: false)),
        ("“18”", .score(18, outOf: nil, late: false)),
        ("18.5", .score(decimal("18.5"), outOf: nil, late: false)),
        ("18,5", .score(decimal("18.5"), outOf: nil, late: false)),
        ("87,25", .score(decimal("87.25"), outOf: nil, late: false)),
        ("87.125", .score(decimal("87.125"), outOf: nil, late: false)),
        ("0.5", .score(decimal("0.5"), outOf: nil, late: false)),
        (".5", .score(decimal("0.5"), outOf: nil, late: false)),
        ("18.", .score(18, outOf: nil, late: false)),
        ("-3", .score(-3, outOf: nil, late: false)),
        ("\u{2212}3", .score(-3, outOf: nil, late: false)),
        ("-0,5", .score(decimal("-0.5"), outOf: nil, late: false)),
        ("+4", .score(4, outOf: nil, late: false)),
        ("18/20", .score(18, outOf: 20, late: false)),
        ("18 / 20", .score(18, outOf: 20, late: false)),
        ("18 /20", .score(18, outOf: 20, late: false)),
        ("18,5/20", .score(decimal("18.5"), outOf: 20, late: false)),
        ("18 из 20", .score(18, outOf: 20, late: false)),
        ("18 ИЗ 20", .score(18, outOf: 20, late: false)),
        ("18 из 20,5", .score(18, outOf: decimal("20.5"), late: false)),
        ("18 out of 20", .score(18, outOf: 20, late: false)),
        ("18 Out Of 20", .score(18, outOf: 20, late: false)),
        ("18 of 20", .score(18, outOf: 20, late: false)),
        ("92 of 100", .score(92, outOf: 100, late: false)),
        ("18 (late)", .score(18, outOf: nil, late: true)),
        ("18 late", .score(18, outOf: nil, late: true)),
        ("18 Done late", .score(18, outOf: nil, late: true)),
        ("18, late", .score(18, outOf: nil, late: true)),
        ("18 [Late]", .score(18, outOf: nil, late: true)),
        ("18/20 (late)", .score(18, outOf: 20, late: true)),
        ("18 из 20 (с опозданием)", .score(18, outOf: 20, late: true)),
        ("18 кеш тапсырылды", .score(18, outOf: nil, late: true)),
        ("999999999999", .score(999_999_999_999, outOf: nil, late: false)),
    ]

    @Test("scores", arguments: scores)
    func score(raw: String, expected: CellValue) {
        #expect(parser.parse(raw) == expected)
    }

    static let percents: [(String, CellValue)] = [
        ("85%", .percent(85, late: false)),
        ("85 %", .percent(85, late: false)),
        ("85,5%", .percent(decimal("85.5"), late: false)),
        ("85.5 %", .percent(decimal("85.5"), late: false)),
        ("100%", .percent(100, late: false)),
        ("0%", .percent(0, late: false)),
        (" 71.25% ", .percent(decimal("71.25"), late: false)),
        ("85% (late)", .percent(85, late: true)),
    ]

    @Test("percentages", arguments: percents)
    func percent(raw: String, expected: CellValue) {
        #expect(parser.parse(raw) == expected)
    }

    static let statuses: [(String, ResultStatus, Bool)] = [
        ("Missing", .missing, false),
        ("missing", .missing, false),
        ("MISSING", .missing, false),
        ("Draft•Missing", .missing, false),
        ("Draft • Missing", .missing, false),
        ("Draft Missing", .missing, false),
        ("Draft-Missing", .missing, false),
        ("Not turned in", .missing, false),
        ("Не сдано", .missing, false),
        ("не сдал", .missing, false),
        ("Не сдала", .missing, false),
        ("не  сдал(а)", .missing, false),
        ("Тапсырмады", .missing, false),
        ("Excused", .excused, false),
        ("excused", .excused, false),
        ("Уважительная", .excused, false),
        ("уважительная причина", .excused, false),
        ("ув.", .excused, false),
        ("Done late", .submitted, true),
        ("DONE LATE", .submitted, true),
        ("Late", .submitted, true),
        ("Turned in late", .submitted, true),
        ("Сдано с опозданием", .submitted, true),
        ("Turned in", .submitted, false),
        ("Handed in", .submitted, false),
        ("Submitted", .submitted, false),
        ("Done", .submitted, false),
        ("Сдано", .submitted, false),
        ("сдано", .submitted, false),
        ("Тапсырылды", .submitted, false),
        ("тапсырылды", .submitted, false),
        ("Освобожден", .exempt, false),
        ("Освобождён", .exempt, false),
        ("Освобождена", .exempt, false),
        ("освобождён(а)", .exempt, false),
        ("осв", .exempt, false),
        ("осв.", .exempt, false),
        ("ОСВ.", .exempt, false),
        ("Босатылған", .exempt, false),
        ("бос.", .exempt, false),
        ("Exempt", .exempt, false),
        ("н", .absent, false),
        ("Н", .absent, false),
        (" н ", .absent, false),
        ("нб", .absent, false),
        ("НБ", .absent, false),
        ("н/б", .absent, false),
        ("п", .absent, false),
        ("б", .absent, false),
        ("отс", .absent, false),
        ("отс.", .absent, false),
        ("Отсутствовал", .absent, false),
        ("Отсутствовала", .absent, false),
        ("Отсутствовал(а)", .absent, false),
        ("Absent", .absent, false),
        ("жоқ", .absent, false),
        ("жок", .absent, false),
        ("Жоқ", .absent, false),
        ("келмеді", .absent, false),
        ("Келмеди", .absent, false),
        ("\"Missing\"", .missing, false),
        ("Missing\r", .missing, false),
        ("\u{00A0}Excused\u{00A0}", .excused, false),
    ]

    @Test("status words", arguments: statuses)
    func status(raw: String, status: ResultStatus, late: Bool) {
        #expect(parser.parse(raw) == .status(status, late: late))
    }

    static let blanks = [
        "", " ", "   ", "\t", "\r", "\u{00A0}", "\"\"", "\" \"", "No grade", "no grade", "NO GRADE", "Assigned",
        "assigned", "Ungraded", "Без оценки", "N/A", "-", "—", "–", " - ", "--",
    ]

    @Test("blank cells and no-result words", arguments: blanks)
    func blank(raw: String) {
        #expect(parser.parse(raw) == .blank)
    }

    static let invalids: [(String, String)] = [
        (
            "1,234",
            "\"1,234\" is not a score: a comma followed by three or more digits reads as a thousands "
                + "separator, and scores have no thousands (a decimal comma takes one or two digits unless the file "
                + "uses decimal commas)"
        ),
        ("abc", "\"abc\" is not a score or a known status word"),
        ("Сорок", "\"Сорок\" is not a score or a known status word"),
        ("18abc", "\"18abc\" is not a score or a known status word"),
        ("18 20", "\"18 20\" is not a score or a known status word"),
        ("18/", "\"18/\" is not a score or a known status word"),
        ("18 из", "\"18 из\" is not a score or a known status word"),
        ("18/abc", "\"18/abc\" is not a score or a known status word"),
        ("1.2.3", "\"1.2.3\" is not a score or a known status word"),
        ("1 000", "\"1 000\" is not a score or a known status word"),
        ("18 (Missing)", "\"18 (Missing)\" is not a score or a known status word"),
        ("о", "\"о\" is not a score or a known status word"),
        (".", "\".\" is not a score or a known status word"),
        ("5+", "\"5+\" is not a score or a known status word"),
        ("A", "\"A\" is not a score or a known status word"),
        ("=1+1", "\"=1+1\" is not a score or a known status word"),
        ("1e3", "\"1e3\" is not a score or a known status word"),
        ("0.1234567", "\"0.1234567\" is not a score: more than 6 decimal places, or too large"),
        ("9999999999999", "\"9999999999999\" is not a score: more than 6 decimal places, or too large"),
        ("18 ofx 20", "\"18 ofx 20\" is not a score or a known status word"),
    ]

    @Test("everything else is invalid, with a reason", arguments: invalids)
    func invalid(raw: String, reason: String) {
        #expect(parser.parse(raw) == .invalid(reason))
    }

    static let decimalCommaCells: [(String, CellValue)] = [
        ("18,5", .score(decimal("18.5"), outOf: nil, late: false)),
        ("1,234", .score(decimal("1.234"), outOf: nil, late: false)),
        ("87,125", .score(decimal("87.125"), outOf: nil, late: false)),
        ("18.5", .score(decimal("18.5"), outOf: nil, late: false)),
        ("18,5 из 20,5", .score(decimal("18.5"), outOf: decimal("20.5"), late: false)),
        ("85,125%", .percent(decimal("85.125"), late: false)),
    ]

    @Test("decimal comma files accept any comma fraction", arguments: decimalCommaCells)
    func decimalComma(raw: String, expected: CellValue) {
        #expect(CellValueParser(decimalComma: true).parse(raw) == expected)
    }

    @Test("substrings are parsed in place")
    func substrings() {
        let line = "Chen,Avery,18/20,Missing,85%,"
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells.count == 6)
        #expect(parser.parse(cells[2]) == .score(18, outOf: 20, late: false))
        #expect(parser.parse(cells[3]) == .status(.missing, late: false))
        #expect(parser.parse(cells[4]) == .percent(85, late: false))
        #expect(parser.parse(cells[5]) == .blank)
    }

    @Test("adapters can add platform words")
    func extraWords() {
        let kundelik = CellValueParser(extraStatusWords: ["ПЛХ": .absent, "Не аттестован": .missing, "Late": .missing])
        #expect(kundelik.parse("ПЛХ") == .status(.absent, late: false))
        #expect(kundelik.parse("плх") == .status(.absent, late: false))
        #expect(kundelik.parse("не аттестован") == .status(.missing, late: false))
        #expect(kundelik.parse("Late") == .status(.missing, late: false))
        #expect(kundelik.parse("н") == .status(.absent, late: false))
        #expect(parser.parse("ПЛХ") == .invalid("\"ПЛХ\" is not a score or a known status word"))
        #expect(kundelik.words["плх"] == .status(.absent, late: false))
    }

    static let wordKeys: [(String, String)] = [
        ("Draft•Missing", "draft missing"),
        ("  Draft   -  Missing ", "draft missing"),
        (" ОСВ. ", "осв"),
        ("Келмеді", "келмеди"),
        ("Освобождён", "освобожден"),
        ("—", ""),
        (".", "."),
        ("N/A", "n/a"),
    ]

    @Test("word keys", arguments: wordKeys)
    func wordKey(text: String, key: String) {
        #expect(CellValueParser.wordKey(text) == key)
    }

    @Test("result status and lateness of a value")
    func accessors() {
        #expect(CellValue.score(18, outOf: nil, late: true).resultStatus == .graded)
        #expect(CellValue.score(18, outOf: nil, late: true).isLate)
        #expect(CellValue.percent(85, late: false).resultStatus == .graded)
        #expect(CellValue.status(.absent, late: false).resultStatus == .absent)
        #expect(CellValue.status(.submitted, late: true).isLate)
        #expect(CellValue.blank.resultStatus == nil)
        #expect(CellValue.invalid("x").resultStatus == nil)
        #expect(!CellValue.blank.isLate)
    }

    @Test("every standard word parses to its own value")
    func standardWordsRoundTrip() {
        for (key, value) in CellValueParser.standardWords {
            #expect(parser.parse(key) == value, "\(key)")
        }
    }
}
