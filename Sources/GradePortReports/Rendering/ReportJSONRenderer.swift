import GradePortCore
import GradePortWriters

/// Writes a report as `gradeport-report/1` JSON.
///
/// ```
/// {"format":"gradeport-report/1","policy":{…},"rows":[{"student":{"id","fullName"},"class","subject",
///  "term","formativePercent","sectionPercent","termPercent","totalPercent","mark","warnings":[…]}],
///  "classes":[…]}
/// ```
///
/// Rows and class summaries of a class with a school carry `"school"`; `--by school|city` adds
/// `"by"` and `"schools"` (per school, grade, subject and term) or `"city"` (per grade, subject and
/// term), summaries like the classes' with `"grade"` and `"platformMarkDifferences"`.
///
/// Field order is fixed and the output deterministic: the same report gives the same bytes. Each
/// row and each class summary sits on its own line. A row's listed fields are always present
/// (`null` when there is no value); the extensions after `warnings` (`roundedPercent`, `annual`,
/// `termMarks`, `meanMark`, `platformMark`, `missingSummatives`) only when they have one.
/// Warnings are in English.
public struct ReportJSONRenderer: ReportRenderer {
    /// The value of the top-level `format` field.
    public static let format = "gradeport-report/1"

    /// Creates a renderer.
    public init() {}

    /// Writes the JSON text in chunks of about `chunkSize` bytes.
    public func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var out = JSONTextBuffer(capacity: chunkSize + 4096)
        func flush() throws {
            guard out.bytes.count >= chunkSize else { return }
            try sink(out.bytes[...])
            out.removeAll()
        }
        out.raw("{\"format\":\"gradeport-report/1\",\n\"policy\":")
        Self.write(report.policy, to: &out)
        out.raw(",\n\"rows\":[")
        for (position, row) in report.rows.enumerated() {
            out.raw(position == 0 ? "\n" : ",\n")
            Self.write(row, to: &out)
            try flush()
        }
        out.raw(report.rows.isEmpty ? "],\n\"classes\":[" : "\n],\n\"classes\":[")
        for (position, summary) in report.classes.enumerated() {
            out.raw(position == 0 ? "\n" : ",\n")
            Self.write(summary, to: &out)
            try flush()
        }
        out.raw(report.classes.isEmpty ? "]" : "\n]")
        if report.level != .class {
            // `--by school|city`: "by", then "schools" or "city", one summary per line.
            out.raw(
                report.level == .school ? ",\n\"by\":\"school\",\n\"schools\":[" : ",\n\"by\":\"city\",\n\"city\":[")
            for (position, summary) in report.groups.enumerated() {
                out.raw(position == 0 ? "\n" : ",\n")
                Self.write(summary, to: &out)
                try flush()
            }
            out.raw(report.groups.isEmpty ? "]" : "\n]")
        }
        out.raw("\n}\n")
        try sink(out.bytes[...])
    }

    static func write(_ policy: GradingPolicy, to out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", policy.id)
        out.member("name", policy.name)
        out.key("rules")
        out.beginArray()
        for entry in policy.entries {
            out.nextElement()
            out.beginObject()
            out.member("from", entry.years.first.description)
            out.member("to", entry.years.last?.description)
            if let grades = entry.grades {
                out.member(
                    "grades", grades.count == 1 ? "\(grades.lowerBound)" : "\(grades.lowerBound)-\(grades.upperBound)")
            }
            out.key("weights")
            out.beginObject()
            out.member("formative", entry.weights.formative)
            out.member("sectionSummative", entry.weights.sectionSummative)
            out.member("termSummative", entry.weights.termSummative)
            out.endObject()
            out.key("scale")
            out.beginArray()
            for band in entry.scale.bands {
                out.nextElement()
                out.beginObject()
                out.member("mark", band.mark)
                out.member("from", band.lowest)
                out.member("to", band.highest)
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }

    static func write(_ row: ReportRow, to out: inout JSONTextBuffer) {
        out.beginObject()
        student(row.student, to: &out)
        nullable(&out, "class", row.className)
        out.member("school", row.school)
        nullable(&out, "subject", row.subject)
        nullable(&out, "term", row.period?.label)
        nullable(&out, "formativePercent", row.formativePercent)
        nullable(&out, "sectionPercent", row.sectionPercent)
        nullable(&out, "termPercent", row.termPercent)
        nullable(&out, "totalPercent", row.totalPercent)
        out.key("mark")
        if let mark = row.mark { out.integer(mark) } else { out.raw("null") }
        out.key("warnings")
        out.beginArray()
        for warning in row.warnings {
            out.nextElement()
            out.string(warning.message)
        }
        out.endArray()
        out.member("roundedPercent", row.roundedPercent)
        if row.isAnnual { out.member("annual", true) }
        if let marks = row.termMarks {
            out.key("termMarks")
            out.beginArray()
            for mark in marks {
                out.nextElement()
                out.integer(mark)
            }
            out.endArray()
        }
        out.member("meanMark", row.meanMark)
        if let platform = row.platformMark {
            out.key("platformMark")
            out.beginObject()
            out.member("title", platform.title)
            out.member("mark", platform.mark)
            out.member("raw", platform.raw)
            out.endObject()
        }
        if !row.missingSummatives.isEmpty { strings(&out, "missingSummatives", row.missingSummatives) }
        out.endObject()
    }

    static func write(_ summary: ClassSummary, to out: inout JSONTextBuffer) {
        out.beginObject()
        nullable(&out, "class", summary.className)
        out.member("school", summary.school)
        if summary.className == nil { out.member("grade", summary.grade) }
        nullable(&out, "subject", summary.subject)
        nullable(&out, "term", summary.period?.label)
        out.member("students", summary.students)
        out.key("marks")
        out.beginObject()
        for count in summary.marks {
            out.nextElement()
            out.string(String(count.mark))
            out.raw(":")
            out.integer(count.count)
        }
        out.endObject()
        out.member("withoutMark", summary.withoutMark)
        if !(summary.period?.isAnnual ?? false) {
            bands(&out, "sectionBands", summary.sectionBands)
            bands(&out, "termBands", summary.termBands)
        }
        out.key("averages")
        out.beginObject()
        out.member("formativePercent", summary.averages.formativePercent)
        out.member("sectionPercent", summary.averages.sectionPercent)
        out.member("termPercent", summary.averages.termPercent)
        out.member("totalPercent", summary.averages.totalPercent)
        out.member("mark", summary.averages.mark)
        out.endObject()
        out.member("quality", summary.quality)
        out.member("progress", summary.progress)
        out.member("platformMarkDifferences", summary.platformMarkDifferences)
        out.key("missingSummatives")
        out.beginArray()
        for entry in summary.missingSummatives {
            out.nextElement()
            out.beginObject()
            student(entry.student, to: &out)
            strings(&out, "assessments", entry.titles)
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }

    private static func student(_ student: ReportStudent, to out: inout JSONTextBuffer) {
        out.key("student")
        out.beginObject()
        out.member("id", student.id)
        out.member("fullName", student.fullName)
        out.endObject()
    }

    private static func bands(_ out: inout JSONTextBuffer, _ key: StaticString, _ counts: BandCounts) {
        out.key(key)
        out.beginObject()
        out.member("high", counts.high)
        out.member("middle", counts.middle)
        out.member("low", counts.low)
        out.member("none", counts.none)
        out.endObject()
    }

    private static func strings(_ out: inout JSONTextBuffer, _ key: StaticString, _ values: [String]) {
        out.key(key)
        out.beginArray()
        for value in values {
            out.nextElement()
            out.string(value)
        }
        out.endArray()
    }

    private static func nullable(_ out: inout JSONTextBuffer, _ key: StaticString, _ value: String?) {
        out.key(key)
        if let value { out.string(value) } else { out.raw("null") }
    }

    private static func nullable(_ out: inout JSONTextBuffer, _ key: StaticString, _ value: DecimalNumber?) {
        out.key(key)
        if let value { out.decimal(value) } else { out.raw("null") }
    }
}
