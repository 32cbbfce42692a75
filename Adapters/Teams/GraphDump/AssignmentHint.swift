import Foundation
import JSONStream

/// Where a submission without `assignmentId` says which assignment it belongs to.
///
/// `GET /education/classes/{class-id}/assignments/{assignment-id}/submissions` returns submissions
/// without `assignmentId` (Microsoft's v1.0 examples): the assignment is in the request, which the
/// response's `@odata.context` repeats
/// (`…/$metadata#education/classes('c1')/assignments('a1')/submissions`), and in how a user saves
/// the responses, one file per assignment (`submissions-<assignment-id>.json`).
struct AssignmentHint: Sendable, Hashable {
    /// Where the hint comes from, for messages.
    enum Origin: String, Sendable {
        /// The response's `@odata.context`.
        case context = "the response's @odata.context"
        /// The file's name.
        case fileName = "the file's name"
        /// The name of the folder the file is in (one folder per assignment).
        case folder = "its folder's name"
    }

    /// The assignment's Graph id.
    var assignmentID: String
    /// Where it was found.
    var origin: Origin

    /// The hints a submission record carries: its wrapper's `@odata.context`, then the folder it was
    /// saved in (one per assignment), then its file's name.
    static func hints(for record: APIDumpRecord, folder: String? = nil) -> [AssignmentHint] {
        var hints: [AssignmentHint] = []
        if let context = record.context, let id = assignmentID(inContext: context) {
            hints.append(AssignmentHint(assignmentID: id, origin: .context))
        }
        if let folder { hints.append(AssignmentHint(assignmentID: folder, origin: .folder)) }
        for id in assignmentIDs(inFileName: (record.file as NSString).lastPathComponent) {
            hints.append(AssignmentHint(assignmentID: id, origin: .fileName))
        }
        return hints
    }

    /// The key of the last `assignments('…')` segment of an `@odata.context` URL (quotes doubled in
    /// OData keys are undone); `nil` when it names none.
    static func assignmentID(inContext context: String) -> String? {
        guard let start = context.range(of: "assignments('", options: .backwards) else { return nil }
        var id = ""
        var index = start.upperBound
        while index < context.endIndex {
            let character = context[index]
            let next = context.index(after: index)
            if character == "'" {
                guard next < context.endIndex, context[next] == "'" else { return id.isEmpty ? nil : id }
                id.append("'")
                index = context.index(after: next)
            } else {
                id.append(character)
                index = next
            }
        }
        return nil
    }

    /// The assignment ids a file name may carry after `submissions` and a separator
    /// (`submissions-<id>.json`, `submissions_<id>-2.json` as page 2): the whole rest, then the rest
    /// without a page number. A rest that is only a page number (`submissions-2.json`) names none.
    static func assignmentIDs(inFileName name: String) -> [String] {
        var stem = Substring(name)
        if stem.lowercased().hasSuffix(".json") { stem = stem.dropLast(5) }
        guard stem.lowercased().hasPrefix("submissions"), let separator = stem.dropFirst(11).first,
            "-_. ".contains(separator)
        else { return [] }
        let rest = stem.dropFirst(12)
        guard !rest.isEmpty, !rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return [] }
        var ids = [String(rest)]
        if let dash = rest.lastIndex(where: { "-_.".contains($0) }), dash > rest.startIndex,
            rest.index(after: dash) < rest.endIndex,
            rest[rest.index(after: dash)...].allSatisfy({ $0.isASCII && $0.isNumber })
        {
            ids.append(String(rest[..<dash]))
        }
        return ids
    }
}
