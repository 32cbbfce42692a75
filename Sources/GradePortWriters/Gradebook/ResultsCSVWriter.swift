import GradePortCore

/// Writes a `Gradebook`'s results as CSV: one row per result, with the names a person reads.
///
/// Columns: `student`, `student_id`, `email`, `class`, `subject`, `term`, `assessment`,
/// `assessment_id`, `kind`, `score`, `max`, `percent`, `status`, `raw`, `comment`, `source_file`,
/// `source_line`. By default UTF-8 without BOM, comma-separated, `.` decimals, RFC 4180 quoting
/// (``CSVFormat/standard``); ``CSVFormat/excel`` writes the same table for Russian and Kazakh Excel
/// (BOM, `;`, decimal commas). Text cells that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or carriage return) are prefixed with `'` (see `FormulaGuard`); score,
/// max and percent are number cells and are written as numbers.
public struct ResultsCSVWriter: Sendable {
    /// The header row's column names.
    public static let columns = [
        "student", "student_id", "email", "class", "subject", "term", "assessment", "assessment_id", "kind",
        "score", "max", "percent", "status", "raw", "comment", "source_file", "source_line",
    ]

    /// The layout of the text.
    public var format: CSVFormat

    /// Creates a writer.
    public init(format: CSVFormat = .standard) {
        self.format = format
    }

    /// Writes the CSV text in chunks of about `chunkSize` bytes.
    public func write(_ book: Gradebook, chunkSize: Int = 1 << 20, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows
    {
        // Everything a row repeats is encoded once per record, not once per result.
        var students: [IdentifierKey: (name: String, email: String?)] = [:]
        for person in book.people { students[IdentifierKey(person.id)] = (person.fullName, person.email) }
        var classNames: [SchoolClass.ID: String] = [:]
        for schoolClass in book.classes { classNames[schoolClass.id] = schoolClass.name }
        var subjectNames: [Subject.ID: String] = [:]
        for subject in book.subjects { subjectNames[subject.id] = subject.name }
        var assessmentColumns: [IdentifierKey: CSVRecordBuffer] = [:]
        for assessment in book.assessments {
            var cells = CSVRecordBuffer(format: format, startOfFile: false, capacity: 128)
            cells.text(assessment.class.map { classNames[$0] ?? $0.rawValue })
            cells.text(assessment.subject.map { subjectNames[$0] ?? $0.rawValue })
            cells.text(assessment.term)
            cells.text(assessment.title)
            cells.text(assessment.id)
            cells.text(assessment.kind.rawValue)
            assessmentColumns[IdentifierKey(assessment.id)] = cells
        }
        var files: [Source.ID: String] = [:]
        for source in book.sources { files[source.id] = source.file }
        var lastPerson: (id: Person.ID, cells: CSVRecordBuffer?) = ("", nil)

        var out = CSVRecordBuffer(format: format, capacity: chunkSize + 4096)
        out.header(Self.columns)
        for result in book.results {
            if lastPerson.cells == nil || !IdentifierKey.sameBytes(lastPerson.id, result.person) {
                let student = students[IdentifierKey(result.person)]
                var cells = CSVRecordBuffer(format: format, startOfFile: false, capacity: 128)
                cells.text(student?.name)
                cells.text(result.person)
                cells.text(student?.email)
                lastPerson = (result.person, cells)
            }
            out.fields(of: lastPerson.cells!)
            if let cells = assessmentColumns[IdentifierKey(result.assessment)] {
                out.fields(of: cells)
            } else {
                for _ in 0..<4 { out.empty() }
                out.text(result.assessment)
                out.empty()
            }
            out.number(result.score)
            out.number(result.maxScore)
            out.number(result.percent)
            out.text(result.status.rawValue)
            out.text(result.raw)
            out.text(result.comment)
            let file = files[result.source.source]
            out.text(result.source.file.map { (file.map { $0 + "/" } ?? "") + $0 } ?? file)
            out.integer(result.source.line)
            out.endRecord()
            if out.bytes.count >= chunkSize {
                try sink(out.bytes[...])
                out.removeAll()
            }
        }
        try sink(out.bytes[...])
    }

    /// The whole CSV text as bytes.
    public func encode(_ book: Gradebook) -> [UInt8] {
        var all: [UInt8] = []
        write(book) { all.append(contentsOf: $0) }
        return all
    }
}
