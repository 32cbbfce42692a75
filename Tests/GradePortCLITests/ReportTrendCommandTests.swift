import Foundation
import GradePortTesting
import Testing

/// `gradeport report --trend` (issue 11, item 5) as a user runs it, and its refused options.
@Suite struct ReportTrendCommandTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let merge = ["kundelik-7A-dump.json", "7А Математика 2-тоқсан.csv", "bilimclass-7A-nurlanov.json"].map {
        fixtures.sample("Merge/" + $0)
    }

    @Test func theMergeSamplesGiveAPupilAndAClassSeries() throws {
        let run = try GradePortProcess.run(["report", "--trend", "--format", "csv"] + Self.merge)
        #expect(run.status == 0 || run.status == 1, "\(run.standardError)")
        #expect(run.standardError.contains("gradeport: report --trend: 14 pupil series, 1 class series; 0 row(s) without a term left out"))
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "kind,student_id,student,school,class,subject,term,formative_percent,section_percent,"
                + "term_percent,mark,mean_mark,pupils")
        #expect(lines.contains { $0.hasPrefix("class,,,,7А,Математика,2025-2026/Q2,79.39,75.26,75.71,,4.14,14") })
    }

    @Test func htmlDrawsALineChartPerClass() throws {
        let run = try GradePortProcess.run(["report", "--trend", "--format", "html"] + Self.merge)
        #expect(run.status == 0 || run.status == 1, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(run.standardOutput.contains("<h2>7А · Математика</h2>"))
        #expect(run.standardOutput.components(separatedBy: "<svg ").count == 2)
        #expect(run.standardOutput.contains("<td>Иванова Мария Петровна</td><td>5</td>"))
    }

    @Test(arguments: [
        (["--by", "school"], "--trend reports pupils and classes; leave out --by")
    ])
    func refusedOptionsAreUsageErrors(options: [String], message: String) throws {
        let run = try GradePortProcess.run(["report", "--trend"] + options + Self.merge)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message))
    }
}
