import GradePortCore
import Testing

@testable import GradePortReports

/// Issue 11, item 5: `report --by class|school|city` and `--school`.
@Suite struct SchoolReportTests {
    /// Школа 1 with 7А and 7Б, Школа 2 with its own 7А; one student each, СОР /20 and СОЧ /25 in
    /// 2025-2026 Q1: marks 4 (90 %, 80 %), 3 (50 %, 60 %) and 5 (100 %, 100 %).
    static func city() -> GradebookMaker {
        var maker = GradebookMaker()
        maker.school("school:1", "Школа 1")
        maker.school("school:2", "Школа 2")
        maker.schoolClass("7a@1", "7А", grade: 7, school: "school:1")
        maker.schoolClass("7b@1", "7Б", grade: 7, school: "school:1")
        maker.schoolClass("7a@2", "7А", grade: 7, school: "school:2")
        maker.subject("math", "Математика")
        maker.term("q1", year: "2025-2026", number: 1, name: "1 четверть")
        let pupils = [("p1", "7a@1", "18", "20"), ("p2", "7b@1", "10", "15"), ("p3", "7a@2", "20", "25")]
        for (person, classID, sor, soch) in pupils {
            maker.student(person, "Иванов", "Иван", in: classID)
            maker.assessment("sor@" + classID, "СОР 1", .sectionSummative, max: "20", class: classID)
            maker.assessment("soch@" + classID, "СОЧ", .termSummative, max: "25", class: classID)
            maker.result(person, "sor@" + classID, sor)
            maker.result(person, "soch@" + classID, soch)
        }
        return maker
    }

    static func report(_ level: SummaryLevel, schools: [String] = []) throws -> GradeReport {
        var options = ReportOptions()
        options.level = level
        options.schools = schools
        return try ReportBuilder(policy: .kazakhstan, options: options).build(from: city().book)
    }

    @Test func twoSchoolsSameNamedClassesAreSummarisedApart() throws {
        let report = try Self.report(.class)
        #expect(report.rows.map(\.mark) == [4, 3, 5])
        #expect(report.rows.map(\.school) == ["Школа 1", "Школа 1", "Школа 2"])
        #expect(report.classes.map(\.label) == ["7А (Школа 1)", "7Б (Школа 1)", "7А (Школа 2)"])
        #expect(report.classes.map(\.students) == [1, 1, 1])
        #expect(report.groups.isEmpty)
    }

    @Test func bySchoolSummarisesEachSchoolsGrade() throws {
        let report = try Self.report(.school)
        #expect(report.groups.map(\.label) == ["Школа 1, 7 классы", "Школа 2, 7 классы"])
        #expect(report.groups.map(\.students) == [2, 1])
        #expect(report.groups[0].marks.map(\.count) == [0, 1, 1, 0])  // «2» «3» «4» «5»
        #expect(report.groups[0].quality == 50)
        #expect(report.groups[0].progress == 100)
        #expect(report.groups[0].averages.sectionPercent == 70)
        #expect(report.groups[0].averages.termPercent == 70)
        #expect(report.groups[1].quality == 100)
        #expect(report.groups.map(\.platformMarkDifferences) == [0, 0])
    }

    @Test func byCitySummarisesEveryGradeOverAllSchools() throws {
        let report = try Self.report(.city)
        #expect(report.groups.map(\.label) == ["Все школы, 7 классы"])
        #expect(report.groups[0].students == 3)
        #expect(report.groups[0].marks.map(\.count) == [0, 1, 1, 1])
        #expect(report.groups[0].quality?.description == "66.67")
        #expect(report.groups[0].progress == 100)
    }

    @Test func schoolFilterKeepsOneSchoolComparedFolded() throws {
        let report = try Self.report(.class, schools: ["школа 2"])
        #expect(report.rows.map(\.mark) == [5])
        // One school left: rows no longer need to name it.
        #expect(report.rows.map(\.school) == [nil])
        #expect(throws: ReportFilterError(dimension: .school, value: "Школа 9", known: ["Школа 1", "Школа 2"])) {
            try Self.report(.class, schools: ["Школа 9"])
        }
    }

    @Test func everyFormatShowsTheSchoolSummaries() throws {
        let report = try Self.report(.school)
        let json = String(decoding: ReportJSONRenderer().render(report), as: UTF8.self)
        #expect(
            json.contains("\n\"by\":\"school\",\n\"schools\":[\n{\"class\":null,\"school\":\"Школа 1\",\"grade\":7,"))
        #expect(json.hasSuffix("\"platformMarkDifferences\":0,\"missingSummatives\":[]}\n]\n}\n"))
        let csv = String(decoding: ReportCSVRenderer().render(report), as: UTF8.self)
        let lines = csv.split(separator: "\n")
        #expect(lines[0] == Substring(ReportCSVRenderer.groupColumns.joined(separator: ",")))
        #expect(lines[1].hasPrefix("Школа 1,7,Математика,2025-2026/Q1,2,5:0 4:1 3:1 2:0,0,50,100,"))
        #expect(lines.count == 3)
        let table = String(decoding: ReportTableRenderer().render(report), as: UTF8.self)
        #expect(table.contains("Сводка по школам\n\nШкола 1, 7 классы · Математика · 1 четверть 2025-2026\n"))
        let html = String(decoding: ReportHTMLRenderer().render(report), as: UTF8.self)
        #expect(html.contains("<h2>Сравнение школ</h2>"))
        #expect(html.contains("id=\"g1-marks\""))
        #expect(html.contains("<th>Школа, параллель</th>"))
        #expect(html.contains("<td>Школа 2, 7 классы</td>"))
    }
}
