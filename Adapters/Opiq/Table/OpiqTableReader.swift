import Foundation
import GradePortCore
import JournalProfiles
import TableReader

/// Reads an Opiq results table with the Opiq profile into a gradebook.
///
/// The header is the first of the profile's `header.search` rows with a name column; the rows
/// above it give the class and subject (``OpiqContext``) and are noted. Each task column becomes
/// one assessment; each filled value or comment cell one result (see ``OpiqRows`` and
/// ``OpiqCellReader``). At the end, one note says how many letter ratings and modified marks were
/// read and how.
struct OpiqTableReader {
    /// The profile.
    let profile: JournalProfile
    /// The input.
    let file: ExportFile

    /// Reads the table.
    ///
    /// - Throws: ``ExportReadError`` (`missing-header`) without a header; the table reader's errors
    ///   when the file cannot be decoded or ends inside a quoted cell (rows before are kept).
    func read(_ table: any TableCursor, into builder: inout GradebookBuilder) throws {
        guard
            let (header, preamble) = try table.locateHeader(
                maxRows: profile.header.search, where: { OpiqLayout.isHeader($0, profile: profile) }),
            let layout = OpiqLayout(header: header, profile: profile)
        else {
            let names = profile.columns.name.words.prefix(4).map { "'\($0)'" }.joined(separator: ", ")
            throw ExportReadError(
                .missingHeader,
                "no header row with a student column (\(names), …) in the first \(profile.header.search) rows")
        }
        let titled = preamble.contains { row in
            row.strings().contains { $0.range(of: "opiq", options: .caseInsensitive) != nil }
        }
        guard titled || layout.tasks.contains(where: { $0.commentIndex != nil }) else {
            throw ExportReadError(
                .missingHeader,
                "not an Opiq results table: the header at line \(header.line) has no comment column "
                    + "(Комментарий, Пікір, Comment) and no row above it names Opiq",
                line: header.line)
        }
        for row in preamble where !row.isEmptyRow {
            builder.diagnose(
                .info, .skippedRow, "row above the header is not a student: \(Self.describe(row))", line: row.line)
        }
        let platform = profile.platform
        let context = OpiqContext(preamble: preamble, fileBaseName: file.baseName)
        for note in context.notes { builder.diagnose(.info, .inferredValue, note) }

        var classID: String?
        if let className = context.className {
            classID = "\(platform):class:\(className)"
            builder.add(SchoolClass(id: classID!, name: className, grade: ClassName(parsing: className)?.grade))
        } else if layout.className == nil {
            classID = "\(platform):class:\(file.baseName)"
            builder.add(SchoolClass(id: classID!, name: file.baseName))
            builder.diagnose(
                .info, .inferredValue, "nothing names the class; the class is named after the file, '\(file.baseName)'")
        }
        var subjectID: String?
        if let subject = context.subject {
            subjectID = "\(platform):subject:\(subject)"
            builder.add(Subject(id: subjectID!, name: subject))
        }
        for column in layout.ignored {
            builder.diagnose(
                .info, .ignoredContent, "column '\(column.heading)' is not read: \(column.reason)",
                line: header.line, column: column.index + 1)
        }
        if layout.tasks.isEmpty {
            builder.diagnose(.warning, .missingColumn, "the header has no task column", line: header.line)
        }

        let scope = [context.className ?? file.baseName, context.subject].compactMap { $0 }.joined(separator: "/")
        var assessmentIDs: [String] = []
        var used: [String: Int] = [:]
        for task in layout.tasks {
            var id = "\(platform):\(scope):\(task.title)"
            used[id, default: 0] += 1
            if let repeats = used[id], repeats > 1 { id += " (\(repeats))" }
            assessmentIDs.append(id)
            builder.add(
                Assessment(
                    id: id, title: task.title, kind: task.kind, number: task.number, maxScore: task.maxScore,
                    subject: subjectID, class: classID,
                    source: builder.reference(line: header.line, column: task.index + 1)))
        }

        let extraWords = profile.words.statuses.reduce(into: [String: ResultStatus]()) { table, entry in
            for word in entry.value { table[word] = entry.key }
        }
        var rows = OpiqRows(
            layout: layout, platform: platform, classID: classID, className: context.className,
            subjectID: subjectID, assessmentIDs: assessmentIDs,
            cells: OpiqCellReader(
                decimalComma: profile.decimalComma ?? table.usesDecimalComma, extraStatusWords: extraWords))
        builder.reserveCapacity(forTableBytes: file.size)
        var failure: (any Error)?
        do {
            while let row = try table.next() {
                if row.isEmptyRow { continue }
                rows.read(row, into: &builder)
            }
        } catch {
            failure = error
        }
        Self.summarise(rows, into: &builder)
        if let reader = table as? CSVReader {
            for warning in reader.warnings {
                builder.diagnose(.warning, .malformedInput, warning.message, line: warning.line, column: warning.column)
            }
        }
        if let failure { throw failure }
    }

    /// One note for the letter ratings and one for the modified marks, at the first of each.
    private static func summarise(_ rows: OpiqRows, into builder: inout GradebookBuilder) {
        if let first = rows.letters.first {
            let count = rows.letters.count
            builder.diagnose(
                .info, .letterRating,
                "\(count) letter rating\(count == 1 ? "" : "s") (such as '\(first.raw)') kept as raw values with the "
                    + "status submitted and no score: a letter has no agreed number, so none is invented",
                line: first.line, column: first.column)
        }
        if let first = rows.modifiedMarks.first {
            let count = rows.modifiedMarks.count
            builder.diagnose(
                .info, .markModifier,
                "\(count) mark\(count == 1 ? "" : "s") with + or − (such as '\(first.raw)') read as the base mark out "
                    + "of 5 (4+ → 4, 5− → 5); the modifier is kept in the raw value",
                line: first.line, column: first.column)
        }
    }

    /// The row's non-blank cells, for a message.
    static func describe(_ row: CSVRow) -> String {
        let cells = row.indices.filter { !row.isBlank($0) }.prefix(8).map {
            "'\(row[$0].trimmingCharacters(in: .whitespaces))'"
        }
        return cells.isEmpty ? "(blank)" : cells.joined(separator: ", ")
    }
}
