import Foundation
import GradePortCore
import JournalProfiles
import TableReader

/// Decides cheaply whether an input is an Opiq results table, from its first bytes.
///
/// | input | confidence |
/// | --- | --- |
/// | a header with a student column, and `Opiq` in a row above it | high |
/// | a header with a student column and task columns each followed by a comment column | medium |
/// | a long header (student, task, result or percent) with a mark column (`Оценка`, `Баға`) | high |
/// | a long header with `Opiq` in a row above it | high |
/// | anything else | not Opiq |
///
/// A long header without a mark column or the title is not claimed: Bilim Land's results tables
/// have the same student, task, date and percent columns, and no mark.
///
/// High is above the medium the generic `journal` profile gives a journal table, so `detect`
/// prefers Opiq for its own files; without the title row, `--platform opiq` still reads them.
struct OpiqSniffer {
    /// The profile.
    let profile: JournalProfile

    /// What the first rows of a file say: whether `Opiq` is above the header, and its columns.
    struct Header {
        /// Whether a row above the header names Opiq.
        var titled: Bool
        /// The task columns (neither a student, class, comment nor ignored column).
        var tasks: Int
        /// The comment columns.
        var comments: Int
        /// The header's line.
        var line: Int
    }

    /// Reads the header of a file; `nil` without one.
    func header(_ file: ExportFile) -> Header? {
        guard let found = ProfilePlatform(profile).locateHeader(in: file) else { return nil }
        let titled = found.preamble.contains { row in
            row.strings().contains { $0.range(of: "opiq", options: .caseInsensitive) != nil }
        }
        let columns = profile.columns
        var tasks = 0
        var comments = 0
        for index in found.header.indices where !found.header.isBlank(index) {
            let heading = found.header[index]
            if columns.comment.matchesWhole(heading) {
                if tasks > 0 { comments += 1 }
            } else if !columns.name.matchesWhole(heading) && !columns.className.matchesWhole(heading)
                && !columns.ignore.matchesWhole(heading)
            {
                tasks += 1
            }
        }
        return Header(titled: titled, tasks: tasks, comments: comments, line: found.header.line)
    }

    /// Sniffs a file as the long layout (the profile is `opiq-long.yaml`): only on positive
    /// evidence, a mark column beside a result or percent column, or `Opiq` above the header.
    func sniffLong(_ file: ExportFile) -> (confidence: Confidence, reason: String)? {
        guard profile.sniff.extensions.contains(file.fileExtension) || file.fileExtension.isEmpty,
            let found = ProfilePlatform(profile).locateHeader(in: file)
        else { return nil }
        let long = profile.columns.long
        let headings = found.header.strings()
        let hasMark = headings.contains { long.mark.matchesWhole($0) }
        let hasValue = headings.contains { long.score.matchesWhole($0) || long.percent.matchesWhole($0) }
        if found.preamble.contains(where: { row in
            row.strings().contains { $0.range(of: "opiq", options: .caseInsensitive) != nil }
        }) {
            return (.high, "'Opiq' in the title and a task results header: student, task, result, percent or mark")
        }
        if hasMark && hasValue {
            return (.high, "a task results header with a mark column (Оценка, Баға) beside a result or percent column")
        }
        return nil
    }

    /// Sniffs a file.
    func sniff(_ file: ExportFile) -> (confidence: Confidence, reason: String)? {
        guard profile.sniff.extensions.contains(file.fileExtension) || file.fileExtension.isEmpty,
            let header = header(file), header.tasks > 0
        else { return nil }
        if header.titled {
            return (.high, "'Opiq' in the title and a header with a student column and \(header.tasks) tasks")
        }
        if header.comments > 0 {
            return (.medium, "a header with a student column and \(header.comments) tasks followed by comment columns")
        }
        return nil
    }
}
