import Foundation
import GradePortCore
import JSONStream

/// Reads a Classroom REST API dump (one JSON file or a folder of pages) into a gradebook.
///
/// Two passes over the dump: the first takes the roster (courses, teachers, students, courseWork),
/// which is small; the second streams `studentSubmissions`, which is large, so that no more than
/// one submission is in memory at a time and a folder's file order does not matter.
struct APIDumpImport {
    /// The input.
    let file: ExportFile

    /// The collections of the first pass.
    static let rosterCollections: [APIDumpCollection] = [
        "courses", "teachers", "students", "courseWork", APIDumpCollection("topics", aliases: ["topic"]),
    ]

    /// Reads the dump.
    ///
    /// - Throws: ``ExportReadError`` when the JSON is malformed or cut short (records before that are
    ///   kept), or when the dump holds no Classroom collection.
    func read(into book: inout GradebookBuilder) throws {
        let dump = try APIDump(path: file.path)
        var state = APIDumpState(isFolder: dump.isFolder)
        var ignored: [APIDumpSummary.IgnoredKey] = []
        var roster: [APIDumpRecord] = []
        // A damaged dump (cut short, trailing garbage) keeps what precedes the damage: the roster read
        // before it, and then the submissions before it, which the second pass meets first.
        var damage: (any Error)?
        do {
            let summary = try dump.records(in: Self.rosterCollections) { record in roster.append(record) }
            ignored += summary.ignoredKeys
            for missing in summary.missingCollections where ["courses", "students", "courseWork"].contains(missing) {
                book.diagnose(.warning, .incompleteRecord, "the dump has no '\(missing)' collection")
            }
        } catch let error as JSONReadError where error.code == .notADump {
            take(roster, into: &state, book: &book)
            throw error
        } catch {
            damage = error
        }
        take(roster, into: &state, book: &book)
        do {
            let summary = try dump.records(in: ["studentSubmissions"]) { record in
                state.takeSubmission(record, into: &book)
            }
            ignored += summary.ignoredKeys
        } catch let error as JSONReadError where error.code == .notADump {
            if damage == nil {
                book.diagnose(
                    .warning, .incompleteRecord, "the dump has no 'studentSubmissions' collection: no results are read")
            }
        } catch {
            // The same damage met again (single file), or damage in a submissions page (folder).
            damage = damage ?? error
        }
        state.finish(into: &book)
        if let damage { throw damage }
        report(ignored, of: dump, into: &book)
    }

    /// Reads the buffered roster records, courses first, members before coursework, whatever the dump's
    /// order.
    private func take(_ roster: [APIDumpRecord], into state: inout APIDumpState, book: inout GradebookBuilder) {
        state.takeCourses(roster.filter { $0.collection == "courses" }, into: &book)
        for collection in ["teachers", "students", "courseWork", "topics"] {
            for record in roster where record.collection == collection { state.take(record, into: &book) }
        }
    }

    /// Says which parts of the dump were not read, and warns when pages are missing.
    private func report(_ ignored: [APIDumpSummary.IgnoredKey], of dump: APIDump, into book: inout GradebookBuilder) {
        let read = Set(Self.rosterCollections.flatMap { [$0.name] + $0.aliases } + ["studentSubmissions"])
        var seen: Set<APIDumpSummary.IgnoredKey> = []
        for key in ignored where seen.insert(key).inserted {
            let name = key.line == 0 ? ExportSniffer.collectionName(key.key) : key.key
            if read.contains(name) { continue }
            let place = dump.isFolder ? " in \((key.file as NSString).lastPathComponent)" : ""
            let line = key.line > 0 ? key.line : nil
            if key.key.hasSuffix("nextPageToken") || key.key.hasSuffix("@odata.nextLink") {
                let collection = key.key.split(separator: ".").first.map(String.init) ?? key.key
                let pages = dump.files.filter { ($0 as NSString).lastPathComponent.hasPrefix(collection) }.count
                if dump.isFolder && pages > 1 {
                    book.diagnose(
                        .info, .ignoredContent, "\(key.key)\(place): later pages are in the folder (\(pages) files)",
                        line: line)
                } else {
                    book.diagnose(
                        .warning, .incompleteRecord,
                        "\(key.key)\(place) is set: the API had more pages, which this dump does not hold", line: line)
                }
            } else {
                book.diagnose(.info, .ignoredContent, "'\(key.key)'\(place) is not read by this adapter", line: line)
            }
        }
    }
}
