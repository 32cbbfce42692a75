import Foundation
import GradePortCore
import GradePortTesting
import GradePortWriters
import TableReader
import Testing

/// `--to xlsx`: every workbook written is read back with GradePort's own XLSX reader (which checks
/// the package: ZIP directory, content types, workbook and sheet parts) and its values compared.
@Suite struct XLSXGradebookWriterTests {
    /// Writes the book through the registry's writer, as `convert --to xlsx -o` does.
    static func workbook(_ book: Gradebook, in folder: TemporaryFolder) throws -> String {
        let writer = try #require(BuiltInWriters.registry.writer(for: .xlsx))
        var bytes: [UInt8] = []
        _ = try writer.write(book, to: .stream { bytes.append(contentsOf: $0) }, options: WriterOptions())
        return try folder.write("book.xlsx", bytes)
    }

    /// Every row of a sheet, as text.
    static func rows(_ path: String, sheet: String) throws -> [[String]] {
        let cursor = try TableFile.open(path: path, sheet: sheet)
        var rows: [[String]] = []
        while let row = try cursor.next() { rows.append(row.strings()) }
        return rows
    }

    @Test func theWorkbookHasAGradebookSheetPerClassAndSubjectThenResultsAndProblems() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-xlsx")
        let path = try Self.workbook(TestBooks.school(), in: folder)
        #expect(try TableFile.kind(of: path) == .xlsx)
        #expect(
            try TableFile.sheetNames(path: path) == [
                "7А Математика", "8Ә Қазақ тілі", "— Қазақ тілі", "Results", "Problems",
            ])
    }

    @Test func aGradebookSheetHasPupilsByAssessmentsWithMaximaScoresAndStatuses() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-xlsx")
        let path = try Self.workbook(TestBooks.school(), in: folder)
        let rows = try Self.rows(path, sheet: "7А Математика")
        #expect(rows[0] == ["Ученик", "id", "СОР 1 по разделу «Дроби»", "СОЧ за 2 четверть", "ФО"])
        #expect(rows[1] == ["Четверть", "", "2025-2026/Q1", "2025-2026/Q2"])
        #expect(rows[2] == ["Макс.", "", "20", "30", "10"])
        #expect(rows[3] == ["Серікқызы Аружан Болатұлы", "p1", "18.5", "27", "сдано"])
        #expect(rows[4] == ["Иванова Мария Болатұлы", "p2", "Missing", "Excused"])
        #expect(rows[5] == ["Ким Алексей Болатұлы", "p3", "н", "осв"])
        #expect(rows.count == 6)
    }

    @Test func theResultsSheetHoldsWhatTheResultsCSVHolds() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-xlsx")
        let book = TestBooks.school()
        let path = try Self.workbook(book, in: folder)
        let sheet = try Self.rows(path, sheet: "Results")
        let csvPath = try folder.write("results.csv", ResultsCSVWriter().encode(book))
        let csv = try CSVFile(csvPath)
        #expect(sheet.first == ResultsCSVWriter.columns)
        #expect(sheet.count == book.results.count + 1)
        for (written, expected) in zip(sheet.dropFirst(), csv.rows) {
            // A workbook row ends at its last filled cell; the CSV's cells are guarded text.
            var padded = written
            padded += Array(repeating: "", count: max(0, expected.count - padded.count))
            #expect(padded == expected.map(FormulaGuard.unguarded))
        }
        #expect(sheet[1][9...11] == ["18.5", "20", "92.5"])
    }

    @Test func problemsListEveryErrorAndWarningWithItsPlace() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-xlsx")
        var builder = GradebookBuilder()
        builder.beginSource(file: "7A.csv", platform: "test", export: "test")
        builder.add(Person(id: "p1", familyName: "Ким", givenName: "Алексей"))
        builder.add(
            Assessment(id: "a", title: "СОР 1", kind: .sectionSummative, maxScore: 10, subject: "m", class: "7A"))
        builder.add(
            AssessmentResult(
                person: "p1", assessment: "a", status: .graded, score: 12, raw: "12",
                source: builder.reference(line: 3, column: 4)))
        builder.add(
            AssessmentResult(
                person: "p1", assessment: "a", status: .graded, score: -1, raw: "-1",
                source: builder.reference(line: 4, column: 4)))
        builder.diagnose(.info, .inferredValue, "a note, not a problem")
        let path = try Self.workbook(builder.build(), in: folder)
        let problems = try Self.rows(path, sheet: "Problems")
        #expect(
            problems == [
                ["severity", "code", "file", "line", "column", "message"],
                [
                    "warning", "score-above-maximum", "7A.csv", "3", "4",
                    "score 12 is above the maximum 10; kept as written",
                ],
                ["error", "negative-score", "7A.csv", "4", "4", "negative score -1 rejected"],
            ])
        // The score above its maximum is kept as a number in the gradebook sheet.
        #expect(try Self.rows(path, sheet: "7A m")[3] == ["Ким Алексей", "p1", "12"])
    }

    @Test func sheetNamesAreMadeValidAndUnique() throws {
        let folder = try TemporaryFolder(prefix: "gradeport-xlsx")
        var builder = GradebookBuilder()
        builder.beginSource(file: "x.csv", platform: "test", export: "test")
        builder.add(SchoolClass(id: "c1", name: "7/А: [группа]*?"))
        builder.add(SchoolClass(id: "c2", name: "7/А: [группа]"))
        builder.add(Subject(id: "s", name: "Очень длинное название предмета"))
        builder.add(Assessment(id: "a1", title: "A", kind: .formative, subject: "s", class: "c1"))
        builder.add(Assessment(id: "a2", title: "B", kind: .formative, subject: "s", class: "c2"))
        let path = try Self.workbook(builder.build(), in: folder)
        let names = try TableFile.sheetNames(path: path)
        #expect(names == ["7_А_ _группа___ Очень длинное н", "7_А_ _группа_ Очень длинное наз", "Results", "Problems"])
        #expect(names.allSatisfy { $0.count <= 31 })
    }

    @Test func aWorkbookThatCannotBeWrittenIsAnError() throws {
        let error = try #require(throws: InterchangeError.self) {
            try XLSXGradebookWriter().write(
                TestBooks.school(), toFile: "/no/such/folder/book.xlsx", temporaryFolder: NSTemporaryDirectory())
        }
        #expect(error.message.hasPrefix("the workbook cannot be written: "))
        #expect(error.isDestinationProblem)
    }
}
