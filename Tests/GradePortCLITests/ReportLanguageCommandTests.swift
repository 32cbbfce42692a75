import Foundation
import GradePortTesting
import TableReader
import Testing

/// `report --lang ru|kk|en` and the locale's default (issue 16, item 2), run as a user would.
@Suite struct ReportLanguageCommandTests {
    static let kazakhQuarter = Fixtures(testFile: #filePath).sample("OnlineMektep/7А Математика 2-тоқсан.csv")
    /// No locale variable of the test's own environment leaks into a run.
    static let noLocale: [String: String?] = ["LC_ALL": nil, "LC_MESSAGES": nil, "LANG": nil]

    static func run(_ arguments: [String], locale: [String: String?] = [:]) throws -> GradePortProcess.Run {
        try GradePortProcess.run(
            ["report", kazakhQuarter] + arguments, environment: noLocale.merging(locale) { $1 })
    }

    @Test func kazakhTableUsesTheTeachersTerms() throws {
        let run = try Self.run(["--lang", "kk"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Үлгерім туралы есеп · ережелер: "))
        #expect(run.standardOutput.contains("7А · Математика · 2-тоқсан 2025-2026"))
        #expect(run.standardOutput.contains("Оқушы"))
        #expect(run.standardOutput.contains("ҚБ %") && run.standardOutput.contains("ТЖБ %"))
        #expect(run.standardOutput.contains("  Бағалар: «5» "))
    }

    @Test func theLocaleIsTheDefaultAndLangWins() throws {
        let russian = try Self.run([])
        #expect(russian.standardOutput.hasPrefix("Отчёт об успеваемости"))
        let kazakh = try Self.run([], locale: ["LANG": "kk_KZ.UTF-8"])
        #expect(kazakh.standardOutput == (try Self.run(["--lang", "kk"])).standardOutput)
        let english = try Self.run([], locale: ["LANG": "ru_RU.UTF-8", "LC_MESSAGES": "en_US.UTF-8"])
        #expect(english.standardOutput.hasPrefix("Progress report · rules: "))
        let chosen = try Self.run(["--lang", "ru"], locale: ["LC_ALL": "kk_KZ.UTF-8"])
        #expect(chosen.standardOutput == russian.standardOutput)
        let other = try Self.run([], locale: ["LANG": "de_DE.UTF-8"])
        #expect(other.standardOutput == russian.standardOutput)
    }

    @Test func theCSVKeepsItsColumnNamesUnlessLangIsGiven() throws {
        let contract = try Self.run(["--format", "csv"])
        #expect(contract.standardOutput.hasPrefix("student_id,student,class,subject,term,formative_percent,"))
        // A Kazakh locale does not rename the contract's columns.
        #expect(
            try Self.run(["--format", "csv"], locale: ["LANG": "kk_KZ.UTF-8"]).standardOutput == contract.standardOutput
        )
        #expect(try Self.run(["--format", "csv", "--lang", "en"]).standardOutput == contract.standardOutput)
        let kazakh = try Self.run(["--format", "csv", "--lang", "kk", "--excel"])
        #expect(kazakh.status == 0)
        #expect(kazakh.standardOutput.hasPrefix("\u{FEFF}Оқушы ID;Оқушы;Сынып;Пән;Кезең;ҚБ %;БЖБ %;ТЖБ %;Қорытынды %;"))
        // The rows are the same values.
        #expect(
            kazakh.standardOutput.components(separatedBy: "\r\n").count == contract.standardOutput.split(
                separator: "\n"
            ).count + 1)
    }

    @Test func theKazakhWorkbookAndPage() throws {
        let folder = GradePortProcess.temporaryFolder()
        let workbook = try Self.run(["--lang", "kk", "--format", "xlsx", "-o", folder + "/7A.xlsx"])
        #expect(workbook.status == 0, "\(workbook.standardError)")
        #expect(try TableFile.sheetNames(path: folder + "/7A.xlsx") == ["7А 2025-2026-Q2", "Сыныптар", "Ескертулер"])
        let cursor = try TableFile.open(path: folder + "/7A.xlsx", sheet: "Сыныптар")
        let header = try #require(try cursor.next()).strings()
        #expect(Array(header[0...4]) == ["Сынып", "Пән", "Кезең", "Оқушылар", "«5»"])
        let page = try Self.run(["--lang", "kk", "--format", "html", "-o", folder + "/7A.html"])
        #expect(page.status == 0)
        let html = try String(contentsOfFile: folder + "/7A.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"kk\">"))
        #expect(html.contains("<h1>Үлгерім туралы есеп</h1>"))
        #expect(html.contains("<h2>Математика · 2-тоқсан 2025-2026</h2>"))
    }

    @Test(arguments: [["--lang", "fr"], ["--lang", "KK"], ["--lang", ""], ["--lang", "kk_KZ"]])
    func anUnknownLanguageIsAUsageErrorNamingTheValidOnes(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("--lang"), "\(run.standardError)")
        #expect(run.standardError.contains("'ru', 'kk'") && run.standardError.contains("'en'"), "\(run.standardError)")
    }

    @Test func theTrendIsRussianOnlySoAnotherLanguageIsRefused() throws {
        let run = try Self.run(["--trend", "--lang", "kk"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--trend is written in Russian only so far; leave out --lang kk"))
        #expect(try Self.run(["--trend", "--lang", "ru"]).status == 0)
    }
}
