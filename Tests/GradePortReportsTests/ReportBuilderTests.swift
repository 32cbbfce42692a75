import GradePortCore
import Testing

@testable import GradePortReports

/// Report rows, annual rows, class summaries and filters, from gradebooks built record by record.
@Suite struct ReportBuilderTests {
    static func build(
        _ maker: GradebookMaker, _ options: ReportOptions = ReportOptions()
    ) throws(ReportFilterError)
        -> GradeReport
    {
        try ReportBuilder(policy: .kazakhstan, options: options).build(from: maker.book)
    }

    static func decimal(_ text: String) -> DecimalNumber { DecimalNumber(parsing: text)! }

    @Test func theWorkedExampleBecomesARowWithNamesNotIds() throws {
        var maker = GradebookMaker.quarter()
        for (assessment, score) in [("fo1", "8"), ("fo2", "7"), ("sor1", "12"), ("sor2", "7"), ("soch", "16")] {
            maker.result("p1", assessment, score)
        }
        let report = try Self.build(maker)
        let row = try #require(report.rows.first { $0.student.id == "p1" })
        #expect(row.student.fullName == "Ахметов Нұрлан")
        #expect(row.className == "7А")
        #expect(row.subject == "Математика")
        #expect(row.period?.label == "2025-2026/Q1")
        #expect(row.period?.displayName == "1 четверть 2025-2026")
        #expect(row.formativePercent == Self.decimal("75"))
        #expect(row.sectionPercent == Self.decimal("76"))
        #expect(row.termPercent == Self.decimal("80"))
        #expect(row.totalPercent == Self.decimal("77.75"))
        #expect(row.roundedPercent == 78)
        #expect(row.mark == 4)
        #expect(row.warnings.isEmpty)
        #expect(row.missingSummatives.isEmpty)
    }

    @Test func everyEnrolledStudentGetsARowAndMissingSummativesAreNamed() throws {
        var maker = GradebookMaker.quarter()
        maker.result("p1", "sor1", "15")
        maker.result("p1", "sor2", nil, status: .absent)
        maker.result("p1", "soch", "20")
        let report = try Self.build(maker)
        #expect(report.rows.map(\.student.id) == ["p1", "p2", "p3"])
        let p1 = report.rows[0]
        #expect(p1.sectionPercent == Self.decimal("100"))
        #expect(p1.mark == 5)
        #expect(p1.missingSummatives == ["СОР 2"])
        #expect(
            p1.warnings == [
                .grading(.notGraded(title: "СОР 2", status: .absent)),
                .grading(.weightSpread(missing: [.formative], over: [.sectionSummative, .termSummative])),
            ])
        let p2 = report.rows[1]
        #expect(p2.mark == nil)
        #expect(p2.missingSummatives == ["СОР 1", "СОР 2", "СОЧ"])
        #expect(
            p2.warnings == [
                .grading(.noCountedResults(ignored: [])), .noResult(title: "СОР 1"), .noResult(title: "СОР 2"),
                .noResult(title: "СОЧ"),
            ])
        let summary = try #require(report.classes.first)
        #expect(summary.students == 3)
        #expect(summary.withoutMark == 2)
        #expect(summary.marks.map(\.mark) == [2, 3, 4, 5])
        #expect(summary.count(of: 5) == 1)
        #expect(summary.missingSummatives.map(\.student.id) == ["p1", "p2", "p3"])
        #expect(summary.missingSummatives[0].titles == ["СОР 2"])
    }

    @Test(arguments: [ResultStatus.missing, .absent, .excused, .exempt, .submitted])
    func nonGradedResultsAreNotZerosInTheReport(status: ResultStatus) throws {
        var maker = GradebookMaker.quarter()
        maker.result("p1", "fo1", "10")
        maker.result("p1", "sor1", "15")
        maker.result("p1", "sor2", nil, status: status)
        maker.result("p1", "soch", nil, status: status)
        let row = try #require(try Self.build(maker).rows.first)
        #expect(row.sectionPercent == Self.decimal("100"))
        #expect(row.termPercent == nil)
        #expect(row.mark == 5)
        #expect(row.warnings.contains(.grading(.notGraded(title: "СОЧ", status: status))))
        #expect(row.warnings.map(\.message).contains("'СОЧ' is \(status.rawValue): left out, not counted as zero"))
    }

    @Test func summariesCountMarksBandsAveragesQualityAndProgress() throws {
        var maker = GradebookMaker.quarter()
        // p1: СОР 15/25 = 60 %, СОЧ 18/20 = 90 %; p2: СОР 23/25 = 92 %, СОЧ 7/20 = 35 %; p3: СОР 5/25 = 20 %, СОЧ 5/20 = 25 %.
        for (person, sor1, sor2, soch) in [("p1", "9", "6", "18"), ("p2", "13", "10", "7"), ("p3", "3", "2", "5")] {
            maker.result(person, "fo1", "10")
            maker.result(person, "sor1", sor1)
            maker.result(person, "sor2", sor2)
            maker.result(person, "soch", soch)
        }
        let report = try Self.build(maker)
        // Totals: p1 25 + 15 + 45 = 85 → 5; p2 25 + 23 + 17.5 = 65.5 → 66 → 4; p3 25 + 5 + 12.5 = 42.5 → 43 → 3.
        #expect(report.rows.map(\.mark) == [5, 4, 3])
        let summary = try #require(report.classes.first)
        #expect(summary.marks.map(\.count) == [0, 1, 1, 1])
        #expect(
            summary.sectionBands
                == {
                    var bands = BandCounts()
                    bands.high = 1
                    bands.middle = 1
                    bands.low = 1
                    return bands
                }())
        #expect(summary.termBands.high == 1)
        #expect(summary.termBands.low == 2)
        #expect(summary.averages.sectionPercent == Self.decimal("57.33"))
        #expect(summary.averages.termPercent == Self.decimal("50"))
        #expect(summary.averages.totalPercent == Self.decimal("64.33"))
        #expect(summary.averages.mark == Self.decimal("4"))
        #expect(summary.quality == Self.decimal("66.67"))
        #expect(summary.progress == Self.decimal("100"))
    }

    @Test func aBandCountsTheRoundedPercentage() {
        #expect(PercentBand(Self.decimal("84.5")) == .high)
        #expect(PercentBand(Self.decimal("84.49")) == .middle)
        #expect(PercentBand(Self.decimal("39.5")) == .middle)
        #expect(PercentBand(Self.decimal("39.49")) == .low)
        #expect(PercentBand(Self.decimal("104")) == .high)
    }

    @Test func thePlatformsMarkIsComparedWithTheComputedOne() throws {
        var maker = GradebookMaker.quarter()
        maker.assessment("q", "Четвертная", .final, max: "5")
        maker.assessment("overall", "Overall", .final, max: "100")
        for person in ["p1", "p2", "p3"] { maker.result(person, "soch", "17", max: "20") }  // 85 % → 5
        maker.result("p1", "q", "5", max: "5")
        maker.result("p2", "q", "4", max: "5")
        maker.result("p3", "q", "4.5", max: "5")
        maker.assessment("q-old", "Четвертная (1–5)", .final)
        maker.result("p3", "q-old", "1")
        maker.result("p1", "overall", "84.4", max: "100")
        let rows = try Self.build(maker).rows
        #expect(rows[0].platformMark == PlatformMark(title: "Четвертная", mark: 5, raw: "5"))
        #expect(rows[0].warnings.contains(.platformMarkDiffers(title: "Overall", platform: 4, computed: 5)))
        #expect(rows[1].warnings.contains(.platformMarkDiffers(title: "Четвертная", platform: 4, computed: 5)))
        #expect(rows[1].warnings.last?.message == "the platform's mark 'Четвертная' is 4, the computed mark is 5")
        #expect(rows[2].warnings.contains(.platformMarkUnreadable(title: "Четвертная", raw: "4.5")))
        #expect(rows[2].warnings.contains(.platformMarkDiffers(title: "Четвертная (1–5)", platform: 1, computed: 5)))
    }

    @Test func aTermWithoutASchoolYearUsesTheOptionOrTheLatestRuleWithAWarning() throws {
        var maker = GradebookMaker()
        maker.schoolClass("7a", "7Б", grade: 7)
        maker.subject("math", "алгебра")
        maker.term("q1", kind: .quarter, number: 3)
        maker.student("p1", "Алиева", "Камила", in: "7a")
        maker.assessment("fo1", "ФО", .formative, max: "10")
        maker.assessment("soch", "СОЧ", .termSummative, max: "10")
        maker.result("p1", "fo1", "2")
        maker.result("p1", "soch", "8")
        // 2019-2020: СОЧ only counts → 80 % → 4; the latest rule (2020-2021…): (25·20 + 50·80) / 75 = 60 → 3.
        let latest = try #require(try Self.build(maker).rows.first)
        #expect(latest.mark == 3)
        #expect(
            latest.warnings.first
                == .schoolYearAssumed(term: "q1", year: SchoolYear(startYear: 2020), fromOption: false))
        #expect(
            latest.warnings.first?.message
                == "the term 'q1' names no school year: the rules of 2020-2021, the latest, were used; give --school-year to choose"
        )
        let chosen = try #require(
            try Self.build(maker, ReportOptions(schoolYear: SchoolYear(startYear: 2019))).rows.first)
        #expect(chosen.mark == 4)
        #expect(
            chosen.warnings.first == .schoolYearAssumed(term: "q1", year: SchoolYear(startYear: 2019), fromOption: true)
        )
    }

    @Test func aTermsSchoolYearComesFromItsIdOrDates() throws {
        var maker = GradebookMaker()
        maker.schoolClass("7a", "7А", grade: 7)
        maker.term("2018-2019/Q2", kind: .quarter, number: 2)
        maker.term("p9", kind: .quarter, number: 1, start: "2017-09-01")
        maker.student("p1", "Ким", "Алексей", in: "7a")
        maker.assessment("fo-a", "ФО", .formative, max: "10", term: "2018-2019/Q2")
        maker.assessment("fo-b", "ФО", .formative, max: "10", term: "p9")
        maker.result("p1", "fo-a", "9")
        maker.result("p1", "fo-b", "9")
        let rows = try Self.build(maker).rows
        #expect(rows.count == 2)
        for row in rows {
            #expect(row.mark == nil)
            #expect(row.warnings.contains(.grading(.noCountedResults(ignored: [.formative]))))
        }
    }

    @Test func noRuleForTheYearMeansNoMark() throws {
        var maker = GradebookMaker.quarter()
        maker.book.terms[0] = Term(id: "q1", schoolYear: "2012-2013", kind: .quarter, number: 1)
        maker.result("p1", "soch", "20")
        let row = try #require(try Self.build(maker).rows.first)
        #expect(row.mark == nil)
        #expect(row.warnings.first == .noPolicyRule(year: SchoolYear(startYear: 2012), grade: 7))
    }

    // MARK: - Annual rows

    static func year(
        marks: [String: [Int?]], platformQuarter: [String: [Int?]] = [:], platformYear: [String: Int] = [:]
    )
        -> GradebookMaker
    {
        var maker = GradebookMaker()
        maker.schoolClass("7a", "7А", grade: 7)
        maker.subject("math", "Математика")
        for quarter in 1...4 { maker.term("2025-2026/Q\(quarter)", year: "2025-2026", number: quarter) }
        maker.term("2025-2026/Y", year: "2025-2026", kind: .year)
        maker.assessment("year", "годовая", .final, max: "5", term: "2025-2026/Y")
        for quarter in 1...4 {
            maker.assessment("soch\(quarter)", "СОЧ", .termSummative, max: "100", term: "2025-2026/Q\(quarter)")
            maker.assessment("q\(quarter)", "\(quarter) четверть", .final, max: "5", term: "2025-2026/Q\(quarter)")
        }
        let percentFor = [2: "30", 3: "50", 4: "70", 5: "90"]
        for (person, list) in marks.sorted(by: { $0.key < $1.key }) {
            maker.student(person, person, "", in: "7a")
            for (offset, mark) in list.enumerated() {
                if let mark { maker.result(person, "soch\(offset + 1)", percentFor[mark]!) }
            }
            for (offset, mark) in (platformQuarter[person] ?? []).enumerated() {
                if let mark { maker.result(person, "q\(offset + 1)", String(mark), max: "5") }
            }
            if let mark = platformYear[person] { maker.result(person, "year", String(mark), max: "5") }
        }
        return maker
    }

    @Test(arguments: [
        ([4, 4, 5, 5], "4.5", 5), ([3, 4, 4, 4], "3.75", 4), ([3, 3, 4, 4], "3.5", 4), ([2, 3, 2, 2], "2.25", 2),
    ])
    func annualMarksAreTheRoundedMeanOfTheQuarterMarks(marks: [Int], mean: String, mark: Int) throws {
        let report = try Self.build(Self.year(marks: ["a": marks]))
        let annual = try #require(report.rows.last)
        #expect(annual.isAnnual)
        #expect(annual.period?.label == "2025-2026/Y")
        #expect(annual.period?.displayName == "Год 2025-2026")
        #expect(annual.termMarks == marks)
        #expect(annual.meanMark == Self.decimal(mean))
        #expect(annual.mark == mark)
        #expect(annual.warnings.isEmpty)
        #expect(report.rows.filter(\.isAnnual).count == 1)
    }

    @Test func anAnnualMarkFromThreeQuartersSaysSo() throws {
        let report = try Self.build(Self.year(marks: ["a": [3, 4, 4, nil]]))
        let annual = try #require(report.rows.last)
        #expect(annual.termMarks == [3, 4, 4])
        #expect(annual.meanMark == Self.decimal("3.67"))
        #expect(annual.mark == 4)
        #expect(annual.warnings == [.grading(.partialYear(terms: 3, of: 4))])
    }

    @Test func theAnnualMeanTakesThePlatformsQuarterMarkWhereNothingIsComputedAndComparesTheYear() throws {
        let maker = Self.year(
            marks: ["a": [nil, 4, 5, 5]], platformQuarter: ["a": [4, 4, 5, 5]], platformYear: ["a": 4])
        let report = try Self.build(maker)
        // The year-long term's row is folded into the annual row.
        #expect(!report.rows.contains { $0.period?.id == "2025-2026/Y" && !$0.isAnnual })
        let annual = try #require(report.rows.last)
        #expect(annual.termMarks == [4, 4, 5, 5])
        #expect(annual.mark == 5)
        #expect(annual.platformMark?.mark == 4)
        #expect(
            annual.warnings == [
                .platformMarkUsed(period: "1 четверть 2025-2026", mark: 4),
                .platformMarkDiffers(title: "годовая", platform: 4, computed: 5),
            ])
    }

    @Test func oneQuarterAloneMakesNoAnnualRow() throws {
        let report = try Self.build(Self.year(marks: ["a": [4, nil, nil, nil]]))
        #expect(report.rows.allSatisfy { !$0.isAnnual })
    }

    // MARK: - Filters and order

    static func twoClasses(termNames: Bool = true) -> GradebookMaker {
        var maker = GradebookMaker()
        maker.schoolClass("7a", "7А", grade: 7)
        maker.schoolClass("7b", "7Б", grade: 7)
        maker.subject("math", "Математика")
        maker.subject("kaz", "Қазақ тілі")
        maker.term("q1", year: "2025-2026", number: 1, name: termNames ? "1 четверть" : nil)
        maker.term("q2", year: "2025-2026", number: 2, name: termNames ? "2 четверть" : nil)
        maker.student("b1", "Борисов", "Борис", in: "7b")
        maker.student("a1", "Абаев", "Асан", in: "7a")
        for (classID, subject, term) in [
            ("7b", "math", "q2"), ("7a", "kaz", "q1"), ("7a", "math", "q2"), ("7a", "math", "q1"), ("7b", "kaz", "q1"),
        ] {
            let id = "\(classID)-\(subject)-\(term)"
            maker.assessment(id, "СОЧ", .termSummative, max: "10", subject: subject, class: classID, term: term)
            maker.result(classID == "7a" ? "a1" : "b1", id, "7")
        }
        return maker
    }

    /// 7А has Математика in two quarters, so it also has an annual row after them.
    @Test func rowsAreOrderedByClassSubjectTermAndStudentInTheGradebooksOrder() throws {
        let report = try Self.build(Self.twoClasses())
        let order = report.rows.map { "\($0.className!) \($0.subject!) \($0.period!.label)" }
        #expect(
            order == [
                "7А Математика 2025-2026/Q1", "7А Математика 2025-2026/Q2", "7А Математика 2025-2026/Y",
                "7А Қазақ тілі 2025-2026/Q1",
                "7Б Математика 2025-2026/Q2", "7Б Қазақ тілі 2025-2026/Q1",
            ])
        #expect(report.classes.count == 6)
    }

    @Test(arguments: [
        (ReportOptions(classes: ["7A"]), 4), (ReportOptions(classes: ["7а", "7Б"]), 6),
        (ReportOptions(subjects: ["қазақ тілі"]), 2), (ReportOptions(terms: ["Q2"]), 2),
        (ReportOptions(terms: ["2025-2026/Q1"]), 3), (ReportOptions(terms: ["2 четверть"]), 2),
        (ReportOptions(terms: ["2025-2026"]), 6), (ReportOptions(terms: ["Y"]), 1),
        (ReportOptions(classes: ["7Б"], subjects: ["Математика"]), 1),
    ])
    func filtersKeepMatchingRows(options: ReportOptions, count: Int) throws {
        let report = try Self.build(Self.twoClasses(), options)
        #expect(report.rows.count == count)
    }

    /// Issue 15, item 14: `--term "2 четверть"` as the README documents it, also when the platform
    /// gave the term no name of its own (a journal's `Q2`).
    @Test(arguments: ["2 четверть", "2-я четверть", "II четверть", "четверть 2", "2-тоқсан", "2 четверть 2025-2026"])
    func termWrittenOutKeepsItsRows(term: String) throws {
        let report = try Self.build(Self.twoClasses(termNames: false), ReportOptions(terms: [term]))
        #expect(report.rows.map { $0.period!.label } == ["2025-2026/Q2", "2025-2026/Q2"])
    }

    @Test func termWrittenOutForAnotherYearIsRefused() throws {
        let error = #expect(throws: ReportFilterError.self) {
            try Self.build(Self.twoClasses(termNames: false), ReportOptions(terms: ["2 четверть 2024-2025"]))
        }
        #expect(
            error?.description
                == "no term in the inputs is '2 четверть 2024-2025'; terms: 2025-2026/Q1, 2025-2026/Q2, 2025-2026/Y")
    }

    @Test(arguments: [
        (ReportOptions(classes: ["8В"]), "no class in the inputs is '8В'; classes: 7А, 7Б"),
        (ReportOptions(subjects: ["Физика"]), "no subject in the inputs is 'Физика'; subjects: Математика, Қазақ тілі"),
        (ReportOptions(terms: ["Q4"]), "no term in the inputs is 'Q4'; terms: 2025-2026/Q1, 2025-2026/Q2, 2025-2026/Y"),
    ])
    func aFilterThatNamesNothingIsAnError(options: ReportOptions, message: String) {
        do {
            let report = try Self.build(Self.twoClasses(), options)
            Issue.record("no error; \(report.rows.count) rows")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func resultsOfOtherKindsAreNamedNotCounted() throws {
        var maker = GradebookMaker.quarter()
        maker.assessment("exam", "Экзамен", .exam, max: "100")
        maker.result("p1", "soch", "6")
        maker.result("p1", "exam", "100")
        let row = try #require(try Self.build(maker).rows.first)
        #expect(row.mark == 2)
        #expect(row.warnings.contains(.notCounted(titles: ["Экзамен"])))
    }

    @Test func resultsWithoutAClassTakeTheStudentsEnrolledClass() throws {
        var maker = GradebookMaker.quarter()
        maker.assessment("q", "Четвертная", .final, max: "5", class: nil)
        maker.result("p1", "soch", "20")
        maker.result("p1", "q", "5", max: "5")
        let rows = try Self.build(maker).rows
        #expect(rows.count == 3)
        #expect(rows[0].platformMark?.mark == 5)
        #expect(rows[0].className == "7А")
    }
}
