/// The quarters of one school year: the dates between the Ministry's holidays, as a calendar file
/// gives them.
///
/// The file format is plain text, one statement a line (`#` starts a comment):
///
/// ```text
/// school-year 2025-2026
/// source BilimClass school periods (third-party code; see docs/calendar.md)
/// Q1 2025-09-02 2025-10-24
/// Q2 2025-11-03 2025-12-26
/// Q3 2026-01-08 2026-03-18
/// Q4 2026-03-30 2026-05-25
/// ```
///
/// Dates are ISO 8601 (`YYYY-MM-DD`), both ends included; quarters must not overlap. Several
/// `source` lines are kept together (`; `); an optional `status` line says how sure the dates are
/// (`draft order, unconfirmed`, `Q4 end inferred`).
public struct SchoolCalendar: Sendable, Hashable {
    /// One quarter.
    public struct Quarter: Sendable, Hashable {
        /// 1 to 4.
        public var number: Int
        /// The first day, `YYYY-MM-DD`.
        public var start: String
        /// The last day, `YYYY-MM-DD`.
        public var end: String
    }

    /// The school year, `2025-2026`.
    public var schoolYear: String
    /// Where the dates come from, as the file says (several `source` lines joined with `; `).
    public var source: String
    /// How sure the dates are, when the file says (`status` line): `draft order, unconfirmed`.
    public var status: String?
    /// How diagnostics name the calendar: `built-in 2025-2026` or the file's path.
    public var name: String
    /// The quarters, in order.
    public var quarters: [Quarter]

    /// Reads a calendar file's text.
    ///
    /// - Throws: ``SchoolCalendarError`` naming the line and what is wrong.
    public init(parsing text: String, name: String) throws(SchoolCalendarError) {
        self.name = name
        var year: String?
        var sources: [String] = []
        var status: String?
        var quarters: [Quarter] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let keyword = words.first else { continue }
            func fail(_ reason: String) -> SchoolCalendarError { SchoolCalendarError(file: name, line: line, reason) }
            switch keyword {
            case "school-year":
                guard words.count == 2, let parsed = SchoolYear(parsing: words[1]) else {
                    throw fail("'school-year' needs a school year like 2025-2026")
                }
                year = parsed.description
            case "source":
                sources.append(words.dropFirst().joined(separator: " "))
            case "status":
                guard words.count > 1 else { throw fail("'status' needs a text, e.g. 'status draft order'") }
                status = words.dropFirst().joined(separator: " ")
            case let quarter where quarter.count == 2 && quarter.first == "Q":
                guard let number = Int(quarter.dropFirst()), (1...4).contains(number), words.count == 3 else {
                    throw fail("a quarter line is 'Qn START END' with n from 1 to 4")
                }
                guard Self.isDate(words[1]), Self.isDate(words[2]), words[1] <= words[2] else {
                    throw fail("quarter \(quarter) needs two dates YYYY-MM-DD, the start not after the end")
                }
                if let previous = quarters.last, previous.number >= number || previous.end >= words[1] {
                    throw fail("quarter \(quarter) must come after Q\(previous.number) and start after it ends")
                }
                quarters.append(Quarter(number: number, start: words[1], end: words[2]))
            default:
                throw fail("unknown statement '\(keyword)' (expected school-year, source, status or Q1…Q4)")
            }
        }
        guard let year else { throw SchoolCalendarError(file: name, line: nil, "the file names no 'school-year'") }
        guard !quarters.isEmpty else { throw SchoolCalendarError(file: name, line: nil, "the file has no quarters") }
        schoolYear = year
        self.source = sources.isEmpty ? "not stated" : sources.joined(separator: "; ")
        self.status = status
        self.quarters = quarters
    }

    /// The quarter whose days include `date` (its `YYYY-MM-DD` part; a date-time is taken at its
    /// written date), or `nil` — a holiday, or another year.
    public func quarter(containing date: String) -> Quarter? {
        let day = String(date.prefix(10))
        guard Self.isDate(day) else { return nil }
        return quarters.first { $0.start <= day && day <= $0.end }
    }

    /// The id GradePort gives a quarter of this year: `2025-2026/Q2`.
    public func termID(of quarter: Quarter) -> Term.ID { Term.ID(rawValue: "\(schoolYear)/Q\(quarter.number)") }

    /// The term record of a quarter of this year.
    public func term(of quarter: Quarter) -> Term {
        Term(
            id: termID(of: quarter), schoolYear: schoolYear, kind: .quarter, number: quarter.number,
            start: quarter.start, end: quarter.end, name: "\(quarter.number) четверть")
    }

    private static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return false }
        let digits = bytes.enumerated().allSatisfy {
            $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element)
        }
        guard digits, let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.suffix(2)) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
