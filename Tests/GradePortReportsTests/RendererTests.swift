import Foundation
import GradePortCore
import Testing
import XMLStream

@testable import GradePortReports

/// The four renderers on small reports: field order, escaping, formula injection, alignment,
/// well-formed HTML with its charts, and byte-identical output.
@Suite struct RendererTests {
    /// The worked example for p1, a hostile name for p2, nothing for p3; a platform mark that differs.
    static func report() throws -> GradeReport {
        var maker = GradebookMaker.quarter()
        maker.book.people[1].familyName = "=HYPERLINK(\"http://x\",\"<script>alert(1)</script>\")"
        maker.book.people[1].givenName = "Мария, \u{1B}[31mкрасная\u{01}"
        maker.assessment("q", "Четвертная", .final, max: "5")
        for (assessment, score) in [("fo1", "8"), ("fo2", "7"), ("sor1", "12"), ("sor2", "7"), ("soch", "16")] {
            maker.result("p1", assessment, score)
        }
        maker.result("p1", "q", "5", max: "5")
        maker.result("p2", "sor1", "15")
        maker.result("p2", "soch", nil, status: .exempt)
        return try ReportBuilder().build(from: maker.book)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - JSON

    @Test func jsonRowsHaveTheContractsFieldsInOrder() throws {
        let json = Self.text(ReportJSONRenderer().render(try Self.report()))
        #expect(json.hasPrefix("{\"format\":\"gradeport-report/1\",\n\"policy\":{\"id\":\"kz\",\"name\":"))
        let lines = json.split(separator: "\n").map(String.init)
        let first: String = [
            "{\"student\":{\"id\":\"p1\",\"fullName\":\"Ахметов Нұрлан\"},\"class\":\"7А\",\"subject\":\"Математика\",",
            "\"term\":\"2025-2026/Q1\",\"formativePercent\":75,\"sectionPercent\":76,\"termPercent\":80,",
            "\"totalPercent\":77.75,\"mark\":4,\"warnings\":[\"the platform's mark 'Четвертная' is 5, the ",
            "computed mark is 4\"],\"roundedPercent\":78,\"platformMark\":{\"title\":\"Четвертная\",\"mark\":5,",
            "\"raw\":\"5\"}},",
        ].joined()
        #expect(lines.contains(first))
        let third: String = [
            "{\"student\":{\"id\":\"p3\",\"fullName\":\"Ким Алексей\"},\"class\":\"7А\",\"subject\":\"Математика\",",
            "\"term\":\"2025-2026/Q1\",\"formativePercent\":null,\"sectionPercent\":null,\"termPercent\":null,",
            "\"totalPercent\":null,\"mark\":null,\"warnings\":[\"no ФО, СОР or СОЧ results: no mark\",\"no result ",
            "for 'СОР 1'\",\"no result for 'СОР 2'\",\"no result for 'СОЧ'\"],\"missingSummatives\":[\"СОР 1\",",
            "\"СОР 2\",\"СОЧ\"]}",
        ].joined()
        #expect(lines.contains(third))
    }

    @Test func jsonIsValidAndDescribesThePolicyAndTheClasses() throws {
        let data = Data(ReportJSONRenderer().render(try Self.report()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "gradeport-report/1")
        let policy = try #require(object["policy"] as? [String: Any])
        let rules = try #require(policy["rules"] as? [[String: Any]])
        #expect(rules.count == 2)
        #expect(rules[1]["from"] as? String == "2020-2021")
        #expect((rules[1]["weights"] as? [String: Any])?["termSummative"] as? Int == 50)
        let classes = try #require(object["classes"] as? [[String: Any]])
        #expect(classes.count == 1)
        #expect(classes[0]["students"] as? Int == 3)
        #expect((classes[0]["marks"] as? [String: Any])?["4"] as? Int == 1)
        #expect((classes[0]["sectionBands"] as? [String: Any])?["high"] as? Int == 1)
        let missing = try #require(classes[0]["missingSummatives"] as? [[String: Any]])
        #expect(missing.count == 2)
        #expect((missing[1]["assessments"] as? [String]) == ["СОР 1", "СОР 2", "СОЧ"])
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatIsByteIdenticalFromRunToRun(format: ReportFormat) throws {
        let first = format.renderer.render(try Self.report())
        let second = format.renderer.render(try Self.report())
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test(arguments: ReportFormat.allCases)
    func writingInSmallChunksGivesTheSameBytes(format: ReportFormat) throws {
        let report = try Self.report()
        var chunks: [[UInt8]] = []
        format.renderer.write(report, chunkSize: 64) { chunks.append(Array($0)) }
        #expect(chunks.joined().elementsEqual(format.renderer.render(report)))
        if format == .json || format == .csv { #expect(chunks.count > 2) }
    }

    // MARK: - CSV

    @Test func csvNeutralisesFormulasAndQuotesCommas() throws {
        let csv = Self.text(ReportCSVRenderer().render(try Self.report()))
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == Substring(ReportCSVRenderer.columns.joined(separator: ",")))
        #expect(
            lines[1]
                == "p1,Ахметов Нұрлан,7А,Математика,2025-2026/Q1,75,76,80,77.75,78,4,,5,,"
                + "the platform's mark 'Четвертная' is 5, the computed mark is 4".quotedForCSV)
        #expect(lines[2].hasPrefix("p2,\"'=HYPERLINK(\"\"http://x\"\",\"\"<script>"))
        #expect(lines[2].contains(",,100,,100,100,5,,,СОР 2; СОЧ,"))
        #expect(lines.count == 5)
        #expect(lines[4].isEmpty)
    }

    // MARK: - Table

    @Test func tableColumnsLineUpByCharactersNotBytes() {
        var table = TextTable([("Ученик", .left), ("Итог %", .right), ("Оценка", .right)])
        table.append(["Әбдірахманова Әйгерім", "87,62", "5"])
        table.append(["Ким", "9", "2"])
        table.append(["Zoe\u{301} 王", "100", "5"])
        let lines = table.lines()
        let widths = lines.map(DisplayWidth.of)
        #expect(Set(widths).count == 1, "\(lines)")
        #expect(lines[1] == "Әбдірахманова Әйгерім   87,62       5")
        #expect(lines[3] == "Zoé 王                    100       5")
    }

    @Test func tableNeutralisesTerminalControlCharacters() throws {
        let table = Self.text(ReportTableRenderer().render(try Self.report()))
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x01 })
        #expect(table.contains("Мария,  [31mкрасная"))
        #expect(table.contains("7А · Математика · 1 четверть 2025-2026"))
        #expect(table.contains("Оценки: «5» 1, «4» 1, «3» 0, «2» 0, без оценки 1"))
        #expect(table.contains("1. Ахметов Нұрлан: на платформе «Четвертная» = 5, по расчёту 4"))
    }

    // MARK: - HTML

    /// The elements of a document read with the XML parser (which throws on anything malformed).
    static func elements(_ html: [UInt8]) throws -> [String] {
        let reader = try XMLStreamReader(bytes: html, name: "report.html")
        var names: [String] = []
        while let event = try reader.next() {
            if case .startElement(let name, _) = event { names.append(name.localName) }
        }
        return names
    }

    @Test func htmlIsWellFormedEscapedSelfContainedAndHasEveryChart() throws {
        let bytes = ReportHTMLRenderer().render(try Self.report())
        let elements = try Self.elements(bytes)
        #expect(elements.first == "html")
        #expect(elements.count { $0 == "svg" } == 3)
        #expect(!elements.contains("script"))
        #expect(!elements.contains("img"))
        #expect(!elements.contains("link"))
        let html = Self.text(bytes)
        for title in ["Оценки по классам", "Распределение итоговых процентов", "СОР и СОЧ: каждый ученик — точка"] {
            #expect(html.contains(">\(title)</text>"), "\(title)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("Мария, \u{FFFD}[31mкрасная\u{FFFD}"))
        // Nothing is loaded from outside the file: the only URLs are the XML namespaces and a link in a name.
        let urls = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/") || $0.hasPrefix("://x&quot;") }, "\(urls)")
    }

    @Test(arguments: [
        (0, 0), (4, 0), (5, 1), (39, 7), (40, 8), (64, 12), (65, 13), (84, 16), (85, 17), (99, 19), (100, 19),
        (125, 19), (-3, 0),
    ])
    func histogramBinsAreFivePercentWide(percent: Int, bin: Int) {
        #expect(PercentHistogram.bin(of: percent) == bin)
    }

    @Test func manyClassesTurnTheirNamesUnderTheBars() {
        var out = MarkupBuffer()
        let bars = (1...20).map { MarksByClassChart.Bar(className: "\($0)А", counts: [(5, 1)], withoutMark: 0) }
        MarksByClassChart(id: "c", title: "t", bars: bars, marks: [2, 3, 4, 5], words: ReportWording(language: .ru))
            .render(into: &out)
        #expect(out.text.contains("class=\"tick tick-turned\" transform=\"rotate(-45 "))
    }

    @Test func anAnnualSectionHasTheMarksChartAndTheYearTable() throws {
        var maker = GradebookMaker()
        maker.schoolClass("7a", "7А", grade: 7)
        maker.subject("math", "Математика")
        maker.student("p1", "Ким", "Алексей", in: "7a")
        for quarter in 1...2 {
            maker.term("q\(quarter)", year: "2025-2026", number: quarter)
            maker.assessment("soch\(quarter)", "СОЧ", .termSummative, max: "10", term: "q\(quarter)")
            maker.result("p1", "soch\(quarter)", "9")
        }
        let bytes = ReportHTMLRenderer().render(try ReportBuilder().build(from: maker.book))
        let elements = try Self.elements(bytes)
        #expect(elements.count { $0 == "section" } == 3)
        #expect(elements.count { $0 == "svg" } == 3 + 3 + 1)
        let html = Self.text(bytes)
        #expect(html.contains(">Годовые оценки по классам</text>"))
        #expect(html.contains("<h2>Математика · Год 2025-2026</h2>"))
        #expect(html.contains("<a href=\"#s3\">Математика · Год 2025-2026</a>"))
    }

    @Test func anEmptyReportIsStillAPage() throws {
        let bytes = ReportHTMLRenderer().render(try ReportBuilder().build(from: Gradebook()))
        #expect(try Self.elements(bytes).first == "html")
        #expect(Self.text(bytes).contains("Нет строк"))
        let json = Self.text(ReportJSONRenderer().render(try ReportBuilder().build(from: Gradebook())))
        #expect(json.hasSuffix("\"rows\":[],\n\"classes\":[]\n}\n"))
    }
}

extension String {
    /// The text as one CSV field in quotes.
    fileprivate var quotedForCSV: String { "\"" + replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
