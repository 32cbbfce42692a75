import GradePortCore

/// Writes a Google Classroom-ready roster: one row per student and class, with the student's e-mail
/// address, for bulk invitation tools (a Sheets add-on, GAM, a script over the Classroom API).
///
/// Columns: `class` (the class as Classroom would name the course: `7А Физика`, or `7А` for a class
/// without a subject), `email`, `name` (Surname Name Patronymic), `family_name`, `given_name`. A
/// student enrolled in a class, or with results in it, is listed once per class. Classroom invites by
/// e-mail, so a student without one is left out and named in ``ExportSummary/omissions`` — no address
/// is invented. The text goes through the shared CSV encoder (``CSVFormat/standard`` by default,
/// ``CSVFormat/excel`` for Excel), formula-like cells guarded.
///
/// ```swift
/// let (csv, summary) = ClassroomRosterWriter().encode(book)
/// ```
public struct ClassroomRosterWriter: Sendable {
    /// The header row.
    public static let columns = ["class", "email", "name", "family_name", "given_name"]

    /// The layout of the text.
    public var format: CSVFormat

    /// Creates a writer.
    public init(format: CSVFormat = .standard) {
        self.format = format
    }

    /// Writes the roster in chunks of about `chunkSize` bytes.
    ///
    /// - Returns: The one file's rows, and the students left out for want of an e-mail address.
    @discardableResult
    public func write(
        _ book: Gradebook, chunkSize: Int = 1 << 20, to sink: (ArraySlice<UInt8>) throws -> Void
    ) rethrows -> ExportSummary {
        // Titles and memberships only: the reference date dates nothing written here.
        let plan = RosterPlan(book, referenceDate: "2026-01-01")
        var omitted: Set<Int> = []
        var omissions: [ExportSummary.Omission] = []
        var rows = 0
        var out = CSVRecordBuffer(format: format, capacity: chunkSize + 4096)
        out.header(Self.columns)
        for membership in plan.memberships where membership.role == .student {
            let person = plan.users[membership.user].person
            guard let email = person.email, !email.isEmpty else {
                if omitted.insert(membership.user).inserted {
                    omissions.append(
                        ExportSummary.Omission(
                            person: person.id.rawValue, name: person.fullName,
                            reason: "no e-mail address: Google Classroom invites students by e-mail"))
                }
                continue
            }
            out.text(plan.sections[membership.section].title)
            out.text(email)
            out.text(person.fullName)
            out.text(person.familyName)
            out.text(person.givenName)
            out.endRecord()
            rows += 1
            if out.bytes.count >= chunkSize {
                try sink(out.bytes[...])
                out.removeAll()
            }
        }
        try sink(out.bytes[...])
        return ExportSummary(files: [ExportSummary.File(name: "roster.csv", rows: rows)], omissions: omissions)
    }

    /// The whole roster as bytes, with its summary.
    public func encode(_ book: Gradebook) -> (bytes: [UInt8], summary: ExportSummary) {
        var all: [UInt8] = []
        let summary = write(book) { all.append(contentsOf: $0) }
        return (all, summary)
    }
}
