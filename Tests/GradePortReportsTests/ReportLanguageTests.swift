import Foundation
import GradePortAdapters
import GradePortCore
import GradePortLocalization
import GradePortTesting
import TableReader
import Testing

@testable import GradePortReports

/// Issue 16, item 2: the report in Russian, Kazakh and English (`report --lang`) from the catalog the
/// web page shares; golden files of the Kundelik sample in each language.
@Suite struct ReportLanguageTests {
    static let fixtures = GoldenReportTests.fixtures

    static func kundelikReport() throws -> GradeReport {
        let sample = GoldenReportTests.samples[0]
        let outcome = BuiltInPlatforms.registry.readGradebook(from: sample.inputs.map(fixtures.sample))
        return try ReportBuilder(policy: .kazakhstan, options: sample.options).build(from: outcome.gradebook)
    }

    static func text(_ renderer: any ReportRenderer, _ report: GradeReport) -> String {
        String(decoding: renderer.render(report), as: UTF8.self)
    }

    @Test(arguments: [Language.kk, .en])
    func theTableAndThePageMatchTheirGoldenFiles(_ language: Language) throws {
        let report = try Self.kundelikReport()
        for format in [ReportFormat.table, .html] {
            let golden = Self.fixtures.golden(
                "GradePortReportsTests/Golden/kundelik-7A.\(language.rawValue).\(GoldenReportTests.fileExtension(format))"
            )
            let differences = golden.differences(from: Self.text(format.renderer(in: language), report))
            #expect(differences.isEmpty, "\(language) \(format): \(differences.joined(separator: "\n"))")
        }
    }

    @Test func russianIsTheDefaultAndTheCSVKeepsItsContractUnlessALanguageIsGiven() throws {
        let report = try Self.kundelikReport()
        for format in [ReportFormat.table, .html] {
            #expect(Self.text(format.renderer(in: .ru), report) == Self.text(format.renderer, report))
        }
        let contract = Self.text(ReportFormat.csv.renderer, report)
        #expect(contract.hasPrefix(ReportCSVRenderer.columns.joined(separator: ",")))
        // English is the contract's own language: the same bytes.
        #expect(Self.text(ReportFormat.csv.renderer(in: .en), report) == contract)
        for language in [Language.ru, .kk] {
            let golden = Self.fixtures.golden("GradePortReportsTests/Golden/kundelik-7A.\(language.rawValue).csv")
            let differences = golden.differences(from: Self.text(ReportFormat.csv.renderer(in: language), report))
            #expect(differences.isEmpty, "\(language) csv: \(differences.joined(separator: "\n"))")
        }
    }

    @Test func kazakhUsesTheTeachersTerms() throws {
        let report = try Self.kundelikReport()
        let table = Self.text(ReportTableRenderer(language: .kk), report)
        #expect(table.hasPrefix("Үлгерім туралы есеп · ережелер: "))
        #expect(table.contains("Оқушы"))
        #expect(table.contains("ҚБ %") && table.contains("БЖБ %") && table.contains("ТЖБ %"))
        #expect(table.contains("2-тоқсан"))
        #expect(!table.contains("СОЧ %") && !table.contains("Ученик"))
        // Only the platform's own titles stay Russian ("Математика: 2 четверть"); the periods are Kazakh.
        #expect(table.contains("1-тоқсан 2025-2026: есептеуге нәтиже жоқ, платформаның 5 бағасы алынды"))
        #expect(!table.split(separator: "\n").contains { $0.contains("четверть") && !$0.contains("платформада «") })
        let page = Self.text(ReportHTMLRenderer(language: .kk), report)
        #expect(page.contains("lang=\"kk\""))
        #expect(!page.contains("Ученик") && !page.contains("Оценка"))
        let english = Self.text(ReportHTMLRenderer(language: .en), report)
        #expect(english.contains("lang=\"en\"") && english.contains("Quarter 2") && english.contains("SAT, %"))
    }

    @Test func everyWarningHasAKazakhAndAnEnglishText() {
        let warnings: [ReportWarning] = [
            .grading(.notGraded(title: "СОР 1", status: .absent)), .grading(.noScore(title: "СОР 2")),
            .grading(.noMaximum(title: "СОЧ")), .grading(.weightSpread(missing: [.formative], over: [.termSummative])),
            .grading(.noCountedResults(ignored: [])), .grading(.noCountedResults(ignored: [.formative])),
            .grading(.aboveHundred(percent: 104)), .grading(.partialYear(terms: 3, of: 4)),
            .platformMarkDiffers(title: "Четвертная", platform: 5, computed: 4),
            .platformMarkUnreadable(title: "Четвертная", raw: "зачёт"),
            .platformMarkUsed(period: "1 четверть 2025-2026", mark: 4),
            .schoolYearAssumed(term: "Q3", year: SchoolYear(startYear: 2025), fromOption: true),
            .schoolYearAssumed(term: nil, year: SchoolYear(startYear: 2025), fromOption: false),
            .noPolicyRule(year: SchoolYear(startYear: 2010), grade: 7),
            .noPolicyRule(year: SchoolYear(startYear: 2010), grade: nil),
            .notCounted(titles: ["Экзамен"]), .noResult(title: "СОЧ"), .noTermMarks,
            .drafts(titles: ["СОР 1"], counted: true), .drafts(titles: ["СОР 1"], counted: false),
        ]
        let kazakh = warnings.map(ReportWording(language: .kk).warning)
        #expect(kazakh[0] == "«СОР 1»: болмады — есепке алынбады (нөл емес)")
        #expect(kazakh[3] == "ҚБ нәтижелері жоқ: салмағы ТЖБ арасында бөлінді")
        #expect(kazakh[13] == "2010-2011, 7-сынып үшін ереже жоқ: баға жоқ")
        #expect(kazakh[10] == "1-тоқсан 2025-2026: есептеуге нәтиже жоқ, платформаның 4 бағасы алынды")
        #expect(Set(kazakh).count == warnings.count)
        // Russian is exactly what the reports wrote before the catalog (GradingWarning keeps its own copy).
        for warning in warnings {
            if case .grading(let grading) = warning {
                #expect(ReportWording(language: .ru).warning(warning) == grading.russianMessage)
            }
        }
        let english = warnings.map(ReportWording(language: .en).warning)
        #expect(english[8] == "the platform's mark 'Четвертная' is 5, the computed mark is 4")
        #expect(english[8] == warnings[8].message)
    }

    /// `report --lang kk --format xlsx --by school`: Kazakh sheet names and headers, and the schools'
    /// summaries beside the classes'.
    @Test func theKazakhWorkbookHasTheSchoolsSummaries() throws {
        let report = try SchoolReportTests.report(.school)
        let folder = try TemporaryFolder(prefix: "gradeport-report-xlsx-kk")
        var bytes: [UInt8] = []
        try ReportXLSXWriter(language: .kk).write(report) { bytes.append(contentsOf: $0) }
        let path = try folder.write("report.xlsx", bytes)
        #expect(
            try TableFile.sheetNames(path: path) == [
                "7А 2025-2026-Q1", "7Б 2025-2026-Q1", "Сыныптар", "Мектептер бойынша жиынтық", "Ескертулер",
            ])
        let rows = try ReportXLSXWriterTests.rows(path, sheet: "7А 2025-2026-Q1")
        #expect(
            Array(rows[0][0...8]) == [
                "Оқушы ID", "Оқушы", "Сынып", "Пән", "Кезең", "ҚБ %", "БЖБ %", "ТЖБ %", "Қорытынды %",
            ])
        let schools = try ReportXLSXWriterTests.rows(path, sheet: "Мектептер бойынша жиынтық")
        #expect(schools[0] == ReportColumns(words: ReportWording(language: .kk)).groups)
        #expect(schools[0].count == ReportCSVRenderer.groupColumns.count)
        #expect(
            Array(schools[0][17...22]) == [
                "Орт. ҚБ, %", "Орт. БЖБ, %", "Орт. ТЖБ, %", "Орт. қорытынды, %", "Орт. баға", "БЖБ/ТЖБ жоқ",
            ])
        // The same values as the CSV's summaries: Школа 1 (7А and 7Б: a 4 and a 3), Школа 2 (a 5).
        #expect(
            Array(schools[1][0...8]) == [
                "Школа 1", "7", "Математика", "2025-2026/Q1", "2", "5:0 4:1 3:1 2:0", "0", "50", "100",
            ])
        #expect(
            Array(schools[2][0...8]) == [
                "Школа 2", "7", "Математика", "2025-2026/Q1", "1", "5:1 4:0 3:0 2:0", "0", "100", "100",
            ])
        #expect(schools.count == 3)
        // The summaries' CSV has no quoted field here: a plain split reads it.
        let csv = Self.text(ReportCSVRenderer(), report).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(csv.count == schools.count)
        for (sheetRow, csvRow) in zip(schools.dropFirst(), csv.dropFirst()) {
            #expect(sheetRow.count == csvRow.count)
            #expect(sheetRow == csvRow)
        }
    }
}
