import Foundation
import GradePortCore
import JSONStream
import TableReader

/// Decides cheaply whether an input is a Teams export, from the first bytes or a folder's names.
///
/// | input | confidence |
/// | --- | --- |
/// | CSV header `First Name, Last Name, e-mail` (any label language) with feedback columns | high |
/// | the same without feedback columns | medium |
/// | `Last Name` before `First Name` (Google Classroom's order) with feedback columns | medium |
/// | `Last Name` before `First Name` without feedback columns | low |
/// | JSON with `#microsoft.graph.education…` types or `@odata.context` | high |
/// | JSON with `members` and `assignments` keys | medium |
/// | folder with `members*.json` and `assignments*.json`, one of them showing Graph marks | high |
/// | the same folder without the marks | medium |
struct TeamsSniffer {
    /// Sniffs a file or a folder.
    func sniff(_ file: ExportFile) -> SniffFinding? {
        if file.isDirectory { return sniffFolder(file) }
        if JSONHead.startsLikeJSON(file.head) { return sniffJSON(file.head) }
        return sniffCSV(file)
    }

    /// The extensions a grades table has (none, too: a download saved without one). A Markdown
    /// README with a table of column names is not an export.
    static let tableExtensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "xml", ""]

    private func sniffCSV(_ file: ExportFile) -> SniffFinding? {
        guard Self.tableExtensions.contains(file.fileExtension), let reader = TablePreview.cursor(for: file),
            let found = try? reader.locateHeader(where: GradesLayout.isHeader),
            let layout = GradesLayout(header: found.header)
        else { return nil }
        let hasFeedback = layout.assignments.contains { $0.feedbackIndex != nil }
        let firstNameFirst = (layout.firstName ?? Int.max) < (layout.lastName ?? Int.max)
        let confidence: Confidence
        switch (firstNameFirst, hasFeedback) {
        case (true, true): confidence = .high
        case (true, false), (false, true): confidence = .medium
        case (false, false): confidence = .low
        }
        let order = firstNameFirst ? "first name before last name" : "last name before first name"
        let feedback = hasFeedback ? "feedback columns" : "no feedback columns"
        return SniffFinding(
            export: TeamsExport.gradesCSV, confidence: confidence,
            reason: "grades header with \(order), an e-mail column and \(feedback)")
    }

    private func sniffJSON(_ head: [UInt8]) -> SniffFinding? {
        if JSONHead.contains("#microsoft.graph.education", in: head) {
            return SniffFinding(
                export: TeamsExport.graphDump, confidence: .high, reason: "Microsoft Graph education records")
        }
        if JSONHead.contains("\"@odata.context\"", in: head) {
            return SniffFinding(
                export: TeamsExport.graphDump, confidence: .high, reason: "Microsoft Graph OData response")
        }
        if JSONHead.contains("\"members\"", in: head) && JSONHead.contains("\"assignments\"", in: head) {
            return SniffFinding(
                export: TeamsExport.graphDump, confidence: .medium, reason: "members and assignments keys")
        }
        return nil
    }

    private func sniffFolder(_ file: ExportFile) -> SniffFinding? {
        let names = file.entries.map { $0.lowercased() }.filter { $0.hasSuffix(".json") }
        let members = names.first { $0.hasPrefix("members") }
        let assignments = names.first { $0.hasPrefix("assignments") }
        guard let members, assignments != nil else { return nil }
        let original = file.entries.first { $0.lowercased() == members } ?? members
        if let handle = FileHandle(forReadingAtPath: file.path(ofEntry: original)) {
            defer { try? handle.close() }
            let head = Array((try? handle.read(upToCount: 4096)) ?? Data())
            if sniffJSON(head)?.confidence == .high {
                return SniffFinding(
                    export: TeamsExport.graphDump, confidence: .high,
                    reason: "folder with members and assignments files holding Microsoft Graph records")
            }
        }
        return SniffFinding(
            export: TeamsExport.graphDump, confidence: .medium, reason: "folder with members and assignments files")
    }

}
