import GradePortCore
import GradePortReports
import Testing

/// Issue 11, item 5: `report --trend`, each pupil's and class's percentages and marks quarter by
/// quarter, continuous across a platform switch.
@Suite struct TrendTests {
    /// A school that moved from Kundelik (Q1) to BilimClass (Q2): the same two children (by IIN),
    /// СОР /10 and СОЧ /20 in each quarter.
    static func platformSwitch() -> Gradebook {
        var builder = GradebookBuilder()
        let scores: [(platform: PlatformID, quarter: Int, scores: [(sor: Int, soch: Int)])] = [
            ("kundelik", 1, [(9, 18), (5, 10)]), ("bilimclass", 2, [(10, 19), (6, 14)]),
        ]
        for (platform, quarter, pupils) in scores {
            builder.beginSource(file: "\(platform).json", platform: platform, export: "api-dump")
            let classID = SchoolClass.ID(platform: platform, "class:7А")
            let subject = Subject.ID(platform: platform, "subject:math")
            let term = Term.ID(rawValue: "2025-2026/Q\(quarter)")
            builder.add(SchoolClass(id: classID, name: "7А", grade: 7))
            builder.add(Subject(id: subject, name: "Математика"))
            builder.add(Term(id: term, schoolYear: "2025-2026", kind: .quarter, number: quarter))
            for (index, name) in [("Ахметов", "Нұрлан"), ("Иванова", "Мария")].enumerated() {
                let person = Person.ID(platform: platform, "person:\(index)")
                builder.add(
                    Person(
                        id: person, familyName: name.0, givenName: name.1,
                        iin: index == 0 ? "120315500123" : "120520600456"))
                builder.add(Enrollment(person: person, class: classID))
            }
            for (kind, max) in [(AssessmentKind.sectionSummative, 10), (.termSummative, 20)] {
                let id = Assessment.ID(platform: platform, "\(kind.rawValue)-q\(quarter)")
                builder.add(
                    Assessment(
                        id: id, title: kind == .termSummative ? "СОЧ" : "СОР 1", kind: kind,
                        number: kind == .termSummative ? nil : 1, maxScore: DecimalNumber(max), subject: subject,
                        class: classID, term: term))
                for (index, score) in pupils.enumerated() {
                    builder.add(
                        AssessmentResult(
                            person: Person.ID(platform: platform, "person:\(index)"), assessment: id, status: .graded,
                            score: DecimalNumber(kind == .termSummative ? score.soch : score.sor),
                            source: builder.reference(line: 10 + index)))
                }
            }
        }
        return GradebookMerger(preference: .last).merge(builder.build())
    }

    @Test func aPupilsSeriesIsContinuousAcrossAPlatformSwitch() throws {
        let report = try ReportBuilder(policy: .kazakhstan, options: ReportOptions()).build(from: Self.platformSwitch())
        let series = TrendBuilder().series(of: report)
        #expect(series.map(\.kind) == [.pupil, .pupil, .class])
        let pupil = try #require(series.first { $0.student?.fullName.hasPrefix("Ахметов") == true })
        #expect(
            pupil.points.map(\.period.label) == ["2025-2026/Q1", "2025-2026/Q2", "2025-2026/Y"],
            "quarters, then the year")
        #expect(pupil.points.map(\.sectionPercent) == [90, 100, nil])
        #expect(pupil.points.map(\.termPercent) == [90, 95, nil])
        #expect(pupil.points.map(\.mark) == [5, 5, 5])
        let pupil2 = try #require(series.first { $0.student?.fullName.hasPrefix("Иванова") == true })
        #expect(pupil2.points.map(\.sectionPercent) == [50, 60, nil])
        #expect(pupil2.points.map(\.termPercent) == [50, 70, nil])
        let klass = try #require(series.last)
        #expect(klass.className == "7А" && klass.subject == "Математика")
        #expect(klass.points.map(\.period.label) == ["2025-2026/Q1", "2025-2026/Q2", "2025-2026/Y"])
        #expect(klass.points.map(\.sectionPercent) == [70, 80, nil])
        #expect(klass.points.map(\.termPercent) == [70, DecimalNumber(parsing: "82.5"), nil])
        #expect(klass.points.map(\.pupils) == [2, 2, 2])
    }

    @Test func csvAndJSONWriteOneLinePerPeriod() throws {
        let report = try ReportBuilder(policy: .kazakhstan, options: ReportOptions()).build(from: Self.platformSwitch())
        let series = TrendBuilder().series(of: report)
        let csv = String(decoding: TrendRenderer(format: .csv).render(series), as: UTF8.self)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines.first == TrendRenderer.columns.joined(separator: ","))
        #expect(lines.count == 1 + 9)
        #expect(lines.contains { $0.hasPrefix("class,,,,7А,Математика,2025-2026/Q2,,80,82.5,,") && $0.hasSuffix(",2") })
        let json = String(decoding: TrendRenderer(format: .json).render(series), as: UTF8.self)
        #expect(json.hasPrefix("{\"format\":\"gradeport-trend/1\",\n\"series\":["))
        #expect(json.contains("{\"term\":\"2025-2026/Q2\",\"sectionPercent\":80,\"termPercent\":82.5,"))
    }

    @Test func htmlDrawsTheClassLinesOverTheQuarters() throws {
        let report = try ReportBuilder(policy: .kazakhstan, options: ReportOptions()).build(from: Self.platformSwitch())
        let html = String(
            decoding: TrendRenderer(format: .html).render(TrendBuilder().series(of: report)), as: UTF8.self)
        // СОР 70 % then 80 %: x from the plot's left to its right, y = 276 − percent × 232 / 100.
        #expect(html.contains("<polyline points=\"56,114 624,91\" fill=\"none\" stroke=\"#f0a030\""))
        #expect(html.contains("<td>Ахметов Нұрлан</td><td>5</td><td>5</td><td>5</td>"))
    }

    @Test func noRowsGiveNoSeries() {
        let report = GradeReport(policy: .kazakhstan, rows: [], classes: [])
        #expect(TrendBuilder().series(of: report).isEmpty)
        #expect(
            String(decoding: TrendRenderer(format: .json).render([]), as: UTF8.self)
                == "{\"format\":\"gradeport-trend/1\",\n\"series\":[]\n}\n")
    }
}
