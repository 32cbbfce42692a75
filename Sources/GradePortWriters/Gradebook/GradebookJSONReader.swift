import GradePortCore
import JSONStream

/// Reads a `gradeport/1` file (what ``GradebookJSONWriter`` writes) back into the `Gradebook` it
/// was written from: sources, records, provenance, diagnostics and the merge summary, so that
/// writing it again gives the same bytes.
///
/// ```swift
/// let book = try GradebookJSONReader().read(path: "7A.json")
/// ```
///
/// What is wrong is an ``ExportReadError`` at the line and column of the record (each record sits
/// on its own line): a missing or mistyped field, an unknown field (never dropped silently), a
/// reference to a source the file does not list, a `format` other than `gradeport/1`.
public struct GradebookJSONReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Whether the first bytes of a file are a `gradeport/1` document: an object whose first member
    /// is `"format":"gradeport/1"`, as the writer puts it (whitespace and a UTF-8 BOM allowed).
    public static func recognises(head: some Collection<UInt8>) -> Bool {
        var bytes = Array(head.prefix(256))[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes.filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }, as: UTF8.self)
        return text.hasPrefix("{\"format\":\"\(GradebookJSONWriter.format)\"")
    }

    /// Reads the file at `path`.
    ///
    /// - Throws: `ExportReadError` (or `JSONReadError`, both `DiagnosableError`) with the line and
    ///   column of what is wrong.
    public func read(path: String) throws -> Gradebook {
        try read(JSONReader(path: path))
    }

    /// Reads a document held in memory; `name` is used in errors.
    public func read(bytes: [UInt8], name: String) throws -> Gradebook {
        try read(JSONReader(bytes: bytes, name: name))
    }

    private func read(_ reader: JSONReader) throws -> Gradebook {
        var book = Gradebook()
        var sourceIDs: Set<Source.ID> = []
        var format: String?
        let (startLine, startColumn) = (reader.line, reader.column)
        guard try reader.peekKind() == .object else {
            throw ExportReadError(
                .unknownFormat, "not a gradeport/1 document: it does not start with an object", line: startLine,
                column: startColumn)
        }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            if key == "format" {
                let (line, column) = (reader.line, reader.column)
                format = try reader.readValue().string
                guard format == GradebookJSONWriter.format else {
                    throw ExportReadError(
                        .unknownFormat,
                        "'format' is \(format.map { "'\($0)'" } ?? "not text"); only gradeport/1 is read",
                        line: line, column: column)
                }
                continue
            }
            guard format != nil else {
                throw ExportReadError(
                    .unknownFormat, "not a gradeport/1 document: 'format' must come first, found '\(key)'",
                    line: reader.line, column: reader.column)
            }
            if key == "merge" {
                let (line, column) = (reader.line, reader.column)
                book.merge = try Self.merge(
                    GradebookJSONRecord(reader.readValue(), "merge", line: line, column: column))
                continue
            }
            guard let section = Section(rawValue: key) else {
                throw ExportReadError(
                    .malformedInput, "unknown section '\(key)'", line: reader.line, column: reader.column)
            }
            try reader.beginArray()
            while try reader.hasNextElement() {
                let (line, column) = (reader.line, reader.column)
                let record = try GradebookJSONRecord(
                    reader.readValue(), section.recordName, line: line, column: column)
                try section.read(record, into: &book, sources: &sourceIDs)
            }
        }
        guard format != nil else {
            throw ExportReadError(.unknownFormat, "not a gradeport/1 document: no 'format'", line: startLine)
        }
        return book
    }

    /// The arrays of a `gradeport/1` document.
    private enum Section: String {
        case sources, schools, terms, subjects, classes, people, enrollments, assessments, results, diagnostics

        var recordName: String {
            switch self {
            case .sources: "source"
            case .schools: "school"
            case .terms: "term"
            case .subjects: "subject"
            case .classes: "class"
            case .people: "person"
            case .enrollments: "enrollment"
            case .assessments: "assessment"
            case .results: "result"
            case .diagnostics: "diagnostic"
            }
        }

        func read(
            _ record: GradebookJSONRecord, into book: inout Gradebook, sources: inout Set<Source.ID>
        ) throws(ExportReadError) {
            switch self {
            case .sources:
                try record.requireOnly(["id", "file", "platform", "export", "sha256", "rows"])
                let source = Source(
                    id: try record.identifier("id"), file: try record.string("file"),
                    platform: try record.identifier("platform"), export: try record.identifier("export"),
                    sha256: try record.optionalString("sha256"), rows: try record.optionalInteger("rows") ?? 0)
                guard sources.insert(source.id).inserted else {
                    throw record.failure("the id '\(source.id)' is listed twice")
                }
                book.sources.append(source)
            case .schools:
                try record.requireOnly(["id", "name", "bin"])
                book.schools.append(
                    School(
                        id: try record.identifier("id"), name: try record.optionalString("name"),
                        bin: try record.optionalString("bin")))
            case .terms:
                try record.requireOnly(["id", "schoolYear", "kind", "number", "start", "end", "name"])
                book.terms.append(
                    Term(
                        id: try record.identifier("id"), schoolYear: try record.optionalString("schoolYear"),
                        kind: try record.optionalEnumeration("kind"), number: try record.optionalInteger("number"),
                        start: try record.optionalString("start"), end: try record.optionalString("end"),
                        name: try record.optionalString("name")))
            case .subjects:
                try record.requireOnly(["id", "name"])
                book.subjects.append(Subject(id: try record.identifier("id"), name: try record.string("name")))
            case .classes:
                try record.requireOnly(["id", "name", "grade", "school"])
                book.classes.append(
                    SchoolClass(
                        id: try record.identifier("id"), name: try record.string("name"),
                        grade: try record.optionalInteger("grade"), school: try record.optionalIdentifier("school")))
            case .people:
                try record.requireOnly([
                    "id", "role", "familyName", "givenName", "patronymic", "email", "iin", "externalIds", "source",
                ])
                var externalIds: [Person.ExternalID] = []
                for external in try record.records("externalIds") {
                    try external.requireOnly(["platform", "id"])
                    externalIds.append(
                        Person.ExternalID(platform: try external.identifier("platform"), id: try external.string("id")))
                }
                book.people.append(
                    Person(
                        id: try record.identifier("id"), role: try record.enumeration("role"),
                        familyName: try record.optionalString("familyName"),
                        givenName: try record.optionalString("givenName"),
                        patronymic: try record.optionalString("patronymic"), email: try record.optionalString("email"),
                        iin: try record.optionalString("iin"), externalIds: externalIds,
                        source: try record.optionalReference(sources: sources)))
            case .enrollments:
                try record.requireOnly(["person", "class", "subject", "role"])
                book.enrollments.append(
                    Enrollment(
                        person: try record.identifier("person"), class: try record.identifier("class"),
                        subject: try record.optionalIdentifier("subject"), role: try record.enumeration("role")))
            case .assessments:
                try record.requireOnly([
                    "id", "title", "kind", "number", "maxScore", "subject", "class", "term", "date", "category",
                    "source", "aliases",
                ])
                var assessment = Assessment(
                    id: try record.identifier("id"), title: try record.string("title"),
                    kind: try record.enumeration("kind"), number: try record.optionalInteger("number"),
                    maxScore: try record.optionalDecimal("maxScore"), subject: try record.optionalIdentifier("subject"),
                    class: try record.optionalIdentifier("class"), term: try record.optionalIdentifier("term"),
                    date: try record.optionalString("date"), category: try record.optionalString("category"),
                    source: try record.optionalReference(sources: sources))
                for alias in try record.records("aliases") {
                    try alias.requireOnly(["id", "source"])
                    assessment.aliases.append(
                        Assessment.Alias(
                            id: try alias.identifier("id"), source: try alias.optionalReference(sources: sources)))
                }
                book.assessments.append(assessment)
            case .results:
                try record.requireOnly([
                    "person", "assessment", "status", "score", "maxScore", "percent", "raw", "comment", "late", "draft",
                    "source",
                ])
                guard let source = try record.optionalReference(sources: sources) else {
                    throw record.failure("'source' is missing")
                }
                let result = AssessmentResult(
                    person: try record.identifier("person"), assessment: try record.identifier("assessment"),
                    status: try record.enumeration("status"), score: try record.optionalDecimal("score"),
                    maxScore: try record.optionalDecimal("maxScore"), raw: try record.optionalString("raw"),
                    comment: try record.optionalString("comment"), late: try record.optionalBool("late"),
                    draft: try record.optionalBool("draft"), source: source)
                // The percent is derived: one that disagrees means the file was edited inconsistently.
                if let percent = try record.optionalDecimal("percent"), percent != result.percent {
                    throw record.failure(
                        "'percent' \(percent) does not match score/maxScore (\(result.percent.map(\.description) ?? "none"))"
                    )
                }
                book.results.append(result)
            case .diagnostics:
                try record.requireOnly(["severity", "code", "message", "source", "file", "line", "column"])
                book.diagnostics.append(
                    Diagnostic(
                        severity: try record.enumeration("severity"), code: try record.identifier("code"),
                        message: try record.string("message"), source: try record.optionalIdentifier("source"),
                        file: try record.optionalString("file"), line: try record.optionalInteger("line"),
                        column: try record.optionalInteger("column")))
            }
        }
    }

    private static func merge(_ record: GradebookJSONRecord) throws(ExportReadError) -> MergeSummary {
        try record.requireOnly([
            "preference", "inputs", "people", "classesAligned", "subjectsAligned", "termsAligned", "assessments",
            "results",
        ])
        var merge = MergeSummary(
            preference: ConflictPreference(try record.string("preference")), inputs: try record.integer("inputs"))
        merge.classesAligned = try record.integer("classesAligned")
        merge.subjectsAligned = try record.integer("subjectsAligned")
        merge.termsAligned = try record.integer("termsAligned")
        guard let people = try record.optionalRecord("people", "people"),
            let assessments = try record.optionalRecord("assessments", "assessments"),
            let results = try record.optionalRecord("results", "results")
        else { throw record.failure("'people', 'assessments' and 'results' must all be there") }
        try people.requireOnly([
            "before", "after", "matchedBy", "sharedIds", "ambiguous", "possibleDuplicates", "conflictingIdentities",
        ])
        merge.peopleBefore = try people.integer("before")
        merge.peopleAfter = try people.integer("after")
        merge.peopleSharedAcrossInputs = try people.integer("sharedIds")
        merge.ambiguousPeople = try people.integer("ambiguous")
        merge.possibleDuplicates = try people.integer("possibleDuplicates")
        merge.conflictingIdentities = try people.integer("conflictingIdentities")
        guard let matchedBy = try people.optionalRecord("matchedBy", "matchedBy") else {
            throw people.failure("'matchedBy' is missing")
        }
        let evidence: [(String, MatchEvidence)] = [
            ("iin", .iin), ("email", .email), ("platformLink", .platformLink), ("name", .name),
        ]
        try matchedBy.requireOnly(Set(evidence.map(\.0)))
        for (key, kind) in evidence {
            let count = try matchedBy.integer(key)
            if count != 0 { merge.peopleMatched[kind] = count }
        }
        try assessments.requireOnly(["aligned", "maximumMismatches", "ambiguous"])
        merge.assessmentsAligned = try assessments.integer("aligned")
        merge.assessmentMaximumMismatches = try assessments.integer("maximumMismatches")
        merge.ambiguousAssessments = try assessments.integer("ambiguous")
        try results.requireOnly(["agreements", "conflicts", "duplicates"])
        merge.resultAgreements = try results.integer("agreements")
        merge.resultConflicts = try results.integer("conflicts")
        merge.duplicateResults = try results.integer("duplicates")
        return merge
    }
}
