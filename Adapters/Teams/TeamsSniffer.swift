import Foundation
import GradePortCore
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
    /// What the sniffer found.
    struct Finding {
        /// The export kind.
        var export: String
        /// How sure it is.
        var confidence: Confidence
        /// Why.
        var reason: String
    }

    /// Sniffs a file or a folder.
    func sniff(_ file: ExportFile) -> Finding? {
        if file.isDirectory { return sniffFolder(file) }
        if Self.looksLikeJSON(file.head) { return sniffJSON(file.head) }
        return sniffCSV(file)
    }

    /// Whether the bytes start (after an optional UTF-8 BOM and white space) with `{` or `[`.
    static func looksLikeJSON(_ head: [UInt8]) -> Bool {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    private func sniffCSV(_ file: ExportFile) -> Finding? {
        guard let reader = TablePreview.cursor(for: file),
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
        return Finding(
            export: TeamsExport.gradesCSV, confidence: confidence,
            reason: "grades header with \(order), an e-mail column and \(feedback)")
    }

    private func sniffJSON(_ head: [UInt8]) -> Finding? {
        if Self.contains(head, "#microsoft.graph.education") {
            return Finding(
                export: TeamsExport.graphDump, confidence: .high, reason: "Microsoft Graph education records")
        }
        if Self.contains(head, "\"@odata.context\"") {
            return Finding(export: TeamsExport.graphDump, confidence: .high, reason: "Microsoft Graph OData response")
        }
        if Self.contains(head, "\"members\"") && Self.contains(head, "\"assignments\"") {
            return Finding(export: TeamsExport.graphDump, confidence: .medium, reason: "members and assignments keys")
        }
        return nil
    }

    private func sniffFolder(_ file: ExportFile) -> Finding? {
        let names = file.entries.map { $0.lowercased() }.filter { $0.hasSuffix(".json") }
        let members = names.first { $0.hasPrefix("members") }
        let assignments = names.first { $0.hasPrefix("assignments") }
        guard let members, assignments != nil else { return nil }
        let original = file.entries.first { $0.lowercased() == members } ?? members
        if let handle = FileHandle(forReadingAtPath: file.path(ofEntry: original)) {
            defer { try? handle.close() }
            let head = Array((try? handle.read(upToCount: 4096)) ?? Data())
            if sniffJSON(head)?.confidence == .high {
                return Finding(
                    export: TeamsExport.graphDump, confidence: .high,
                    reason: "folder with members and assignments files holding Microsoft Graph records")
            }
        }
        return Finding(
            export: TeamsExport.graphDump, confidence: .medium, reason: "folder with members and assignments files")
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, haystack.count >= pattern.count else { return false }
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + pattern.count].elementsEqual(pattern) {
                return true
            }
            index += 1
        }
        return false
    }
}
