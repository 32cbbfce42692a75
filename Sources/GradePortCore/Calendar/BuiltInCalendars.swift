/// The school-year calendars GradePort ships, as calendar-file text (see ``SchoolCalendar``).
///
/// Only years whose quarter dates have a source are shipped; `docs/calendar.md` lists the sources
/// and what is unconfirmed. A school with its own dates (or a year not shipped) gives
/// `--calendar FILE`.
public enum BuiltInCalendars {
    /// The calendar files' text, by school year.
    public static let files: [(schoolYear: String, text: String)] = [
        (
            "2025-2026",
            """
            # Kazakhstan, state schools, 4 quarters.
            school-year 2025-2026
            source BilimClass school periods for 2025-2026 as third-party BilimClass API code shows them (assessment-rules.md §6, tag C3); the Ministry's order itself was not checked
            Q1 2025-09-02 2025-10-24
            Q2 2025-11-03 2025-12-26
            Q3 2026-01-08 2026-03-18
            Q4 2026-03-30 2026-05-25
            """
        )
    ]

    /// The shipped calendars, parsed.
    public static let all: [SchoolCalendar] = files.compactMap { file in
        try? SchoolCalendar(parsing: file.text, name: "built-in \(file.schoolYear)")
    }
}
