import GradePortCore
import Testing

/// Issue 11, items 2 and 3: quarters from the school calendar, opaque terms aligned on evidence,
/// and the same СОР/СОЧ from Classroom and Kundelik merged as one assessment.
@Suite struct CalendarTermsTests {
    @Test func theBuiltInCalendarsAre2021To2026FromTheMinistrysOrders() throws {
        #expect(BuiltInCalendars.all.count == BuiltInCalendars.files.count)  // every shipped file parses
        #expect(
            BuiltInCalendars.all.map(\.schoolYear) == ["2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026"])
        let calendar = try #require(BuiltInCalendars.all.last)
        #expect(calendar.quarters.map(\.start) == ["2025-09-01", "2025-11-03", "2026-01-08", "2026-03-30"])
        #expect(calendar.quarters.map(\.end) == ["2025-10-26", "2025-12-28", "2026-03-18", "2026-05-25"])
        #expect(calendar.source.hasPrefix("alau.kz/sroki-uchebnogo-goda-i-kanikul-shkolnikov-utverdili-v-rk; "))
        #expect(calendar.name == "built-in 2025-2026" && calendar.status == nil)
        #expect(calendar.quarter(containing: "2025-11-14T12:00:00Z")?.number == 2)
        #expect(calendar.quarter(containing: "14.11.2025") == nil)
    }

    @Test func draftAndInferredCalendarsSaySoInTheirName() {
        let names = BuiltInCalendars.all.map(\.name)
        #expect(
            names == [
                "built-in 2021-2022 (Q4 end 2022-05-25 inferred)", "built-in 2022-2023", "built-in 2023-2024",
                "built-in 2024-2025 (draft order, unconfirmed)", "built-in 2025-2026",
            ])
        #expect(!BuiltInCalendars.all.contains { $0.schoolYear == "2020-2021" || $0.schoolYear == "2026-2027" })
        #expect(BuiltInCalendars.all.allSatisfy { $0.source.contains("mgorod.kz") || $0.source.contains("caravan.kz") })
    }

    /// A date in each quarter of each shipped year, the days either side of each holiday, and
    /// holiday days (no quarter: the rule `CalendarTerms` documents and notes).
    @Test(
        arguments: [
            ("2021-09-01", "2021-2022/Q1"), ("2021-10-31", "2021-2022/Q1"), ("2021-11-03", nil),
            ("2021-11-08", "2021-2022/Q2"), ("2022-01-05", nil), ("2022-02-09", "2021-2022/Q3"),
            ("2022-03-25", nil), ("2022-04-15", "2021-2022/Q4"), ("2022-05-25", "2021-2022/Q4"),
            ("2022-05-26", nil),
            ("2022-10-30", "2022-2023/Q1"), ("2022-10-31", nil), ("2022-11-07", "2022-2023/Q2"),
            ("2022-12-31", nil), ("2023-01-09", "2022-2023/Q3"),
            ("2023-03-20", nil), ("2023-03-27", "2022-2023/Q4"), ("2023-05-31", "2022-2023/Q4"),
            ("2023-10-15", "2023-2024/Q1"), ("2023-11-01", nil), ("2023-12-28", "2023-2024/Q2"),
            ("2023-12-29", nil), ("2024-03-20", "2023-2024/Q3"), ("2024-03-21", nil), ("2024-04-01", "2023-2024/Q4"),
            ("2024-10-27", "2024-2025/Q1"), ("2024-10-28", nil), ("2024-11-04", "2024-2025/Q2"),
            ("2025-01-08", nil), ("2025-01-09", "2024-2025/Q3"), ("2025-03-31", nil), ("2025-05-25", "2024-2025/Q4"),
            ("2025-09-01", "2025-2026/Q1"), ("2025-10-26", "2025-2026/Q1"), ("2025-10-30", nil),
            ("2025-12-28", "2025-2026/Q2"), ("2026-01-07", nil), ("2026-02-11", "2025-2026/Q3"),
            ("2026-03-19", nil), ("2026-03-30", "2025-2026/Q4"), ("2026-06-01", nil),
            ("2020-11-16", nil), ("2026-10-01", nil),  // years not shipped
        ] as [(String, String?)])
    func eachShippedYearMapsADateToItsQuarter(date: String, term: String?) {
        let found = BuiltInCalendars.all.lazy.compactMap { calendar in
            calendar.quarter(containing: date).map { calendar.termID(of: $0).rawValue }
        }.first
        #expect(found == term)
    }

    @Test(arguments: [
        ("Q1 2025-09-02 2025-10-24", "x.cal: the file names no 'school-year'"),
        ("school-year 2025\nQ1 2025-09-02 2025-10-24", "x.cal:1: 'school-year' needs a school year like 2025-2026"),
        (
            "school-year 2025-2026\nQ5 2025-09-02 2025-10-24",
            "x.cal:2: a quarter line is 'Qn START END' with n from 1 to 4"
        ),
        (
            "school-year 2025-2026\nQ1 2025-10-24 2025-09-02",
            "x.cal:2: quarter Q1 needs two dates YYYY-MM-DD, the start not after the end"
        ),
        (
            "school-year 2025-2026\nQ1 2025-09-02 2025-10-24\nQ2 2025-10-20 2025-12-26",
            "x.cal:3: quarter Q2 must come after Q1 and start after it ends"
        ),
        (
            "school-year 2025-2026\nholidays 2025-10-27",
            "x.cal:2: unknown statement 'holidays' (expected school-year, source, status or Q1…Q4)"
        ),
        ("school-year 2025-2026\n# nothing", "x.cal: the file has no quarters"),
        ("school-year 2025-2026\nstatus", "x.cal:2: 'status' needs a text, e.g. 'status draft order'"),
    ])
    func badCalendarFilesNameTheLine(text: String, message: String) {
        #expect(throws: SchoolCalendarError.self) { try SchoolCalendar(parsing: text, name: "x.cal") }
        do {
            _ = try SchoolCalendar(parsing: text, name: "x.cal")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test(
        arguments: [
            ("СОЧ за 2 четверть", 2), ("ТЖБ 3-тоқсан", 3), ("Q4 summative", 4), ("СОР 1 (2-я четверть)", 2),
            ("II четверть, СОЧ", 2), ("СОР 1. Дроби", nil), ("1 четверть и 2 четверть", nil), ("7А 12 четверть", nil),
        ] as [(String, Int?)])
    func quarterTitles(title: String, number: Int?) {
        #expect(QuarterTitle.number(in: title) == number)
    }

    /// A Classroom input (grading period `gp`, or no term at all) and a Kundelik one of the same class.
    static func twoPlatforms(
        classroomTerm: Term.ID?, dates: [String?], titles: [String] = ["СОР 1", "СОЧ"]
    )
        -> Gradebook
    {
        var builder = GradebookBuilder()
        builder.beginSource(file: "classroom.json", platform: "google-classroom", export: "api-dump")
        builder.add(SchoolClass(id: "google-classroom:course:1", name: "7А", grade: 7))
        builder.add(Subject(id: "google-classroom:subject:math", name: "Математика"))
        if let classroomTerm { builder.add(Term(id: classroomTerm)) }
        builder.add(
            Person(id: "google-classroom:u1", familyName: "Серікқызы", givenName: "Аружан", email: "a@school.kz"))
        builder.add(Enrollment(person: "google-classroom:u1", class: "google-classroom:course:1"))
        let kinds: [AssessmentKind] = [.sectionSummative, .termSummative]
        let maxima: [DecimalNumber] = [20, 25]
        for position in 0..<2 {
            let id = Assessment.ID(rawValue: "google-classroom:cw\(position)")
            builder.add(
                Assessment(
                    id: id, title: titles[position], kind: kinds[position], number: position == 0 ? 1 : nil,
                    maxScore: maxima[position], subject: "google-classroom:subject:math",
                    class: "google-classroom:course:1", term: classroomTerm, date: dates[position]))
            builder.add(
                AssessmentResult(
                    person: "google-classroom:u1", assessment: id, status: .graded, score: position == 0 ? 18 : 22,
                    source: builder.reference(line: 10 + position)))
        }
        builder.beginSource(file: "kundelik.json", platform: "kundelik", export: "api-dump")
        builder.add(SchoolClass(id: "kundelik:class:7А", name: "7А", grade: 7))
        builder.add(Subject(id: "kundelik:subject:1", name: "Математика"))
        builder.add(Term(id: "2025-2026/Q2", schoolYear: "2025-2026", kind: .quarter, number: 2))
        builder.add(Person(id: "kundelik:person:9", familyName: "Серікқызы", givenName: "Аружан", email: "A@school.kz"))
        builder.add(Enrollment(person: "kundelik:person:9", class: "kundelik:class:7А"))
        for (position, title) in ["СОР 1. Дроби", "СОЧ"].enumerated() {
            let id = Assessment.ID(rawValue: "kundelik:work:\(position)")
            builder.add(
                Assessment(
                    id: id, title: title, kind: kinds[position], number: position == 0 ? 1 : nil,
                    maxScore: maxima[position], subject: "kundelik:subject:1", class: "kundelik:class:7А",
                    term: "2025-2026/Q2"))
            builder.add(
                AssessmentResult(
                    person: "kundelik:person:9", assessment: id, status: .graded, score: position == 0 ? 18 : 20,
                    source: builder.reference(line: 40 + position)))
        }
        return builder.build()
    }

    static func calendarAndMerge(_ book: Gradebook) -> Gradebook {
        var book = book
        CalendarTerms().apply(to: &book)
        return GradebookMerger(preference: .last).merge(book)
    }

    @Test func aGradingPeriodWithoutSettingsAlignsWithKundeliksQuarterByDates() throws {
        let book = Self.twoPlatforms(
            classroomTerm: "google-classroom:grading-period:gp1", dates: ["2025-11-14T12:00:00Z", "2025-12-20"])
        let merged = Self.calendarAndMerge(book)
        #expect(merged.terms.map(\.id) == ["2025-2026/Q2"])
        #expect(merged.assessments.count == 2)
        #expect(merged.merge?.assessmentsAligned == 2)
        #expect(merged.merge?.resultAgreements == 1)
        #expect(merged.merge?.resultConflicts == 1)
        let note = try #require(merged.diagnostics.first { $0.code == .termFromCalendar })
        #expect(
            note.message
                == "term 'google-classroom:grading-period:gp1' is read as 2025-2026/Q2: every dated assessment falls "
                + "in 2025-11-03 to 2025-12-28 (calendar built-in 2025-2026)")
        #expect(merged.diagnostics.contains { $0.code == .conflictingResults && $0.message.contains("'СОЧ'") })
    }

    @Test func dueDatesAloneGiveTheQuarterAndAlign() throws {
        let book = Self.twoPlatforms(classroomTerm: nil, dates: ["2025-11-14", "2025-12-20T05:00:00Z"])
        let merged = Self.calendarAndMerge(book)
        #expect(merged.assessments.map(\.term) == ["2025-2026/Q2", "2025-2026/Q2"])
        #expect(merged.merge?.assessmentsAligned == 2)
        #expect(merged.merge?.resultConflicts == 1)
        let notes = merged.diagnostics.filter { $0.code == .termFromCalendar }.map(\.message)
        #expect(
            notes == [
                "'СОР 1' has no term; dated 2025-11-14, it is in 2025-2026/Q2 (2025-11-03 to 2025-12-28, calendar "
                    + "built-in 2025-2026)",
                "'СОЧ' has no term; dated 2025-12-20, it is in 2025-2026/Q2 (2025-11-03 to 2025-12-28, calendar "
                    + "built-in 2025-2026)",
            ])
    }

    @Test func aDateInTheDraftYearNamesTheDraftAndAHolidayDateGetsNoTerm() {
        let book = Self.twoPlatforms(classroomTerm: nil, dates: ["2025-02-10", "2025-03-25"])
        var read = book
        CalendarTerms().apply(to: &read)
        #expect(read.assessments.filter { $0.id.rawValue.hasPrefix("google") }.map(\.term) == ["2024-2025/Q3", nil])
        let notes = read.diagnostics.filter { $0.code == .termFromCalendar }.map(\.message)
        #expect(
            notes == [
                "'СОР 1' has no term; dated 2025-02-10, it is in 2024-2025/Q3 (2025-01-09 to 2025-03-20, calendar "
                    + "built-in 2024-2025 (draft order, unconfirmed))",
                "'СОЧ' is dated 2025-03-25, between the quarters of the calendar; it gets no term",
            ])
    }

    @Test func titlesNamingTheQuarterAlignWithoutDates() throws {
        let book = Self.twoPlatforms(
            classroomTerm: "google-classroom:grading-period:gp1", dates: [nil, nil],
            titles: ["СОР 1 (2 четверть)", "СОЧ за 2 четверть"])
        let merged = Self.calendarAndMerge(book)
        #expect(merged.terms.map(\.id) == ["2025-2026/Q2"])
        #expect(merged.merge?.assessmentsAligned == 2)
    }

    @Test func withoutEvidenceAnOpaqueTermStaysSeparateWithANote() throws {
        let book = Self.twoPlatforms(
            classroomTerm: "google-classroom:grading-period:gp1", dates: ["2025-10-01", "2025-12-20"])
        let merged = Self.calendarAndMerge(book)
        #expect(Set(merged.terms.map(\.id)) == ["google-classroom:grading-period:gp1", "2025-2026/Q2"])
        #expect(merged.merge?.assessmentsAligned == 0)
        let note = try #require(merged.diagnostics.first { $0.code == .termFromCalendar })
        #expect(
            note.message.hasSuffix(
                "(dates in 2 quarter(s), 0 outside any, titles naming 0 quarter(s)); it stays separate"))
        // A holiday date is no evidence either, and gets no term of its own.
        var holiday = Self.twoPlatforms(classroomTerm: nil, dates: ["2025-10-30", nil])
        CalendarTerms().apply(to: &holiday)
        #expect(holiday.assessments.prefix(2).map(\.term) == [nil, nil])
        #expect(
            holiday.diagnostics.map(\.message).contains(
                "'СОР 1' is dated 2025-10-30, between the quarters of the calendar; it gets no term"))
    }
}
