import Foundation
import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// Report downloads: the Russian CP1251 re-save and the Kazakh UTF-8 file.
@Suite struct ReportTests {
    let maria: Person.ID = "kundelik:student:7А/Иванова Мария Петровна"

    @Test func russianReportInCP1251() throws {
        let book = try KundelikSamples.read("7A-class-progress-report.csv")
        #expect(book.sources.first?.export == "report")
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.terms.map(\.id) == ["2025-2026/Q2"])
        #expect(book.people.count == 12)
        let math = try #require(book.result(maria, "kundelik:final:Математика/2025-2026/Q2"))
        #expect(math.score == DecimalNumber(5))
        #expect(math.source.line == 8)
        #expect(math.source.column == 3)
        #expect(book.people.first { $0.familyName == "Сериккызы" }?.patronymic == "Ерланкызы")
    }

    @Test func dashIsNoResultWithANoteAndEmptyIsNoResult() throws {
        let book = try KundelikSamples.read("7A-class-progress-report.csv")
        #expect(book.result(maria, "kundelik:final:Информатика/2025-2026/Q2") == nil)
        let note = try #require(book.diagnostics(.skippedRow).first { $0.message.contains("Иванова") })
        #expect(note.severity == .info)
        #expect(note.line == 8)
        #expect(note.column == 6)
        // Толеген Айша's Информатика cell is empty: no result and no note.
        let aisha: Person.ID = "kundelik:student:7А/Толеген Айша"
        #expect(book.result(aisha, "kundelik:final:Информатика/2025-2026/Q2") == nil)
        #expect(!book.diagnostics.contains { $0.message.contains("Толеген") })
        #expect(!book.hasErrors)
    }

    @Test func summaryRowsAndColumnsAreNotRead() throws {
        let book = try KundelikSamples.read("7A-class-progress-report.csv")
        #expect(book.assessments.count == 4)
        #expect(book.diagnostics(.ignoredContent).contains { $0.message.contains("Средний балл") })
        #expect(book.diagnostics(.skippedRow).filter { $0.message.hasPrefix("summary row") }.count == 2)
    }

    @Test func kazakhReportMeetsTheTotals() throws {
        let report = try KundelikSamples.read("7A-synyptar-report-kk.csv")
        #expect(report.terms.map(\.id) == ["2025-2026/Q2"])
        #expect(report.results.count == 44)
        let aruzhan: Person.ID = "kundelik:student:7А/Серікқызы Аружан Ерланқызы"
        #expect(report.result(aruzhan, "kundelik:final:Қазақ тілі/2025-2026/Q2")?.score == DecimalNumber(5))
        // The same assessment id as the totals give for the same subject and quarter.
        let totals = try KundelikSamples.read("criteria-marks-totals-light.json")
        #expect(totals.assessments.contains { $0.id == "kundelik:final:Қазақ тілі/2025-2026/Q2" })
        #expect(report.diagnostics(.skippedRow).filter { $0.message.contains("does not take") }.count == 3)
    }
}

/// A per-subject marks table: a subject named above the header makes the columns works.
@Suite struct PerSubjectReportTests {
    /// Issue 15, item 8: the header pasted again among the pupils is skipped, not read as a pupil.
    @Test func headerRepeatedMidTableIsNotAPupil() throws {
        let text = """
            Предмет: Математика
            Класс:;7А
            ФИО;СОР 1 (20)
            Иванова Мария Петровна;14
            ФИО;СОР 1 (20)
            Петров Пётр Петрович;16
            """
        let book = try TemporaryExport.read(text, named: "kundelik-per-subject.csv", with: KundelikPlatform())
        #expect(book.people.map(\.familyName) == ["Иванова", "Петров"])
        #expect(book.results.map(\.score) == [14, 16])
        #expect(
            book.diagnostics(.skippedRow).map { "\($0.line ?? 0) \($0.severity): \($0.message)" } == [
                "5 warning: the header row again (rows pasted with their header?): skipped, not read as a student"
            ])
    }

    @Test func columnsAreWorksOfTheSubject() throws {
        let text = """
            Предмет: Математика
            Класс:;7А
            Период: 2 четверть 2025-2026
            ФИО;СОР 1 (20);СОЧ (25);05.11;Четвертная
            Иванова Мария Петровна;14;о;8;4
            Средний балл;14;;8;4
            """
        let book = try TemporaryExport.read(text, named: "kundelik-per-subject.csv", with: KundelikPlatform())
        let maria: Person.ID = "kundelik:student:7А/Иванова Мария Петровна"
        let sor = try #require(book.assessments.first { $0.title == "СОР 1" })
        #expect(sor.id == "kundelik:report:7А/Математика/СОР 1")
        #expect(sor.kind == .sectionSummative)
        #expect(sor.maxScore == DecimalNumber(20))
        #expect(sor.term == "2025-2026/Q2")
        #expect(book.result(maria, sor.id)?.percent == DecimalNumber(70))
        #expect(book.assessments.first { $0.title == "05.11" }?.kind == .formative)
        #expect(book.assessments.first { $0.title == "Четвертная" }?.kind == .final)
        // `о` is attendance: no result, an info note at its cell.
        #expect(book.result(maria, "kundelik:report:7А/Математика/СОЧ") == nil)
        let late = try #require(book.diagnostics(.skippedRow).first { $0.message.contains("'о'") })
        #expect(late.line == 5)
        #expect(late.column == 3)
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(!book.hasErrors)
    }
}
