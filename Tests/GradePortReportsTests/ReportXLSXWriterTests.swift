import Foundation
import GradePortCore
import GradePortTesting
import TableReader
import Testing

@testable import GradePortReports

/// `report --format xlsx`: the workbook read back with GradePort's own XLSX reader holds the CSV's
/// rows (exact text, no formula guard needed in a string cell), the class summaries and the warnings.
@Suite struct ReportXLSXWriterTests {
    static func rows(_ path: String, sheet: String) throws -> [[String]] {
        let cursor = try TableFile.open(path: path, sheet: sheet)
        var rows: [[String]] = []
        while let row = try cursor.next() { rows.append(row.strings()) }
        return rows
    }

    @Test func theWorkbookHoldsTheRowsTheClassesAndTheWarnings() throws {
        let report = try RendererTests.report()
        let folder = try TemporaryFolder(prefix: "gradeport-report-xlsx")
        var bytes: [UInt8] = []
        try ReportXLSXWriter().write(report) { bytes.append(contentsOf: $0) }
        let path = try folder.write("report.xlsx", bytes)
        #expect(try TableFile.sheetNames(path: path) == ["7А 2025-2026-Q1", "Classes", "Warnings"])

        let rows = try Self.rows(path, sheet: "7А 2025-2026-Q1")
        #expect(rows[0] == ReportCSVRenderer.columns)
        #expect(
            rows[1] == [
                "p1", "Ахметов Нұрлан", "7А", "Математика", "2025-2026/Q1", "75", "76", "80", "77.75", "78", "4", "",
                "5",
                "", "the platform's mark 'Четвертная' is 5, the computed mark is 4",
            ])
        // A hostile name is text in a string cell, kept exactly (no formula runs from a string cell).
        #expect(rows[2][1].hasPrefix("=HYPERLINK(\"http://x\""))
        #expect(rows[2][13] == "СОР 2; СОЧ")
        #expect(rows.count == 4)

        let classes = try Self.rows(path, sheet: "Classes")
        #expect(classes[0] == ReportXLSXWriter.classColumns)
        #expect(classes[1][0...3] == ["7А", "Математика", "2025-2026/Q1", "3"])
        #expect(classes.count == 2)

        let warnings = try Self.rows(path, sheet: "Warnings")
        #expect(warnings[0] == ReportXLSXWriter.warningColumns)
        #expect(warnings.count == 1 + report.rows.reduce(0) { $0 + $1.warnings.count })
        #expect(warnings[1] == ["p1", "Ахметов Нұрлан", "7А", "Математика", "2025-2026/Q1", rows[1][14]])
    }
}
