import Foundation
import GradePortCore
import GradePortWriters

/// Writes `gradeport-adapter/1` lines on standard output: one JSON object per line, `"type"` first.
///
/// Records are written with the `gradeport/1` writer's own field names and order, plus `at` (where
/// the record came from) taken from the record's source reference.
struct ProtocolWriter {
    private var out = JSONTextBuffer(capacity: 1 << 16)
    private let sink: ([UInt8]) -> Void
    /// The input path, to make the files of a folder input relative to it in `at.file`.
    var input: String?

    /// A writer handing its text to `sink` (standard output by default) in chunks.
    init(sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink
    }

    /// Writes the lines buffered so far.
    mutating func flush() {
        guard !out.bytes.isEmpty else { return }
        sink(out.bytes)
        out.removeAll()
    }

    // MARK: - Protocol lines

    /// The first line of every command.
    mutating func hello(adapter: PlatformID, version: String) {
        line("hello") { out in
            out.member("protocol", 1)
            out.member("adapter", adapter)
            out.member("version", version)
        }
    }

    /// The `describe` answer.
    mutating func descriptor(_ descriptor: PlatformDescriptor, extensions: [ExportKindID: [String]]) {
        line("descriptor") { out in
            out.member("id", descriptor.id)
            out.member("name", descriptor.displayName)
            out.key("exports")
            out.beginArray()
            for export in descriptor.exports {
                out.nextElement()
                out.beginObject()
                out.member("kind", export.id)
                out.member("description", export.summary)
                out.key("extensions")
                out.beginArray()
                for suffix in extensions[export.id] ?? [] {
                    out.nextElement()
                    out.string(suffix)
                }
                out.endArray()
                out.endObject()
            }
            out.endArray()
        }
    }

    /// A `sniff` answer for one file.
    mutating func detection(file: String, _ detection: Detection) {
        line("detection") { out in
            out.member("file", file)
            out.member("confidence", detection.confidence.rawValue)
            out.member("export", detection.export)
            out.member("reason", detection.reason)
        }
    }

    /// Every record of a gradebook read from one input, in an order where each reference follows
    /// what it names, then its diagnostics (those the host makes again from the records it checks,
    /// a score above its maximum, are left to the host).
    mutating func records(of book: Gradebook) {
        for school in book.schools { record("school", school.source, { GradebookJSONWriter.write(school, to: &$0) }) }
        for term in book.terms { record("term", term.source, { GradebookJSONWriter.write(term, to: &$0) }) }
        for subject in book.subjects {
            record("subject", subject.source, { GradebookJSONWriter.write(subject, to: &$0) })
        }
        for item in book.classes { record("class", item.source, { GradebookJSONWriter.write(item, to: &$0) }) }
        for person in book.people {
            // `nameParsed` extends the gradeport/1 person for the protocol: names split from one free-text
            // name yield to separate name fields in a merge, so the host must know which these are.
            record("person", person.source, { GradebookJSONWriter.write(person, to: &$0) }) { out in
                if person.nameIsParsed { out.member("nameParsed", true) }
            }
        }
        for enrollment in book.enrollments {
            record("enrollment", nil, { GradebookJSONWriter.write(enrollment, to: &$0) })
        }
        for assessment in book.assessments {
            record("assessment", assessment.source, { GradebookJSONWriter.write(assessment, to: &$0) })
        }
        for result in book.results { record("result", result.source, { GradebookJSONWriter.write(result, to: &$0) }) }
        for diagnostic in book.diagnostics where diagnostic.code != .scoreAboveMaximum {
            let file = entry(diagnostic.file)
            line("diagnostic") { out in
                out.member("severity", diagnostic.severity.rawValue)
                out.member("code", diagnostic.code.rawValue)
                out.member("message", diagnostic.message)
                Self.at(line: diagnostic.line, column: diagnostic.column, file: file, to: &out)
            }
        }
    }

    /// The line before exit status 3: the input cannot be read (any further).
    mutating func fatal(code: DiagnosticCode, message: String, line lineNumber: Int?, column: Int?) {
        line("fatal") { out in
            out.member("message", message)
            out.member("code", code.rawValue)
            Self.at(line: lineNumber, column: column, file: nil, to: &out)
        }
    }

    /// The last line of every command.
    mutating func summary(rows: Int) {
        line("summary") { out in out.member("rows", rows) }
    }

    // MARK: - Private

    private mutating func line(_ type: StaticString, _ body: (inout JSONTextBuffer) -> Void) {
        out.beginObject()
        out.member("type", "\(type)")
        body(&out)
        out.endObject()
        out.raw("\n")
        if out.bytes.count >= 1 << 16 { flush() }
    }

    /// A record line: `{"type":…,` then the gradeport/1 record's members, then `at`.
    private mutating func record(
        _ type: StaticString, _ source: SourceReference?, _ write: (inout JSONTextBuffer) -> Void,
        extensions: (inout JSONTextBuffer) -> Void = { _ in }
    ) {
        var body = JSONTextBuffer(capacity: 256)
        write(&body)
        let members = body.bytes.dropFirst().dropLast()  // the record's `{` and `}`
        out.beginObject()
        out.member("type", "\(type)")
        out.raw(",")
        out.raw(bytes: members)
        extensions(&out)
        if let source { Self.at(line: source.line, column: source.column, file: source.file, to: &out) }
        out.endObject()
        out.raw("\n")
        if out.bytes.count >= 1 << 16 { flush() }
    }

    private static func at(line: Int?, column: Int?, file: String?, to out: inout JSONTextBuffer) {
        guard line != nil || column != nil || file != nil else { return }
        out.key("at")
        out.beginObject()
        out.member("line", line)
        out.member("column", column)
        out.member("file", file)
        out.endObject()
    }

    /// A diagnostic's file as `at.file`: `nil` for the input itself, relative for a file in a folder input.
    private func entry(_ file: String?) -> String? {
        guard let file, let input, file != input else { return nil }
        let folder = input.hasSuffix("/") ? input : input + "/"
        return file.hasPrefix(folder) ? String(file.dropFirst(folder.count)) : file
    }
}
