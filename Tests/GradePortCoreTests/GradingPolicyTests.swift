import Testing

@testable import GradePortCore

/// The Kazakhstan grading rules: weights by school year, exact half-up rounding, the scale,
/// spread weights, non-graded results and annual marks.
@Suite struct GradingPolicyTests {
    static let current = GradingPolicy.kazakhstan.entry(for: SchoolYear(startYear: 2025), grade: 7)!
    static let old = GradingPolicy.kazakhstan.entry(for: SchoolYear(startYear: 2018), grade: 7)!

    static func work(
        _ title: String, _ component: GradingComponent, _ score: String?, _ max: String?,
        _ status: ResultStatus = .graded
    ) -> GradedWork {
        GradedWork(
            title: title, component: component, status: status, score: score.flatMap { DecimalNumber(parsing: $0) },
            maxScore: max.flatMap { DecimalNumber(parsing: $0) })
    }

    /// A СОЧ alone gives its own percentage as the total (its weight spread over nothing else).
    @Test(arguments: [
        ("39.5", "39.5", 40, 3), ("39.49", "39.49", 39, 2), ("39.499999", "39.49", 39, 2), ("40", "40", 40, 3),
        ("64.5", "64.5", 65, 4), ("64.49", "64.49", 64, 3), ("65", "65", 65, 4), ("84.5", "84.5", 85, 5),
        ("84.49", "84.49", 84, 4), ("85", "85", 85, 5), ("0", "0", 0, 2), ("100", "100", 100, 5),
        ("64.46", "64.46", 64, 3),
    ])
    func boundariesRoundHalfUpThenMapThroughTheScale(score: String, shown: String, rounded: Int, mark: Int) {
        let grade = Self.current.termGrade(of: [Self.work("СОЧ", .termSummative, score, "100")])
        #expect(grade.roundedPercent == rounded)
        #expect(grade.mark == mark)
        #expect(grade.totalPercent == DecimalNumber(parsing: shown))
    }

    @Test func theWorkedExampleOfTheReferenceNotes() {
        let grade = Self.current.termGrade(of: [
            Self.work("ФО 1", .formative, "8", "10"), Self.work("ФО 2", .formative, "7", "10"),
            Self.work("СОР 1", .sectionSummative, "12", "15"), Self.work("СОР 2", .sectionSummative, "7", "10"),
            Self.work("СОЧ", .termSummative, "16", "20"),
        ])
        #expect(grade.formativePercent == DecimalNumber(parsing: "75"))
        #expect(grade.sectionPercent == DecimalNumber(parsing: "76"))
        #expect(grade.termPercent == DecimalNumber(parsing: "80"))
        #expect(grade.totalPercent == DecimalNumber(parsing: "77.75"))
        #expect(grade.roundedPercent == 78)
        #expect(grade.mark == 4)
        #expect(grade.warnings.isEmpty)
    }

    /// 128.999999 / 200 is 64.4999995 %: from full precision it is 64 and a 3.
    ///
    /// Rounding the percentage to six digits first would make it 64.5 and a 4. The shown total is cut,
    /// never rounded up to the half.
    @Test func roundingIsFromFullPrecisionNotFromARoundedDisplay() {
        let grade = Self.current.termGrade(of: [Self.work("СОЧ", .termSummative, "128.999999", "200")])
        #expect(grade.roundedPercent == 64)
        #expect(grade.mark == 3)
        #expect(grade.totalPercent == DecimalNumber(parsing: "64.49"))
        #expect(grade.termPercent == DecimalNumber(parsing: "64.5"))
    }

    /// ФО is a mean of ratios, СОР a ratio of sums: 1/3 and 1/1 average to 2/3, while (1+3)/(3+3) is 2/3 too,
    /// but 1/2 and 9/10 average to 70 % where (1+9)/(2+10) is 83.33 %.
    @Test func formativeIsAMeanOfRatiosSummativeARatioOfSums() {
        let grade = Self.current.termGrade(of: [
            Self.work("ФО 1", .formative, "1", "2"), Self.work("ФО 2", .formative, "9", "10"),
            Self.work("СОР 1", .sectionSummative, "1", "2"), Self.work("СОР 2", .sectionSummative, "9", "10"),
            Self.work("СОЧ", .termSummative, "1", "3"),
        ])
        #expect(grade.formativePercent == DecimalNumber(parsing: "70"))
        #expect(grade.sectionPercent == DecimalNumber(parsing: "83.33"))
        #expect(grade.termPercent == DecimalNumber(parsing: "33.33"))
        // 25·0.7 + 25·(10/12) + 50·(1/3) = 17.5 + 20.8333… + 16.6666… = 55
        #expect(grade.totalPercent == DecimalNumber(parsing: "55"))
        #expect(grade.mark == 3)
    }

    struct SpreadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var works: [GradedWork]
        var total: String
        var mark: Int
        var missing: [GradingComponent]
        var over: [GradingComponent]
        var testDescription: String { name }
    }

    @Test(arguments: [
        SpreadCase(
            name: "no ФО",
            works: [work("СОР", .sectionSummative, "15", "20"), work("СОЧ", .termSummative, "16", "20")],
            total: "78.33", mark: 4, missing: [.formative], over: [.sectionSummative, .termSummative]),
        SpreadCase(
            name: "no СОЧ", works: [work("ФО", .formative, "8", "10"), work("СОР", .sectionSummative, "12", "20")],
            total: "70", mark: 4, missing: [.termSummative], over: [.formative, .sectionSummative]),
        SpreadCase(
            name: "no СОР", works: [work("ФО", .formative, "4", "10"), work("СОЧ", .termSummative, "5", "20")],
            total: "30", mark: 2, missing: [.sectionSummative], over: [.formative, .termSummative]),
        SpreadCase(
            name: "ФО only", works: [work("ФО", .formative, "9", "10")], total: "90", mark: 5,
            missing: [.sectionSummative, .termSummative], over: [.formative]),
    ])
    func aMissingComponentsWeightIsSpreadWithAWarning(_ spread: SpreadCase) {
        let grade = Self.current.termGrade(of: spread.works)
        #expect(grade.totalPercent == DecimalNumber(parsing: spread.total))
        #expect(grade.mark == spread.mark)
        #expect(grade.warnings == [.weightSpread(missing: spread.missing, over: spread.over)])
    }

    @Test(arguments: [2016, 2017, 2018, 2019])
    func oldYearsCountOnlySORAndSOCHHalfAndHalf(startYear: Int) throws {
        let entry = try #require(GradingPolicy.kazakhstan.entry(for: SchoolYear(startYear: startYear), grade: 5))
        let grade = entry.termGrade(of: [
            Self.work("ФО", .formative, "2", "10"), Self.work("СОР", .sectionSummative, "12", "20"),
            Self.work("СОЧ", .termSummative, "18", "20"),
        ])
        #expect(grade.formativePercent == DecimalNumber(parsing: "20"))
        #expect(grade.totalPercent == DecimalNumber(parsing: "75"))
        #expect(grade.mark == 4)
        #expect(grade.warnings.isEmpty)
    }

    @Test func oldYearsGiveNoMarkFromFormativeResultsAlone() {
        let grade = Self.old.termGrade(of: [Self.work("ФО", .formative, "9", "10")])
        #expect(grade.formativePercent == DecimalNumber(parsing: "90"))
        #expect(grade.mark == nil)
        #expect(grade.totalPercent == nil)
        #expect(grade.warnings == [.noCountedResults(ignored: [.formative])])
    }

    @Test func noResultsNoMark() {
        let grade = Self.current.termGrade(of: [])
        #expect(grade.mark == nil)
        #expect(grade.warnings == [.noCountedResults(ignored: [])])
    }

    @Test(arguments: [ResultStatus.missing, .absent, .excused, .exempt, .submitted])
    func nonGradedResultsAreLeftOutNotZeros(status: ResultStatus) {
        let grade = Self.current.termGrade(of: [
            Self.work("ФО", .formative, "10", "10"), Self.work("СОР 1", .sectionSummative, "10", "10"),
            Self.work("СОР 2", .sectionSummative, nil, "10", status), Self.work("СОЧ", .termSummative, "20", "20"),
        ])
        #expect(grade.sectionPercent == DecimalNumber(parsing: "100"))
        #expect(grade.mark == 5)
        #expect(grade.warnings == [.notGraded(title: "СОР 2", status: status)])
    }

    @Test func aSummativeLeftOutEntirelySpreadsItsWeight() {
        let grade = Self.current.termGrade(of: [
            Self.work("ФО", .formative, "6", "10"), Self.work("СОР", .sectionSummative, "10", "20"),
            Self.work("СОЧ", .termSummative, nil, "20", .absent),
        ])
        #expect(grade.termPercent == nil)
        #expect(grade.totalPercent == DecimalNumber(parsing: "55"))
        #expect(grade.mark == 3)
        #expect(
            grade.warnings == [
                .notGraded(title: "СОЧ", status: .absent),
                .weightSpread(missing: [.termSummative], over: [.formative, .sectionSummative]),
            ])
    }

    @Test func resultsWithoutAMaximumCannotGiveAPercentage() {
        let grade = Self.current.termGrade(of: [
            Self.work("СОР", .sectionSummative, "12", nil), Self.work("СОЧ", .termSummative, "18", "20"),
            Self.work("ФО", .formative, "5", "0"), Self.work("ФО 2", .formative, nil, "10"),
        ])
        #expect(grade.sectionPercent == nil)
        #expect(grade.formativePercent == nil)
        #expect(grade.totalPercent == DecimalNumber(parsing: "90"))
        #expect(
            grade.warnings == [
                .noMaximum(title: "СОР"), .noMaximum(title: "ФО"), .noScore(title: "ФО 2"),
                .weightSpread(missing: [.formative, .sectionSummative], over: [.termSummative]),
            ])
    }

    @Test func aScoreAboveItsMaximumGetsTheTopMarkWithAWarning() {
        let grade = Self.current.termGrade(of: [Self.work("СОЧ", .termSummative, "25", "20")])
        #expect(grade.roundedPercent == 125)
        #expect(grade.mark == 5)
        #expect(grade.warnings.contains(.aboveHundred(percent: 125)))
    }

    /// Results out of many different prime maxima overflow exact 128-bit fractions; the ratios are
    /// then rounded to 10^-15 first and the mark is still right.
    @Test func manyCoprimeMaximaFallBackToFixedPoint() {
        let primes = [
            101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199,
            211, 223, 227, 229,
        ]
        let works = primes.map { Self.work("ФО \($0)", .formative, String($0 / 2), String($0)) }
        #expect(
            GradingPolicyEntry.ratios(of: [.formative: works.map { ($0.score!, $0.maxScore!) }], quantum: nil) == nil)
        let grade = Self.current.termGrade(of: works)
        let expected = primes.map { Double($0 / 2) / Double($0) }.reduce(0, +) / Double(primes.count) * 100
        let shown = grade.totalPercent.map { Double($0.scaledValue) / 1_000_000 } ?? -1
        #expect(abs(shown - expected) < 0.01)
        #expect(grade.roundedPercent == Int(expected.rounded()))
        #expect(grade.mark == 3)
    }

    @Test(arguments: [
        ([4, 4, 5, 5], "4.5", 5), ([3, 4, 4], "3.67", 4), ([4, 4, 5], "4.33", 4), ([3, 3, 4, 4], "3.5", 4),
        ([2, 3], "2.5", 3), ([5], "5", 5), ([2, 2, 2, 3], "2.25", 2),
    ])
    func annualMarkIsTheMeanOfTermMarksRoundedHalfUp(marks: [Int], mean: String, mark: Int) throws {
        let annual = try #require(GradingPolicy.kazakhstan.annualGrade(ofTermMarks: marks))
        #expect(annual.mean == DecimalNumber(parsing: mean))
        #expect(annual.mark == mark)
        #expect(annual.termMarks == marks)
    }

    @Test func noTermMarksNoAnnualMark() {
        #expect(GradingPolicy.kazakhstan.annualGrade(ofTermMarks: []) == nil)
    }

    @Test(arguments: [
        (2015, nil), (2016, "2016-2017…2019-2020: СОР 50 + СОЧ 50"), (2019, "2016-2017…2019-2020: СОР 50 + СОЧ 50"),
        (2020, "2020-2021…: ФО 25 + СОР 25 + СОЧ 50"), (2035, "2020-2021…: ФО 25 + СОР 25 + СОЧ 50"),
    ])
    func theBuiltInPolicyIsKeyedBySchoolYear(startYear: Int, summary: String?) {
        #expect(GradingPolicy.kazakhstan.entry(for: SchoolYear(startYear: startYear), grade: 7)?.summary == summary)
    }

    @Test func theLatestRuleServesATermWithoutASchoolYear() {
        #expect(GradingPolicy.kazakhstan.latestEntry(grade: nil)?.years.first == SchoolYear(startYear: 2020))
    }

    @Test func rulesForSomeGradesApplyOnlyToThem() throws {
        let firstGrade = try MarkScale([
            .init(mark: 2, lowest: 0, highest: 20), .init(mark: 3, lowest: 21, highest: 50),
            .init(mark: 4, lowest: 51, highest: 80), .init(mark: 5, lowest: 81, highest: 100),
        ])
        let since2020 = try SchoolYearRange(from: SchoolYear(startYear: 2020))
        let weights = try ComponentWeights(formative: 25, sectionSummative: 25, termSummative: 50)
        let policy = try GradingPolicy(
            id: "school", name: "School",
            entries: [
                GradingPolicyEntry(years: since2020, grades: 1...1, weights: weights, scale: firstGrade),
                GradingPolicyEntry(years: since2020, grades: 2...11, weights: weights),
            ])
        let year = SchoolYear(startYear: 2025)
        #expect(policy.entry(for: year, grade: 1)?.scale == firstGrade)
        #expect(policy.entry(for: year, grade: 7)?.scale == .kazakhstan)
        #expect(policy.entry(for: year, grade: nil) == nil)
        let grade = try #require(policy.entry(for: year, grade: 1)).termGrade(of: [
            Self.work("СОЧ", .termSummative, "21", "100")
        ])
        #expect(grade.mark == 3)
    }

    // MARK: - Invalid data

    @Test func weightsMustAddUpToAHundred() {
        #expect(throws: GradingPolicyError.self) { try ComponentWeights(formative: 25, sectionSummative: 25) }
        do {
            _ = try ComponentWeights(formative: 30, sectionSummative: 25, termSummative: 50)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .weightsTotal)
            #expect(error.message == "the weights must add up to 100, found 30 + 25 + 50 = 105")
        }
    }

    @Test(arguments: [
        ([(2, 0, 39), (3, 41, 64), (4, 65, 84), (5, 85, 100)], "the scale has a gap: no band covers 40 %"),
        ([(2, 0, 39), (3, 40, 64), (4, 65, 84), (5, 85, 99)], "the scale has a gap: no band covers 100 %"),
        ([(2, 5, 39), (3, 40, 100)], "the scale has a gap: no band covers 0–4 %"),
        (
            [(2, 0, 44), (3, 40, 64), (4, 65, 84), (5, 85, 100)],
            "the band 40–64 % overlaps the one before it (up to 44 %)"
        ),
        ([(3, 0, 39), (2, 40, 100)], "marks must rise with the percentage: 2 for 40–100 % is not above 3"),
        ([(2, 0, 39), (3, 64, 40)], "a band's percentages must run upwards within 0–100, found 64–40"),
    ])
    func badScalesAreRejected(bands: [(Int, Int, Int)], message: String) {
        do {
            _ = try MarkScale(bands.map { MarkScale.Band(mark: $0.0, lowest: $0.1, highest: $0.2) })
            Issue.record("no error")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func aFortyFivePercentThresholdIsData() throws {
        let scale = try MarkScale([
            .init(mark: 2, lowest: 0, highest: 44), .init(mark: 3, lowest: 45, highest: 64),
            .init(mark: 4, lowest: 65, highest: 84), .init(mark: 5, lowest: 85, highest: 100),
        ])
        #expect(scale.mark(forPercent: 44) == 2)
        #expect(scale.mark(forPercent: 45) == 3)
        #expect(MarkScale.kazakhstan.mark(forPercent: 44) == 3)
    }

    @Test func overlappingRulesAreRejected() throws {
        let weights = try ComponentWeights(sectionSummative: 50, termSummative: 50)
        do {
            _ = try GradingPolicy(
                id: "x", name: "x",
                entries: [
                    GradingPolicyEntry(years: try SchoolYearRange(from: SchoolYear(startYear: 2016)), weights: weights),
                    GradingPolicyEntry(
                        years: try SchoolYearRange(
                            from: SchoolYear(startYear: 2018), through: SchoolYear(startYear: 2019)),
                        weights: weights),
                ])
            Issue.record("no error")
        } catch {
            #expect(error.kind == .overlappingYears)
            #expect(error.index == 1)
            #expect(error.message == "the school years 2018-2019…2019-2020 overlap those of rule 1 (2016-2017…)")
        }
    }

    @Test(arguments: [
        ("2025-2026", 2025), ("2025/2026", 2025), ("2025–2026", 2025), ("2025-26", 2025), (" 2019-2020 ", 2019),
        ("2099-00", 2099),
    ])
    func schoolYearsAreRead(text: String, startYear: Int) {
        #expect(SchoolYear(parsing: text)?.startYear == startYear)
    }

    @Test(arguments: ["2025-2027", "2025", "25-26", "2025-2026-2027", "abcd-efgh", ""])
    func whatIsNotASchoolYearIsRejected(text: String) {
        #expect(SchoolYear(parsing: text) == nil)
    }

    @Test(arguments: [("2025-11-03", 2025), ("2026-03-30", 2025), ("2025-08-25", 2025), ("2025-09-01T08:00:00Z", 2025)])
    func aDateFallsInASchoolYear(date: String, startYear: Int) {
        #expect(SchoolYear(containing: date)?.startYear == startYear)
    }

    @Test func exactFractionsRoundAndCutToDecimals() throws {
        let third = try #require(ExactFraction(numerator: 200, denominator: 3))
        #expect(third.decimal(fractionDigits: 2) == DecimalNumber(parsing: "66.67"))
        #expect(third.decimal(fractionDigits: 2, .towardZero) == DecimalNumber(parsing: "66.66"))
        #expect(third.roundedToInteger() == 67)
        let half = try #require(ExactFraction(numerator: 129, denominator: 2))
        #expect(half.roundedToInteger() == 65)
        #expect(half.roundedToInteger(.towardZero) == 64)
        let nines = try #require(ExactFraction(numerator: 999_999_999, denominator: 10_000_000))
        #expect(nines.decimal(fractionDigits: 2) == DecimalNumber(parsing: "100"))
        #expect(ExactFraction(numerator: 1, denominator: 0) == nil)
        #expect(third.quantized(fractionDigits: 3) == ExactFraction(numerator: 66667, denominator: 1000))
    }
}
