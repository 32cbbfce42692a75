import GradePortCore

/// Writes a `Gradebook` in the `gradeport/1` JSON form.
///
/// The form is a contract: field names and their order are fixed, absent values are omitted, numbers
/// are JSON numbers, and arrays keep the gradebook's order (the order of first appearance in the
/// inputs, in the order they were given), so the same inputs always give byte-identical output.
/// Each record sits on its own line, which keeps large outputs readable and diffable.
///
/// Fields beyond DESIGN.md's list (`source` on people and assessments, `number` and `aliases` on
/// assessments, `draft` on results, `file` on diagnostics, `name` on terms, and the top-level `merge`
/// summary written after a merge of several inputs) are extensions; none is renamed.
public struct GradebookJSONWriter: Sendable {
    /// The value of the top-level `format` field.
    public static let format = "gradeport/1"

    /// Creates a writer.
    public init() {}

    /// Writes the gradebook, handing over the text in chunks of about `chunkSize` bytes so that a
    /// large gradebook never exists twice in memory.
    public func write(_ book: Gradebook, chunkSize: Int = 1 << 20, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows
    {
        var out = JSONTextBuffer(capacity: chunkSize + 4096)
        out.raw("{\n\"format\":\"gradeport/1\"")
        try section(&out, "sources", book.sources, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "schools", book.schools, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "terms", book.terms, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "subjects", book.subjects, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "classes", book.classes, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "people", book.people, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "enrollments", book.enrollments, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "assessments", book.assessments, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "results", book.results, chunkSize: chunkSize, sink: sink, Self.write)
        try section(&out, "diagnostics", book.diagnostics, chunkSize: chunkSize, sink: sink, Self.write)
        if let merge = book.merge {
            out.raw(",\n\"merge\":")
            Self.write(merge, to: &out)
        }
        out.raw("\n}\n")
        try sink(out.bytes[...])
    }

    /// The whole JSON text as bytes.
    public func encode(_ book: Gradebook) -> [UInt8] {
        var all: [UInt8] = []
        write(book) { all.append(contentsOf: $0) }
        return all
    }

    // MARK: - Sections

    private func element(_ out: inout JSONTextBuffer, _ index: Int) {
        out.raw(index == 0 ? "\n" : ",\n")
    }

    private func section<Record>(
        _ out: inout JSONTextBuffer, _ name: StaticString, _ records: [Record], chunkSize: Int,
        sink: (ArraySlice<UInt8>) throws -> Void, _ write: (Record, inout JSONTextBuffer) -> Void
    ) rethrows {
        out.raw(",\n\"")
        out.raw(name)
        out.raw("\":[")
        for index in records.indices {
            element(&out, index)
            write(records[index], &out)
            if out.bytes.count >= chunkSize {
                try sink(out.bytes[...])
                out.removeAll()
            }
        }
        out.raw(records.isEmpty ? "]" : "\n]")
    }

    // MARK: - Records

    package static func write(_ source: Source, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", source.id)
        out.member("file", source.file)
        out.member("platform", source.platform)
        out.member("export", source.export)
        out.member("sha256", source.sha256)
        out.member("rows", source.rows)
        out.member("school", source.school)
        out.endObject()
    }

    package static func write(_ school: School, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", school.id)
        out.member("name", school.name)
        out.member("bin", school.bin)
        out.endObject()
    }

    package static func write(_ term: Term, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", term.id)
        out.member("schoolYear", term.schoolYear)
        out.member("kind", term.kind?.rawValue)
        out.member("number", term.number)
        out.member("start", term.start)
        out.member("end", term.end)
        out.member("name", term.name)
        out.endObject()
    }

    package static func write(_ subject: Subject, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", subject.id)
        out.member("name", subject.name)
        out.endObject()
    }

    package static func write(_ schoolClass: SchoolClass, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", schoolClass.id)
        out.member("name", schoolClass.name)
        out.member("grade", schoolClass.grade)
        out.member("school", schoolClass.school)
        out.endObject()
    }

    package static func write(_ person: Person, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", person.id)
        out.member("role", person.role.rawValue)
        out.member("familyName", person.familyName)
        out.member("givenName", person.givenName)
        out.member("patronymic", person.patronymic)
        out.member("email", person.email)
        out.member("iin", person.iin)
        if !person.externalIds.isEmpty {
            out.key("externalIds")
            out.beginArray()
            for external in person.externalIds {
                out.nextElement()
                out.beginObject()
                out.member("platform", external.platform)
                out.member("id", external.id)
                out.endObject()
            }
            out.endArray()
        }
        if let source = person.source { reference(source, to: &out) }
        out.endObject()
    }

    package static func write(_ enrollment: Enrollment, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("person", enrollment.person)
        out.member("class", enrollment.class)
        out.member("subject", enrollment.subject)
        out.member("role", enrollment.role.rawValue)
        out.endObject()
    }

    package static func write(_ assessment: Assessment, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", assessment.id)
        out.member("title", assessment.title)
        out.member("kind", assessment.kind.rawValue)
        out.member("number", assessment.number)
        out.member("maxScore", assessment.maxScore)
        out.member("subject", assessment.subject)
        out.member("class", assessment.class)
        out.member("term", assessment.term)
        out.member("date", assessment.date)
        out.member("category", assessment.category)
        if let source = assessment.source { reference(source, to: &out) }
        if !assessment.aliases.isEmpty {
            out.key("aliases")
            out.beginArray()
            for alias in assessment.aliases {
                out.nextElement()
                out.beginObject()
                out.member("id", alias.id)
                if let source = alias.source { reference(source, to: &out) }
                out.endObject()
            }
            out.endArray()
        }
        out.endObject()
    }

    package static func write(_ result: AssessmentResult, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("person", result.person)
        out.member("assessment", result.assessment)
        out.member("status", result.status.rawValue)
        out.member("score", result.score)
        out.member("maxScore", result.maxScore)
        out.member("percent", result.percent)
        out.member("raw", result.raw)
        out.member("comment", result.comment)
        out.member("late", result.late)
        out.member("draft", result.draft)
        reference(result.source, to: &out)
        out.endObject()
    }

    package static func write(_ diagnostic: Diagnostic, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("severity", diagnostic.severity.rawValue)
        out.member("code", diagnostic.code.rawValue)
        out.member("message", diagnostic.message)
        out.member("source", diagnostic.source)
        out.member("file", diagnostic.file)
        out.member("line", diagnostic.line)
        out.member("column", diagnostic.column)
        out.endObject()
    }

    package static func write(_ merge: MergeSummary, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("preference", merge.preference.description)
        out.member("inputs", merge.inputs)
        out.key("people")
        out.beginObject()
        out.member("before", merge.peopleBefore)
        out.member("after", merge.peopleAfter)
        out.key("matchedBy")
        out.beginObject()
        out.member("iin", merge.peopleMatched[.iin, default: 0])
        out.member("email", merge.peopleMatched[.email, default: 0])
        out.member("platformLink", merge.peopleMatched[.platformLink, default: 0])
        out.member("name", merge.peopleMatched[.name, default: 0])
        out.endObject()
        out.member("sharedIds", merge.peopleSharedAcrossInputs)
        out.member("ambiguous", merge.ambiguousPeople)
        out.member("possibleDuplicates", merge.possibleDuplicates)
        out.member("conflictingIdentities", merge.conflictingIdentities)
        out.endObject()
        out.member("classesAligned", merge.classesAligned)
        out.member("subjectsAligned", merge.subjectsAligned)
        out.member("termsAligned", merge.termsAligned)
        out.key("assessments")
        out.beginObject()
        out.member("aligned", merge.assessmentsAligned)
        out.member("maximumMismatches", merge.assessmentMaximumMismatches)
        out.member("ambiguous", merge.ambiguousAssessments)
        out.endObject()
        out.key("results")
        out.beginObject()
        out.member("agreements", merge.resultAgreements)
        out.member("conflicts", merge.resultConflicts)
        out.member("duplicates", merge.duplicateResults)
        out.endObject()
        out.endObject()
    }

    private static func reference(_ source: SourceReference, to out: inout JSONTextBuffer) {
        out.key("source")
        out.beginObject()
        out.member("id", source.source)
        out.member("file", source.file)
        out.member("line", source.line)
        out.member("column", source.column)
        out.endObject()
    }
}
