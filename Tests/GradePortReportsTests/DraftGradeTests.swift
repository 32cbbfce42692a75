import GradePortCore
import Testing

@testable import GradePortReports

/// Draft grades (Classroom's `draftGrade`, including the 0 Classroom puts on missing work) are not
/// final marks: a report leaves them out of term marks and says so in the row, unless asked to count
/// them (issue 15, item 3).
@Suite struct DraftGradeTests {
    /// The worked example (mark 4 from final grades) with a second СОЧ whose grade is a draft 0, the
    /// way a Classroom dump holds work a pupil never turned in.
    static func maker() -> GradebookMaker {
        var maker = GradebookMaker.quarter()
        maker.assessment("soch2", "СОЧ 2", .termSummative, max: "20")
        for (assessment, score) in [("fo1", "8"), ("fo2", "7"), ("sor1", "12"), ("sor2", "7"), ("soch", "16")] {
            maker.result("p1", assessment, score)
        }
        maker.result("p1", "soch2", "0")
        maker.book.results[maker.book.results.count - 1].draft = true
        return maker
    }

    @Test func draftsAreLeftOutOfTheMarkAndNamed() throws {
        let report = try ReportBuilder(policy: .kazakhstan, options: ReportOptions()).build(from: Self.maker().book)
        let row = try #require(report.rows.first { $0.student.id == "p1" })
        // As if СОЧ 2 had no grade yet: СОЧ 16/20 → 80 %, total 77.75 → 78 → 4 (the CSV export's mark).
        #expect(row.termPercent == DecimalNumber(parsing: "80"))
        #expect(row.mark == 4)
        #expect(row.missingSummatives == ["СОЧ 2"])
        #expect(row.warnings.contains(.drafts(titles: ["СОЧ 2"], counted: false)))
        #expect(!row.warnings.contains(.noResult(title: "СОЧ 2")))
        #expect(
            ReportWarning.drafts(titles: ["СОЧ 2"], counted: false).message
                == "draft grades, not yet returned to the student, left out of the mark (--include-drafts counts "
                + "them): 'СОЧ 2'")
    }

    @Test func draftsCountOnRequestAndTheRowSaysSo() throws {
        let report = try ReportBuilder(policy: .kazakhstan, options: ReportOptions(includeDrafts: true)).build(
            from: Self.maker().book)
        let row = try #require(report.rows.first { $0.student.id == "p1" })
        // The draft 0 counts: СОЧ 16/40 → 40 %, total 18.75 + 19 + 20 = 57.75 → 58 → 3 (the mark 3).
        #expect(row.termPercent == DecimalNumber(parsing: "40"))
        #expect(row.mark == 3)
        #expect(row.missingSummatives.isEmpty)
        #expect(row.warnings.contains(.drafts(titles: ["СОЧ 2"], counted: true)))
    }
}
