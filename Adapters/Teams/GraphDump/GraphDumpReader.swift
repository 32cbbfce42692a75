import Foundation
import GradePortCore
import JSONStream

/// Reads a Microsoft Graph education dump: one JSON file whose keys name the collections, or a
/// folder of JSON files named after them (pages such as `members-2.json` included).
///
/// Collections: `class` (one `educationClass`) or `classes`; `members` (`educationUser`);
/// `assignments` (`educationAssignment`, optionally embedding `submissions`); `submissions`
/// (`educationSubmission` with `$expand=outcomes`, each with `assignmentId`). Lists may be bare or
/// wrapped as Graph returns them (`{"value":[…], "@odata.context":…, "@odata.nextLink":…}`).
///
/// Submissions point at members and assignments that may come later in the dump (a folder is read
/// in file-name order), so records are gathered first — as small structs, not JSON trees — and
/// written to the builder at the end, also when the dump turns out to be truncated.
struct GraphDumpReader {
    /// The input.
    let file: ExportFile

    /// The collections read.
    static let collections: [APIDumpCollection] = [
        APIDumpCollection("class"), APIDumpCollection("classes"), APIDumpCollection("members"),
        APIDumpCollection("assignments"), APIDumpCollection("submissions"),
    ]

    /// Reads the dump into the builder.
    ///
    /// - Throws: `JSONReadError` when the JSON is malformed or holds none of the collections; the
    ///   records read before the damage are written to the builder first.
    func read(into builder: inout GradebookBuilder) throws {
        let dump = try APIDump(path: file.path)
        var gathered = GraphRecords()
        var failure: (any Error)?
        var summary: APIDumpSummary?
        do {
            summary = try dump.records(in: Self.collections) { record in
                builder.countRows()
                gathered.add(record)
            }
        } catch {
            failure = error
        }
        for (path, assignmentID) in Self.assignmentFolderFiles(of: dump) {
            do {
                let page = try APIDump(path: path)
                try page.records(in: [APIDumpCollection("submissions", aliases: ["value"])]) { record in
                    builder.countRows()
                    gathered.add(record, folderAssignment: assignmentID)
                }
            } catch {
                failure = failure ?? error
            }
        }
        var writer = GraphGradebookWriter(dumpIsFolder: dump.isFolder)
        writer.write(gathered, into: &builder)
        if let summary {
            Self.report(summary, files: dump.files, embedded: gathered.hasEmbeddedSubmissions, into: &builder)
        }
        if let failure { throw failure }
    }

    /// Submissions saved one folder per assignment, as `GET …/assignments/{id}/submissions` answers
    /// them: `assignments/<id>/submissions*.json` or `<id>/submissions*.json` inside a folder dump, each
    /// with the folder's name as its assignment id.
    static func assignmentFolderFiles(of dump: APIDump) -> [(path: String, assignmentID: String)] {
        guard dump.isFolder else { return [] }
        let manager = FileManager.default
        func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        func submissionFiles(in folder: String) -> [String] {
            ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter {
                $0.lowercased().hasPrefix("submissions") && $0.lowercased().hasSuffix(".json")
            }.sorted().map { folder + "/" + $0 }
        }
        var found: [(path: String, assignmentID: String)] = []
        for entry in dump.otherFiles where isFolder(entry) {
            let name = (entry as NSString).lastPathComponent
            if name.lowercased() == "assignments" {
                for child in ((try? manager.contentsOfDirectory(atPath: entry)) ?? []).sorted()
                where !child.hasPrefix(".") && isFolder(entry + "/" + child) {
                    found += submissionFiles(in: entry + "/" + child).map { ($0, child) }
                }
            } else {
                found += submissionFiles(in: entry).map { ($0, name) }
            }
        }
        return found
    }

    /// Notes the keys and files not read, and missing pages.
    private static func report(
        _ summary: APIDumpSummary, files: [String], embedded: Bool, into builder: inout GradebookBuilder
    ) {
        for ignored in summary.ignoredKeys {
            let where_ = (ignored.file as NSString).lastPathComponent
            let line = ignored.line > 0 ? ignored.line : nil
            let column = ignored.column > 0 ? ignored.column : nil
            let isNextLink = ignored.key.hasSuffix("@odata.nextLink") || ignored.key.hasSuffix("nextPageToken")
            if isNextLink && hasLaterPage(after: ignored.file, key: ignored.key, in: files) {
                builder.diagnose(
                    .info, .ignoredContent, "\(where_): '\(ignored.key)' is not read; the next page is a later file",
                    line: line, column: column)
            } else if isNextLink {
                builder.diagnose(
                    .warning, .ignoredContent,
                    "\(where_): '\(ignored.key)' says the API had more pages, which are not in the dump: "
                        + "some records are missing",
                    line: line, column: column)
            } else {
                builder.diagnose(
                    .info, .ignoredContent, "\(where_): '\(ignored.key)' is not read", line: line, column: column)
            }
        }
        if summary.missingCollections.contains("submissions") && !embedded {
            builder.diagnose(.info, .ignoredContent, "the dump has no submissions: no results")
        }
    }

    /// Whether a folder dump holds another file of the same collection after `file`
    /// (`members.json` → `members-2.json`); the folder's files are in page order.
    private static func hasLaterPage(after file: String, key: String, in files: [String]) -> Bool {
        guard let collection = key.split(separator: ".").first?.lowercased(),
            let position = files.firstIndex(of: file)
        else { return false }
        return files[(position + 1)...].contains {
            (($0 as NSString).lastPathComponent).lowercased().hasPrefix(collection)
        }
    }
}

/// The records of a Graph dump, gathered in reading order.
struct GraphRecords: Sendable {
    /// `class` and `classes`.
    var classes: [GraphClassRecord] = []
    /// `members`.
    var members: [GraphMemberRecord] = []
    /// `assignments`.
    var assignments: [GraphAssignmentRecord] = []
    /// `submissions` read as their own collection.
    var submissions: [GraphSubmissionRecord] = []
    /// Records that are not JSON objects: (collection, location).
    var notObjects: [(collection: String, location: DumpLocation)] = []

    /// Whether any assignment embeds its submissions.
    var hasEmbeddedSubmissions: Bool { assignments.contains { !$0.submissions.isEmpty } }

    /// Adds one record of the dump; `folderAssignment` is the assignment a per-assignment folder names.
    mutating func add(_ record: APIDumpRecord, folderAssignment: String? = nil) {
        let location = DumpLocation(record)
        guard record.value.object != nil else {
            notObjects.append((record.collection, location))
            return
        }
        switch record.collection {
        case "class", "classes": classes.append(GraphClassRecord(record.value, at: location))
        case "members": members.append(GraphMemberRecord(record.value, at: location))
        case "assignments": assignments.append(GraphAssignmentRecord(record.value, at: location))
        default:
            var submission = GraphSubmissionRecord(record.value, at: location)
            if submission.assignmentID == nil {
                submission.assignmentHints = AssignmentHint.hints(for: record, folder: folderAssignment)
            }
            submissions.append(submission)
        }
    }
}
