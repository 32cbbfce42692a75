/// Gives assessments their quarter from the school calendar, before the merge.
///
/// - An assessment with a date but no term gets the quarter whose days include the date, with a
///   `term-from-calendar` note naming the calendar; a date in the holidays gets no term (a note
///   says so).
/// - When several inputs are read, a term a platform names only opaquely (no kind, number or dates:
///   a Classroom grading period without settings, a Teams term) becomes a quarter when its
///   assessments are evidence for one:
///   every dated assessment falls inside the same quarter, and no title names another quarter; or,
///   without dates, the titles name one quarter (`СОЧ за 2 четверть`, `2-тоқсан`, `Q2`) and the
///   other inputs name one school year. Its assessments are moved to that quarter (`2025-2026/Q2`,
///   the id the Kazakh platforms use), so the merge aligns them with other inputs' assessments
///   of that quarter. Otherwise the term stays separate, with a note — never a guess from nothing.
public struct CalendarTerms: Sendable {
    /// The calendars to use (``BuiltInCalendars/all`` and the user's `--calendar` files).
    public var calendars: [SchoolCalendar]

    /// Creates the step.
    public init(calendars: [SchoolCalendar] = BuiltInCalendars.all) {
        self.calendars = calendars
    }

    /// The calendar quarter of a date, with its calendar.
    func quarter(of date: String) -> (calendar: SchoolCalendar, quarter: SchoolCalendar.Quarter)? {
        for calendar in calendars.reversed() {  // a user's calendar, given later, wins over a built-in one
            if let quarter = calendar.quarter(containing: date) { return (calendar, quarter) }
        }
        return nil
    }

    /// Applies the rules above to `book` in place.
    public func apply(to book: inout Gradebook) {
        guard !calendars.isEmpty else { return }
        var knownTerms = Set(book.terms.map(\.id))
        var added: [Term] = []
        func ensure(_ term: Term, source: SourceReference?) {
            guard knownTerms.insert(term.id).inserted else { return }
            var term = term
            term.source = source
            added.append(term)
        }
        var diagnostics: [Diagnostic] = []
        func note(_ code: DiagnosticCode, _ message: String, at reference: SourceReference?) {
            let file = reference.flatMap { ref in book.sources.first { $0.id == ref.source } }.map(\.file)
            diagnostics.append(
                Diagnostic(
                    severity: .info, code: code, message: message, source: reference?.source,
                    file: file.map { name in reference?.file.map { name + "/" + $0 } ?? name }, line: reference?.line,
                    column: reference?.column))
        }

        // 1. Dated assessments without a term.
        for index in book.assessments.indices where book.assessments[index].term == nil {
            guard let date = book.assessments[index].date else { continue }
            let assessment = book.assessments[index]
            guard let (calendar, quarter) = quarter(of: date) else {
                if calendars.contains(where: {
                    $0.schoolYear == SchoolYear(containing: String(date.prefix(10)))?.description
                }) {
                    note(
                        .termFromCalendar,
                        "'\(assessment.title)' is dated \(date.prefix(10)), between the quarters of the calendar; "
                            + "it gets no term", at: assessment.source)
                }
                continue
            }
            let term = calendar.term(of: quarter)
            ensure(term, source: assessment.source)
            book.assessments[index].term = term.id
            note(
                .termFromCalendar,
                "'\(assessment.title)' has no term; dated \(date.prefix(10)), it is in \(term.id) "
                    + "(\(quarter.start) to \(quarter.end), calendar \(calendar.name))", at: assessment.source)
        }

        // 2. Opaque terms: evidence from their assessments' dates and titles.
        // Only when inputs are merged: alignment is what the evidence is for, and a single input's
        // own terms (a "Весенний модуль") are left as it names them.
        let opaque =
            book.sources.count < 2
            ? [] : book.terms.filter { $0.kind == nil && $0.number == nil && $0.start == nil && $0.end == nil }
        if !opaque.isEmpty {
            let namedYears = Set(book.terms.compactMap(\.schoolYear))
            var moved: Set<Term.ID> = []
            var byTerm: [Term.ID: [Int]] = [:]
            for (index, assessment) in book.assessments.enumerated() {
                if let term = assessment.term { byTerm[term, default: []].append(index) }
            }
            for term in opaque {
                let members = byTerm[term.id] ?? []
                guard !members.isEmpty else { continue }
                var dated: Set<Term.ID> = []
                var datedQuarter: (SchoolCalendar, SchoolCalendar.Quarter)?
                var outside = 0
                var titled: Set<Int> = []
                for index in members {
                    let assessment = book.assessments[index]
                    if let date = assessment.date {
                        if let found = quarter(of: date) {
                            dated.insert(found.calendar.termID(of: found.quarter))
                            datedQuarter = found
                        } else {
                            outside += 1
                        }
                    }
                    if let number = QuarterTitle.number(in: assessment.title) { titled.insert(number) }
                }
                var target: Term?
                var evidence = ""
                if dated.count == 1, outside == 0, let (calendar, quarter) = datedQuarter,
                    titled.isSubset(of: [quarter.number])
                {
                    target = calendar.term(of: quarter)
                    evidence =
                        "every dated assessment falls in \(quarter.start) to \(quarter.end) (calendar \(calendar.name))"
                } else if dated.isEmpty, outside == 0, titled.count == 1, let number = titled.first,
                    namedYears.count == 1, let year = namedYears.first
                {
                    target = Term(
                        id: Term.ID(rawValue: "\(year)/Q\(number)"), schoolYear: year, kind: .quarter, number: number,
                        name: "\(number) четверть")
                    evidence = "the titles name quarter \(number) and the other inputs name only \(year)"
                }
                guard let target else {
                    note(
                        .termFromCalendar,
                        "term '\(term.name ?? term.id.rawValue)' names no dates or quarter, and its assessments do not "
                            + "show one (dates in \(dated.count) quarter(s), \(outside) outside any, titles naming "
                            + "\(titled.count) quarter(s)); it stays separate", at: term.source)
                    continue
                }
                let existing = book.terms.first { $0.id == target.id }
                ensure(existing ?? target, source: term.source)
                for index in members { book.assessments[index].term = target.id }
                moved.insert(term.id)
                note(
                    .termFromCalendar,
                    "term '\(term.name ?? term.id.rawValue)' is read as \(target.id): \(evidence)", at: term.source)
            }
            // An opaque term read as a quarter is replaced by it.
            book.terms.removeAll { moved.contains($0.id) }
        }
        book.terms += added
        book.diagnostics += diagnostics
    }
}
