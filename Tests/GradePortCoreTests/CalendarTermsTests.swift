import GradePortCore
import Testing

/// Issue 11, items 2 and 3: quarters from the school calendar, opaque terms aligned on evidence,
/// and the same СОР/СОЧ from Classroom and Kundelik merged as one assessment.
@Suite struct CalendarTermsTests {
    @Test func theBuiltInCalendarIs2025To2026FromItsSource() throws {
        let calendar = try #require(BuiltInCalendars.all.first)
        #expect(BuiltInCalendars.all.map(\.schoolYear) == ["2025-2026"])
        #expect(calendar.quarters.map(\.start) == ["2025-09-02", "2025-11-03", "2026-01-08", "2026-03-30"])
        #expect(calendar.quarters.map(\.end) == ["2025-10-24", "2025-12-26", "2026-03-18", "2026-05-25"])
        #expect(calendar.source.hasPrefix("BilimClass school periods for 2025-2026"))
        #expect(calendar.quarter(containing: "2025-11-14T12:00:00Z")?.number == 2)
        #expect(calendar.quarter(containing: "2025-10-30") == nil)  // autumn holidays
        #expect(calendar.quarter(containing: "14.11.2025") == nil)
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
            "x.cal:2: unknown statement 'holidays' (expected school-year, source or Q1…Q4)"
        ),
        ("school-year 2025-2026\n# nothing", "x.cal: the file has no quarters"),
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
                + "in 2025-11-03 to 2025-12-26 (calendar built-in 2025-2026)")
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
                "'СОР 1' has no term; dated 2025-11-14, it is in 2025-2026/Q2 (2025-11-03 to 2025-12-26, calendar "
                    + "built-in 2025-2026)",
                "'СОЧ' has no term; dated 2025-12-20, it is in 2025-2026/Q2 (2025-11-03 to 2025-12-26, calendar "
                    + "built-in 2025-2026)",
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
