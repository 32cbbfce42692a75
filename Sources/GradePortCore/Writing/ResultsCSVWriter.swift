/// Writes a ``Gradebook``'s results as CSV: one row per result, with the names a person reads.
///
/// Columns: `student`, `student_id`, `email`, `class`, `subject`, `term`, `assessment`,
/// `assessment_id`, `kind`, `score`, `max`, `percent`, `status`, `raw`, `comment`, `source_file`,
/// `source_line`. UTF-8 without BOM, comma-separated, `.` decimals, RFC 4180 quoting; text cells that
/// a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
/// are prefixed with `'`.
public struct ResultsCSVWriter: Sendable {
    /// The header row's column names.
    public static let columns = [
        "student", "student_id", "email", "class", "subject", "term", "assessment", "assessment_id", "kind",
        "score", "max", "percent", "status", "raw", "comment", "source_file", "source_line",
    ]

    /// Creates a writer.
    public init() {}

    /// Writes the CSV text in chunks of about `chunkSize` bytes.
    public func write(_ book: Gradebook, chunkSize: Int = 1 << 20, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows
    {
        // Everything a row repeats is looked up once per record, not once per result.
        var students: [IdentifierKey: (name: String, email: String?)] = [:]
        for person in book.people { students[IdentifierKey(person.id)] = (person.fullName, person.email) }
        var classNames: [String: String] = [:]
        for schoolClass in book.classes { classNames[schoolClass.id] = schoolClass.name }
        var subjectNames: [String: String] = [:]
        for subject in book.subjects { subjectNames[subject.id] = subject.name }
        var assessmentColumns: [IdentifierKey: [UInt8]] = [:]
        for assessment in book.assessments {
            var cells: [UInt8] = []
            text(assessment.class.map { classNames[$0] ?? $0 }, &cells)
            text(assessment.subject.map { subjectNames[$0] ?? $0 }, &cells)
            text(assessment.term, &cells)
            text(assessment.title, &cells)
            text(assessment.id, &cells)
            text(assessment.kind.rawValue, &cells)
            assessmentColumns[IdentifierKey(assessment.id)] = cells
        }
        var files: [String: String] = [:]
        for source in book.sources { files[source.id] = source.file }
        var lastPerson: (id: String, cells: [UInt8]) = ("", [])

        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        out.append(contentsOf: Self.columns.joined(separator: ",").utf8)
        out.append(0x0A)
        for result in book.results {
            if lastPerson.cells.isEmpty || !IdentifierKey.sameBytes(lastPerson.id, result.person) {
                let student = students[IdentifierKey(result.person)]
                var cells: [UInt8] = []
                text(student?.name, &cells)
                text(result.person, &cells)
                text(student?.email, &cells)
                lastPerson = (result.person, cells)
            }
            out.append(contentsOf: lastPerson.cells)
            if let cells = assessmentColumns[IdentifierKey(result.assessment)] {
                out.append(contentsOf: cells)
            } else {
                out.append(contentsOf: Array(",,,,".utf8))
                text(result.assessment, &out)
                out.append(UInt8(ascii: ","))
            }
            number(result.score, &out)
            number(result.maxScore, &out)
            number(result.percent, &out)
            text(result.status.rawValue, &out)
            text(result.raw, &out)
            text(result.comment, &out)
            let file = files[result.source.source]
            text(result.source.file.map { (file.map { $0 + "/" } ?? "") + $0 } ?? file, &out)
            if let line = result.source.line { out.appendInteger(line) }
            out.append(0x0A)
            if out.count >= chunkSize {
                try sink(out[...])
                out.removeAll(keepingCapacity: true)
            }
        }
        try sink(out[...])
    }

    /// The whole CSV text as bytes.
    public func encode(_ book: Gradebook) -> [UInt8] {
        var all: [UInt8] = []
        write(book) { all.append(contentsOf: $0) }
        return all
    }

    private func number(_ value: DecimalNumber?, _ out: inout [UInt8]) {
        CSVField.appendNumber(value, to: &out)
        out.append(UInt8(ascii: ","))
    }

    private func text(_ value: String?, _ out: inout [UInt8]) {
        CSVField.appendText(value, to: &out)
        out.append(UInt8(ascii: ","))
    }
}
