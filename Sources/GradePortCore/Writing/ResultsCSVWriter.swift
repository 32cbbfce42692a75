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
        var people: [String: Person] = [:]
        for person in book.people { people[person.id] = person }
        var assessments: [String: Assessment] = [:]
        for assessment in book.assessments { assessments[assessment.id] = assessment }
        var classNames: [String: String] = [:]
        for schoolClass in book.classes { classNames[schoolClass.id] = schoolClass.name }
        var subjectNames: [String: String] = [:]
        for subject in book.subjects { subjectNames[subject.id] = subject.name }
        var files: [String: String] = [:]
        for source in book.sources { files[source.id] = source.file }

        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        out.append(contentsOf: Self.columns.joined(separator: ",").utf8)
        out.append(0x0A)
        for result in book.results {
            let person = people[result.person]
            let assessment = assessments[result.assessment]
            text(person?.fullName, &out)
            text(result.person, &out)
            text(person?.email, &out)
            text(assessment?.class.map { classNames[$0] ?? $0 }, &out)
            text(assessment?.subject.map { subjectNames[$0] ?? $0 }, &out)
            text(assessment?.term, &out)
            text(assessment?.title, &out)
            text(result.assessment, &out)
            text(assessment?.kind.rawValue, &out)
            number(result.score, &out)
            number(result.maxScore, &out)
            number(result.percent, &out)
            text(result.status.rawValue, &out)
            text(result.raw, &out)
            text(result.comment, &out)
            text(files[result.source.source], &out)
            if let line = result.source.line { out.append(contentsOf: String(line).utf8) }
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
        if let value { out.append(contentsOf: value.description.utf8) }
        out.append(UInt8(ascii: ","))
    }

    private func text(_ value: String?, _ out: inout [UInt8]) {
        defer { out.append(UInt8(ascii: ",")) }
        guard let value, !value.isEmpty else { return }
        let utf8 = value.utf8
        let first = utf8.first!
        let isFormula =
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        let needsQuotes = utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        if isFormula { out.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
    }
}
